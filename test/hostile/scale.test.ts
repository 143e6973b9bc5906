/**
 * No stack overflow at scale (issue 12), through the real command line: 130 000 unreadable
 * amounts, 130 000 ceiling lines (human output: its table's widths were a Math.max spread),
 * 200 000 duplicate rows, and a Chorus CSV of 1 000 000 rows beside a workbook within 1.5 GB
 * (the harness's peak-memory hook, not the clock).
 */
import * as fs from "fs";
import * as path from "path";
import { tmpDir } from "../helpers/cli";
import { baseSheets, ceilingRow, CF_A, CF_B, ej, ENG_ROWS } from "./base";
import { AS_OF, runCli } from "./harness";
import { buildXlsx, type Cell } from "./xlsx-builder";

const letters = (i: number) =>
  Array.from({ length: 4 }, (_, k) =>
    String.fromCharCode(65 + (Math.floor(i / 26 ** k) % 26))
  ).join("");

function run(
  dir: string,
  sheets: Parameters<typeof buildXlsx>[0],
  extra: string[] = [],
  json = true
) {
  const file = path.join(dir, "classeur.xlsx");
  fs.writeFileSync(file, buildXlsx(sheets));
  const r = runCli([
    "report",
    file,
    ...(json ? ["--json"] : []),
    "--as-of",
    AS_OF,
    "--out",
    path.join(dir, "copie.xlsx"),
    ...extra,
  ]);
  expect({ status: r.status, stderr: r.stderr.slice(0, 500) }).toEqual({ status: 0, stderr: "" });
  return r;
}

describe("at scale, through the command line", () => {
  test("130 000 unreadable amounts: each reported", () => {
    const rows: Cell[][] = [...ENG_ROWS];
    for (let i = 0; i < 130_000; i++)
      rows.push(ej(String(2200000000 + i), { date: "2020-06-01" }, "illisible"));
    const r = run(tmpDir(), baseSheets({ engagements: rows }));
    expect(
      JSON.parse(r.stdout).issues.filter((i: { code: string }) => i.code === "AMOUNT_INVALID")
    ).toHaveLength(130_000);
  }, 300_000);

  test("130 000 ceiling lines on as many UOs, printed as a table", () => {
    const plafonds: Cell[][] = [ceilingRow(CF_A, 100000, 100000), ceilingRow(CF_B, 50000, 50000)];
    for (let i = 0; i < 130_000; i++)
      plafonds.push(ceilingRow(`0113-${letters(i)}-ELAB`, 1000, 1000));
    const r = run(tmpDir(), baseSheets({ plafonds }), [], false);
    expect(r.stdout.split("\n").length).toBeGreaterThan(130_000);
  }, 300_000);

  test("200 000 duplicate engagement rows: each reported as DUPLICATE_ROW", () => {
    const rows: Cell[][] = [...ENG_ROWS];
    for (let i = 0; i < 200_000; i++) rows.push(ENG_ROWS[1]);
    const r = run(tmpDir(), baseSheets({ engagements: rows }));
    expect(
      JSON.parse(r.stdout).issues.filter((i: { code: string }) => i.code === "DUPLICATE_ROW").length
    ).toBeGreaterThanOrEqual(200_000);
  }, 300_000);

  test("a Chorus CSV of 1 000 000 rows beside a workbook (the extract gives the execution): read, within 800 MiB", () => {
    const dir = tmpDir();
    const csv = path.join(dir, "extrait.csv");
    const fd = fs.openSync(csv, "w");
    fs.writeSync(
      fd,
      "N° EJ;Date;Centre financier;Domaine fonctionnel;Activité;Centre de coûts;Montant engagé\r\n"
    );
    let chunk = "";
    for (let i = 0; i < 1_000_000; i++) {
      chunk += `${2300000000 + i};15/06/2020;${CF_A};0113-07-16;011301MB0601;DININCUB75;1,00\r\n`;
      if (chunk.length > 1 << 20) {
        fs.writeSync(fd, chunk);
        chunk = "";
      }
    }
    fs.writeSync(fd, chunk);
    fs.closeSync(fd);
    const file = path.join(dir, "classeur.xlsx");
    fs.writeFileSync(
      file,
      buildXlsx(baseSheets().filter((s) => s.name !== "Engagements" && s.name !== "Paiements"))
    );
    const r = runCli([
      "report",
      file,
      "--json",
      "--as-of",
      AS_OF,
      "--out",
      path.join(dir, "copie.xlsx"),
      "--chorus",
      csv,
    ]);
    expect({ status: r.status, stderr: r.stderr.slice(0, 500) }).toEqual({ status: 0, stderr: "" });
    const summary = JSON.parse(r.stdout);
    expect(summary.chorus[0].rows).toBe(1_000_000);
    expect(summary.total.engagedAE).toBe("1000000.00");
    // Issue 12 asks 1.5 GB. The records read on access (LazyCsv) instead of 7 000 000 field
    // strings held, a collection once the extract is turned into ledgers (916 MiB, 1 495 before),
    // then one copy of each repeated code and no slice keeping the file's text alive (issue 14):
    // about 680 MiB, with the collection after reconciling that its 1 000 000 open EJs need
    // (843 MiB without it, a review of issue 14). The bound keeps that with room for variance.
    expect(r.peakMB ?? Infinity).toBeLessThan(800);
  }, 600_000);
});
