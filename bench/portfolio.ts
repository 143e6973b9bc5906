/**
 * The portfolio at scale (issue 15: ≤ 10 s and ≤ 600 Mo): 200 convention workbooks of about
 * 2 000 lines each (1 000 EJ lines, 1 000 payments) and one 300 000-line INFBUD53 extract for all
 * of them plus 2 000 lines on a UO of no convention, through the real command line. Every total is
 * checked exactly against the generator's integer cents. Data under the git-ignored bench/out/.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type { CellValue } from "../src/grid";
import { quotedEuros, rng } from "./generate";
import { writeXlsx } from "./write-xlsx";
import { centsOf } from "./report-runs";

const CONVENTIONS = 200;
const EJS = 1000;
const OUTSIDE = 2000;
const EXTRACT_LINES = 300_000;
const TARGET_S = 10;
const TARGET_MB = 600;
const SERIAL_2020 = 43831;
const HEADER =
  "Centre financier,Centre financier,Domaine fonctionnel,Centre de coûts,Référentiel de programmation,N° EJ,N° poste EJ,Date de réplication,Fournisseur titulaire principal (EJ),Fournisseur titulaire principal (EJ),Groupe de marchandises,Date comptable du SF,Bascule des EJ non soldés,Montant engagé,Montant certifié non soldé,Montant payé";

const cf = (n: number) => `0113-P${String(n).padStart(3, "0")}-ELAB`;
const euros = quotedEuros;
const dotted = (serial: number) => {
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return `${String(d.getUTCDate()).padStart(2, "0")}.${String(d.getUTCMonth() + 1).padStart(2, "0")}.${d.getUTCFullYear()}`;
};

interface Expected {
  engaged: bigint;
  paid: bigint;
  outsideAE: bigint;
}

/** One convention's workbook and its lines of the extract (its EJs in one or two postes). */
function convention(
  n: number,
  random: () => number,
  extract: string[],
  perConvention: number
): { bytes: Uint8Array; engaged: number; paid: number } {
  const engagements: CellValue[][] = [
    [
      "N° EJ",
      "Date",
      "Centre financier",
      "Domaine fonctionnel",
      "Activité",
      "Centre de coûts",
      "Fournisseur",
      "Prestation",
      "Montant AE",
    ],
  ];
  const payments: CellValue[][] = [["N° DP", "Date", "N° EJ", "Montant CP"]];
  let engaged = 0;
  let paid = 0;
  for (let i = 0; i < EJS; i++) {
    const ej = 2100000000 + n * EJS + i;
    const cents = 100_000 + Math.floor(random() * 500_000);
    const date = SERIAL_2020 + 30 + Math.floor(random() * 200);
    const cp = Math.floor(cents / 5);
    engaged += cents;
    paid += cp;
    engagements.push([
      ej,
      date,
      cf(n),
      "0113-07-16",
      "011301MB0601",
      "DININCUB75",
      `Fournisseur ${i % 37}`,
      "Devops",
      cents / 100,
    ]);
    payments.push([100000000 + n * EJS + i, date + 20, ej, cp / 100]);
    // The EJ in Chorus: one poste, or two for the first EJs, so that the extract has its size.
    const postes =
      i < perConvention - EJS ? [Math.floor(cents / 2), cents - Math.floor(cents / 2)] : [cents];
    postes.forEach((ae, p) => {
      const paidHere = p === 0 ? euros(cp) : "#";
      extract.push(
        `BG00/${cf(n)},UO ${n},0113-07-16,BG00/DININCUB75,BG00/011301MB0601,${ej},${p + 1},${dotted(date)},1000100001,FOURNISSEUR,30.01.02,${dotted(date + 20)},#,${euros(ae)},#,${paidHere}`
      );
    });
  }
  const sheets = [
    {
      name: "Convention",
      values: [
        ["Référence", `BENCH-${n}`],
        ["Délégant", `Délégant ${n % 7}`],
        ["Délégataire", "DINUM"],
        ["Date de début", SERIAL_2020],
        ["Date de fin", SERIAL_2020 + 365],
      ],
    },
    {
      name: "Plafonds",
      values: [
        ["Centre financier", "Exercice", "AE", "CP"],
        [cf(n), 2020, 10_000_000, 10_000_000],
      ],
    },
    {
      name: "Imputations",
      values: [
        ["Centre financier", "Domaine fonctionnel", "Activité", "Centre de coûts"],
        [cf(n), "0113-07-16", "011301MB0601", "DININCUB75"],
      ],
    },
    { name: "Engagements", values: engagements },
    { name: "Paiements", values: payments },
  ];
  return { bytes: writeXlsx(sheets), engaged, paid };
}

