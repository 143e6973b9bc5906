/**
 * The user's archive of a Rapport stays the user's (issue 12). LibreOffice (and Excel) copy a
 * sheet with its sheet-scoped names: a copy of Plafond's Rapport carries PLAFOND_RAPPORT too.
 * Plafond must replace only its own sheet, never the copy, "Archive juin", with the user's notes.
 *
 * LibreOffice cannot copy a sheet headlessly without a macro (and this machine has no UNO
 * bridge), so the copy is built by hand as LibreOffice's "Copy sheet" makes it — the sheet's part
 * duplicated, inserted before its source, its sheet-scoped names duplicated as they are — and,
 * when soffice is installed, the package goes through LibreOffice (load, save as .xlsx) before
 * and after the copy, so that Plafond reads exactly what LibreOffice writes.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { SummarySchema } from "../../src/domain/summary-schema";
import { openXlsx } from "../../src/workbook/xlsx";
import { tmpDir } from "../helpers/cli";
import { baseSheets } from "./base";
import { AS_OF, runCli } from "./harness";
import { expectReportMatchesSummary } from "./report-check";
import { buildXlsx } from "./xlsx-builder";

const SOFFICE =
  ["/usr/bin/soffice", "/usr/local/bin/soffice"].find((p) => fs.existsSync(p)) ?? null;
const NOTE = "Mes notes de juin : à relancer la DINUM";

/** The package as LibreOffice saves it (unchanged when soffice is absent). */
function throughLibreOffice(file: string, dir: string): string {
  if (!SOFFICE) return file;
  const outDir = fs.mkdtempSync(path.join(dir, "lo-"));
  const r = spawnSync(
    SOFFICE,
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${dir}/lo-profile`,
      "--convert-to",
      "xlsx",
      "--outdir",
      outDir,
      file,
    ],
    { encoding: "utf8", timeout: 120_000 }
  );
  const out = path.join(outDir, path.basename(file).replace(/\.\w+$/, ".xlsx"));
  if (r.status !== 0 || !fs.existsSync(out)) throw new Error(`soffice failed: ${r.stderr}`);
  return out;
}

/** `archive` inserted before the sheet `source`, as LibreOffice's copy makes it, a note added. */
function copySheet(bytes: Uint8Array, source: string, archive: string): Uint8Array {
  const parts = unzipSync(bytes);
  let wb = strFromU8(parts["xl/workbook.xml"]);
  const sheets = [...wb.matchAll(/<sheet\b[^>]*\/>/g)].map((m) => m[0]);
  const index = sheets.findIndex((s) => s.includes(`name="${source}"`));
  const relId = /r:id="([^"]+)"/.exec(sheets[index])![1];
  let rels = strFromU8(parts["xl/_rels/workbook.xml.rels"]);
  const target = new RegExp(
    `Id="${relId}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${relId}"`
  ).exec(rels)!;
  const sourcePart = `xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, "")}`;
  const copyPart = "xl/worksheets/sheetArchive.xml";
  parts[copyPart] = strToU8(
    strFromU8(parts[sourcePart]).replace(
      "</sheetData>",
      `<row r="300"><c r="A300" t="inlineStr"><is><t>${NOTE}</t></is></c></row></sheetData>`
    )
  );
  rels = rels.replace(
    "</Relationships>",
    `<Relationship Id="rIdArchive" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheetArchive.xml"/></Relationships>`
  );
  parts["xl/_rels/workbook.xml.rels"] = strToU8(rels);
  const maxId = Math.max(...sheets.map((s) => Number(/sheetId="(\d+)"/.exec(s)![1])));
  wb = wb.replace(
    sheets[index],
    `<sheet name="${archive}" sheetId="${maxId + 1}" r:id="rIdArchive"/>${sheets[index]}`
  );
  // Sheet-scoped names after the insertion move by one; the source's names are duplicated onto the copy.
  const local = /<definedName\b([^>]*)localSheetId="(\d+)"([^>]*)>([^<]*)<\/definedName>/g;
  wb = wb.replace(local, (m, a, id, b, value) => {
    const n = Number(id);
    if (n < index) return m;
    const moved = `<definedName${a}localSheetId="${n + 1}"${b}>${value}</definedName>`;
    return n === index
      ? `<definedName${a}localSheetId="${n}"${b}>${value}</definedName>${moved}`
      : moved;
  });
  parts["xl/workbook.xml"] = strToU8(wb);
  const types = strFromU8(parts["[Content_Types].xml"]);
  parts["[Content_Types].xml"] = strToU8(
    types.replace(
      "</Types>",
      `<Override PartName="/${copyPart}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`
    )
  );
  return zipSync(parts);
}

