/**
 * `plafond import` end to end, through bin/plafond.js (rebuild dist/cli.js first:
 * `node scripts/build-cli.js`, as `npm test` does): the workbook written from the real
 * conventions and from variants is then accepted by `plafond report` without error.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import { plafond, tmpDir } from "../helpers/cli";
import { errorsOf, importJson } from "./cli-helpers";
import { CAMINO_TXT, FIXTURES, MEAE_TXT } from "./helpers";

describe("plafond import, then plafond report", () => {
  const dir = tmpDir();

  test.each([
    ["Camino", CAMINO_TXT, 3, "220000.00"],
    ["MEAE", MEAE_TXT, 1, "160000.00"],
    ["prose variant", path.join(FIXTURES, "variant-prose-kilo.txt"), 3, "250000.00"],
    ["three-year variant", path.join(FIXTURES, "variant-table-years.txt"), 5, "300000.00"],
  ])(
    "%s: the imported workbook passes the report with no error",
    (name, input, ceilings, firstCeilingAE) => {
      const out = path.join(dir, `${name}.xlsx`);
      const r = plafond(["import", input, "--out", out]);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(`Classeur écrit dans ${out}`);
      expect(r.stdout).toContain(`Plafonds (${ceilings})`);
      const { summary, errors } = errorsOf(out);
      expect(errors).toEqual([]);
      expect(summary.lines[0].ceilingAE).toBe(firstCeilingAE);
    }
  );

  test("the report reads the Camino ceilings the import found, rétablissement apart", () => {
    const out = path.join(dir, "camino-again.xlsx");
    importJson(CAMINO_TXT, out);
    const { summary } = errorsOf(out);
    expect(summary.convention).toMatchObject({
      reference: "MTES-DINUM-2020",
      start: null,
      end: "2020-12-31",
    });
    expect(
      summary.lines.map((l: Record<string, string>) => [
        l.centreFinancier,
        l.ceilingAE,
        l.ceilingCP,
        l.pendingReestablishment,
      ])
    ).toEqual([
      ["0113-PEBC-ELAB", "220000.00", "220000.00", "80000.00"],
      ["0181-CPRI-ELAB", "100000.00", "100000.00", "0.00"],
    ]);
  });

  test("--json prints the contract's shape and nothing on standard error", () => {
    const out = path.join(dir, "meae-json.xlsx");
    const r = plafond(["import", MEAE_TXT, "--out", out, "--json"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual([
      "reference",
      "delegant",
      "delegataire",
      "signature",
      "start",
      "end",
      "noticeMonths",
      "ceilings",
      "imputations",
      "evidence",
      "unresolved",
      "warnings",
    ]);
    expect(j.ceilings[0]).toEqual({
      centreFinancier: "0105-CRES-CDSI",
      year: 2020,
      financeur: "MAE",
      nature: "Mise à disposition",
      ae: "160000.00",
      cp: "160000.00",
    });
    expect(
      j.evidence.every((e: { field: string; text: string }) => e.field !== "" && e.text !== "")
    ).toBe(true);
    expect(j.unresolved).toEqual(["signature", "start"]);
  });

  test("without --json, what is left to fill is listed on standard error, in French", () => {
    const r = plafond(["import", CAMINO_TXT, "--out", path.join(dir, "camino-human.xlsx")]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(
      "plafond: à compléter dans le classeur (voir la feuille « Sources ») : Date de signature, Date de début\n"
    );
    expect(r.stdout).toMatch(/0113-PEBC-ELAB 2020 ONF À rétablir : AE 80 000,00 €, CP 80 000,00 €/);
  });
});

describe("the workbook written", () => {
  test("sheets, headers, real dates, euro amounts, Sources", async () => {
    const dir = tmpDir();
    const out = path.join(dir, "meae.xlsx");
    importJson(MEAE_TXT, out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Convention",
      "Plafonds",
      "Imputations",
      "Engagements",
      "Paiements",
      "Prévisions",
      "Sources",
    ]);
    const conv = wb.getWorksheet("Convention")!;
    expect(conv.getCell("A7").value).toBe("Date de fin");
    expect(conv.getCell("B7").value).toEqual(new Date(Date.UTC(2020, 11, 31)));
    expect(conv.getCell("B7").numFmt).toBe("dd/mm/yyyy");
    const plafonds = wb.getWorksheet("Plafonds")!;
    expect(plafonds.getCell("A1").font?.bold).toBe(true);
    expect(plafonds.getCell("F2").value).toBe(160000);
    expect(plafonds.getCell("F2").numFmt).toMatch(/€/);
    expect(wb.getWorksheet("Engagements")!.getColumn(9).numFmt).toMatch(/€/);
    const sources = wb.getWorksheet("Sources")!;
    const texts: string[] = [];
    sources.eachRow((row) => texts.push(String(row.getCell(3).value ?? "")));
    expect(texts).toContain(
      "Pour le MAE : 160 000 € à la signature de la convention de délégation de gestion"
    );
  });
});