function generate(dir: string, extractFile: string): Expected {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const random = rng(15);
  const extract = [
    "INF-BUD-53 : Pilotage de la gestion - Vue détaillée",
    ",,,,,,,,,,,,,,Exercice comptable,2020",
    HEADER,
  ];
  const perConvention = (EXTRACT_LINES - OUTSIDE) / CONVENTIONS;
  const expected: Expected = { engaged: 0n, paid: 0n, outsideAE: 0n };
  for (let n = 0; n < CONVENTIONS; n++) {
    const c = convention(n, random, extract, perConvention);
    fs.writeFileSync(path.join(dir, `convention-${String(n).padStart(3, "0")}.xlsx`), c.bytes);
    expected.engaged += BigInt(c.engaged);
    expected.paid += BigInt(c.paid);
  }
  for (let i = 0; i < OUTSIDE; i++) {
    const cents = 10_000 + i;
    expected.outsideAE += BigInt(cents);
    extract.push(
      `BG00/0113-PILO-ELAB,PILOTAGE,0113-07-03,BG00/DGALNPI075,BG00/011307PI0101,${2190000000 + i},1,01.06.2020,1000100002,AUTRE,30.01.02,#,#,${euros(cents)},#,#`
    );
  }
  fs.writeFileSync(extractFile, `${extract.join("\r\n")}\r\n`);
  return expected;
}

export function portfolioBench(out: string, bin: string, hook: string): void {
  const dir = path.join(out, "portfolio");
  const books = path.join(dir, "conventions");
  const extractFile = path.join(dir, "infbud53-programme.csv");
  const expected = generate(books, extractFile);
  console.log(
    `portfolio: ${CONVENTIONS} conventions of ${2 * EJS} lines + an extract of ${fs.readFileSync(extractFile, "utf8").split("\r\n").length - 1} lines (${(fs.statSync(extractFile).size / 1024 / 1024).toFixed(0)} Mo)`
  );
  const runs: number[] = [];
  let rss = 0;
  let cpu = Infinity;
  for (let i = 0; i < 2; i++) {
    const book = path.join(dir, `portefeuille-${i}.xlsx`);
    fs.rmSync(book, { force: true });
    const t = process.hrtime.bigint();
    const r = spawnSync(
      process.execPath,
      [
        "--require",
        hook,
        bin,
        "portfolio",
        books,
        "--chorus",
        extractFile,
        "--as-of",
        "2020-12-31",
        "--out",
        book,
        "--json",
      ],
      { encoding: "utf8", maxBuffer: 1 << 30 }
    );
    runs.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (r.status !== 0)
      throw new Error(`portfolio failed (${r.status}): ${r.stderr.slice(0, 500)}`);
    rss = Math.max(rss, Number(/maxRSS=(\d+)/.exec(r.stderr)?.[1] ?? 0));
    cpu = Math.min(cpu, Number(/cpuMs=(\d+)/.exec(r.stderr)?.[1] ?? Infinity));
    const json = JSON.parse(r.stdout);
    if (json.conventions.length !== CONVENTIONS)
      throw new Error(`portfolio read ${json.conventions.length} conventions`);
    if (
      centsOf(json.totals.total.engagedAE) !== expected.engaged ||
      centsOf(json.totals.total.paidCP) !== expected.paid
    )
      throw new Error("portfolio totals differ from the generator's");
    if (
      centsOf(json.horsConvention.total.ae) !== expected.outsideAE ||
      json.horsConvention.total.lines !== OUTSIDE
    )
      throw new Error("hors convention differs from the generator's");
    const mismatches = json.conventions.reduce(
      (n: number, c: { summary: { reconciliation: { mismatches: unknown[] } } }) =>
        n + c.summary.reconciliation.mismatches.length,
      0
    );
    if (mismatches !== 0) throw new Error(`${mismatches} mismatches in the rapprochement`);
  }
  const best = Math.min(...runs) / 1000;
  const mb = (rss * 1024) / 1024 / 1024;
  console.log(
    `  best of 2 ${best.toFixed(2)} s (CPU ${(cpu / 1000).toFixed(2)} s), peak RSS ${mb.toFixed(0)} Mo; totals and hors convention checked exactly`
  );
  console.log(
    `  target ≤ ${TARGET_S} s: ratio ${(best / TARGET_S).toFixed(2)}; ≤ ${TARGET_MB} Mo: ratio ${(mb / TARGET_MB).toFixed(2)}`
  );
}