const cells = (bytes: Uint8Array, sheet: string) =>
  openXlsx(bytes)
    .readSheet(sheet)
    .values.map((r) => [...r].map((v) => v ?? null));

describe("a copy of the Rapport kept by the user", () => {
  test(`copied ${SOFFICE ? "and saved by LibreOffice" : "as LibreOffice copies it (soffice absent)"}: the next report replaces Plafond's sheet, never the archive`, () => {
    const dir = tmpDir();
    const input = path.join(dir, "classeur.xlsx");
    fs.writeFileSync(input, buildXlsx(baseSheets()));
    const first = path.join(dir, "mai.xlsx");
    expect(
      runCli(["report", input, "--json", "--as-of", "2020-05-31", "--out", first]).status
    ).toBe(0);
    const saved = throughLibreOffice(first, dir);
    const copied = path.join(dir, "avec-archive.xlsx");
    fs.writeFileSync(
      copied,
      copySheet(new Uint8Array(fs.readFileSync(saved)), "Rapport", "Archive juin")
    );
    const archived = throughLibreOffice(copied, dir);
    const archivedBytes = new Uint8Array(fs.readFileSync(archived));
    const before = openXlsx(archivedBytes);
    const marks = before.definedNames().filter((n) => n.name === "PLAFOND_RAPPORT");
    expect(marks).toHaveLength(2); // the copy does carry the mark
    const archiveBefore = cells(archivedBytes, "Archive juin");
    expect(JSON.stringify(archiveBefore)).toContain(NOTE);

    const next = path.join(dir, "decembre.xlsx");
    const run = runCli(["report", archived, "--json", "--as-of", AS_OF, "--out", next]);
    expect(run.status).toBe(0);
    const nextBytes = new Uint8Array(fs.readFileSync(next));
    expect(openXlsx(nextBytes).sheetNames()).toEqual(before.sheetNames()); // replaced in place, no Rapport (2)
    expect(cells(nextBytes, "Archive juin")).toEqual(archiveBefore);
    expectReportMatchesSummary(nextBytes, SummarySchema.parse(JSON.parse(run.stdout)), "Rapport");
    expect(JSON.stringify(cells(nextBytes, "Rapport"))).toContain("31/12/2020");
  }, 120_000);

  test("marks of the earlier form (a reference to the sheet's A1) on two sheets: neither is taken, the report goes to a new sheet", () => {
    const dir = tmpDir();
    const input = path.join(dir, "classeur.xlsx");
    fs.writeFileSync(input, buildXlsx(baseSheets()));
    const first = path.join(dir, "mai.xlsx");
    expect(
      runCli(["report", input, "--json", "--as-of", "2020-05-31", "--out", first]).status
    ).toBe(0);
    const copied = copySheet(new Uint8Array(fs.readFileSync(first)), "Rapport", "Archive juin");
    // The earlier mark, each sheet's pointing at itself (what a copy whose reference moved gives).
    const parts = unzipSync(copied);
    const names = ["Archive juin", "Rapport"];
    let k = 0;
    parts["xl/workbook.xml"] = strToU8(
      strFromU8(parts["xl/workbook.xml"]).replace(
        /(name="PLAFOND_RAPPORT"[^>]*>)[^<]*(<)/g,
        (_m, a, b) => `${a}'${names[k++]}'!$A$1${b}`
      )
    );
    const legacy = path.join(dir, "ancien.xlsx");
    fs.writeFileSync(legacy, zipSync(parts));
    const next = path.join(dir, "decembre.xlsx");
    const run = runCli(["report", legacy, "--json", "--as-of", AS_OF, "--out", next]);
    expect(run.status).toBe(0);
    const nextBytes = new Uint8Array(fs.readFileSync(next));
    expect(openXlsx(nextBytes).sheetNames()).toEqual([
      ...openXlsx(zipSync(parts)).sheetNames(),
      "Rapport (2)",
    ]);
    expect(cells(nextBytes, "Archive juin")).toEqual(cells(zipSync(parts), "Archive juin"));
  }, 60_000);
});
