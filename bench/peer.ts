/**
 * `npm run bench -- --peer`: what controllers use today. The benchmark convention is written once
 * more as a workbook whose `Synthese` sheet computes every indicator with SUMIFS; LibreOffice Calc
 * (headless) recalculates it and exports the sheet; the figures are compared with
 * `plafond report`'s and the times put side by side. Two forms, as controllers build them:
 * payments carrying their UO (pure SUMIFS), and payments finding their UO from their EJ through a
 * VLOOKUP column.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type { CellValue } from "../src/grid";
import type { BenchData } from "./generate";
import { uoCode } from "./generate";
import { BenchSheet, FormulaCell, writeXlsx } from "./write-xlsx";

type Row = (CellValue | FormulaCell)[];

function peerWorkbook(data: BenchData, uos: number, withVlookup: boolean): BenchSheet[] {
  const byName = new Map(data.sheets.map((s) => [s.name, s.values]));
  const plafonds = byName.get("Plafonds")!;
  const engagements = byName.get("Engagements")!;
  const paiements = byName.get("Paiements")!;
  const cfOfEj = new Map<CellValue, CellValue>(engagements.slice(1).map((r) => [r[0], r[2]]));
  const n = paiements.length;
  // Payments: N° DP, Date, N° EJ, Montant CP, Centre financier (carried, or looked up from the EJ).
  const pay: Row[] = [["N° DP", "Date", "N° EJ", "Montant CP", "Centre financier"]];
  for (let i = 1; i < n; i++) {
    const r = paiements[i];
    pay.push([
      r[0],
      r[1],
      r[2],
      r[3],
      withVlookup
        ? { f: `VLOOKUP(C${i + 1},Engagements!$A$2:$C$${engagements.length},3,0)` }
        : (cfOfEj.get(r[2]) ?? null),
    ]);
  }
  const synth: Row[] = [
    [
      "Centre financier",
      "Plafond AE",
      "Plafond CP",
      "AE engagées",
      "CP payés",
      "AE disponibles",
      "CP disponibles",
      "Restes à payer",
    ],
  ];
  const P = plafonds.length;
  const E = engagements.length;
  for (let u = 0; u < uos; u++) {
    const r = u + 2;
    synth.push([
      uoCode(u),
      { f: `SUMIFS(Plafonds!$D$2:$D$${P},Plafonds!$A$2:$A$${P},A${r})` },
      { f: `SUMIFS(Plafonds!$E$2:$E$${P},Plafonds!$A$2:$A$${P},A${r})` },
      { f: `SUMIFS(Engagements!$I$2:$I$${E},Engagements!$C$2:$C$${E},A${r})` },
      { f: `SUMIFS(Paiements!$D$2:$D$${n},Paiements!$E$2:$E$${n},A${r})` },
      { f: `B${r}-D${r}` },
      { f: `C${r}-E${r}` },
      { f: `D${r}-E${r}` },
    ]);
  }
  return [
    { name: "Synthese", values: synth },
    { name: "Plafonds", values: plafonds },
    { name: "Engagements", values: engagements },
    { name: "Paiements", values: pay },
  ];
}

/** Recalculates with LibreOffice and returns the exported first sheet (CSV) and the time taken. */
function libreOffice(file: string, outDir: string): { seconds: number; csv: string } {
  const profile = path.join(outDir, "lo-profile");
  const t = process.hrtime.bigint();
  const r = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1",
      "--outdir",
      outDir,
      file,
    ],
    { encoding: "utf8", timeout: 1_800_000 }
  );
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  const csvPath = path.join(outDir, path.basename(file, ".xlsx") + ".csv");
  if (r.status !== 0 || !fs.existsSync(csvPath))
    throw new Error(`LibreOffice failed: ${r.stderr || r.stdout}`);
  return { seconds, csv: fs.readFileSync(csvPath, "utf8") };
}

export function ensureLibreOffice(): boolean {
  if (spawnSync("soffice", ["--version"]).status === 0) return true;
  console.log("peer: LibreOffice is absent; installing Debian's libreoffice-calc-nogui…");
  const apt = (args: string[]) =>
    spawnSync("apt-get", args, {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    }).status === 0;
  return (
    apt(["update"]) && apt(["install", "-y", "--no-install-recommends", "libreoffice-calc-nogui"])
  );
}

/** Compares LibreOffice's SUMIFS figures with Plafond's summary lines, to the cent. */
function sameFigures(
  csv: string,
  summary: {
    lines: {
      centreFinancier: string;
      engagedAE: string;
      paidCP: string;
      ceilingAE: string;
      availableCP: string;
    }[];
  }
): string | null {
  const rows = csv
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split(",").map((c) => c.replace(/^"|"$/g, "")));
  for (const line of summary.lines) {
    const row = rows.find((r) => r[0] === line.centreFinancier);
    if (!row) return `${line.centreFinancier} missing from LibreOffice's export`;
    const cents = (s: string) => Math.round(Number(s) * 100);
    const pairs: [string, string, string][] = [
      ["ceilingAE", row[1], line.ceilingAE],
      ["engagedAE", row[3], line.engagedAE],
      ["paidCP", row[4], line.paidCP],
      ["availableCP", row[6], line.availableCP],
    ];
    for (const [name, lo, ours] of pairs)
      if (cents(lo) !== cents(ours))
        return `${line.centreFinancier} ${name}: LibreOffice ${lo}, Plafond ${ours}`;
  }
  return null;
}

export function peer(
  data: BenchData,
  uos: number,
  outDir: string,
  plafondSeconds: number,
  summary: Parameters<typeof sameFigures>[1],
  /** The same lines with EJ and DP numbers as text (issue 14, item 2: ≥ 5× the pure SUMIFS). */
  textKeysSeconds?: number
): void {
  if (!ensureLibreOffice()) {
    console.log("peer: LibreOffice could not be installed; skipped");
    return;
  }
  for (const [label, withVlookup] of [
    ["payments carry their UO (SUMIFS only)", false],
    ["payments find their UO through VLOOKUP", true],
  ] as const) {
    const file = path.join(outDir, withVlookup ? "peer-vlookup.xlsx" : "peer-sumifs.xlsx");
    fs.writeFileSync(file, writeXlsx(peerWorkbook(data, uos, withVlookup)));
    const lo = libreOffice(file, outDir);
    const diff = sameFigures(lo.csv, summary);
    const textKeys =
      textKeysSeconds === undefined
        ? ""
        : `; with text keys ${textKeysSeconds.toFixed(2)} s → ${(lo.seconds / textKeysSeconds).toFixed(1)}×${withVlookup ? "" : " (target ≥ 5)"}`;
    console.log(
      `peer (${label}): LibreOffice ${lo.seconds.toFixed(1)} s, plafond report ${plafondSeconds.toFixed(2)} s → Plafond ${(lo.seconds / plafondSeconds).toFixed(1)}× faster${textKeys}; figures ${diff ? `DIFFER: ${diff}` : "identical to the cent"}`
    );
  }
}
