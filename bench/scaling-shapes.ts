/**
 * The inputs of `npm run bench:scaling`: each shape makes, for a size n, the files of one run of
 * the real command line and its arguments. Written under the git-ignored bench/out/scaling/.
 * Every extract and workbook is built on the Camino example, so the runs go through the whole
 * pipeline (extract read, rapprochement or execution from Chorus, report written).
 */
import { strToU8, unzipSync, zipSync } from "fflate";
import * as fs from "fs";
import * as path from "path";
import type { CellValue } from "../src/grid";
import { openXlsx } from "../src/workbook/xlsx";
import { textToPdf } from "../test/import/helpers";
import { writeXlsx, type BenchSheet } from "./write-xlsx";

const ROOT = path.join(__dirname, "..");
export const SCALING_OUT = path.join(ROOT, "bench", "out", "scaling");
const CAMINO = path.join(ROOT, "examples", "camino-2020.xlsx");
const CONVENTION_TXT = path.join(ROOT, "test", "e2e", "fixtures", "mtes-dinum-camino-2020.txt");

export interface Shape {
  readonly name: string;
  /** Base size: each run takes about 0.3–3 s at n, 2n and 4n on the project's machine. */
  readonly n: number;
  /** Exit status the command must end with (2: the input is refused). */
  readonly exit: 0 | 2;
  /** Before each run: removes what a run must not find (a command that never overwrites a file). */
  beforeRun?(dir: string): void;
  /** Writes the inputs of size n under `dir`; returns the CLI's arguments. */
  make(dir: string, n: number): string[] | Promise<string[]>;
}

const cliReport = (dir: string, workbook: string, extra: string[]) => [
  "report",
  workbook,
  "--json",
  "--as-of",
  "2020-12-31",
  "--out",
  path.join(dir, "copie.xlsx"),
  ...extra,
];

function caminoSheets(): BenchSheet[] {
  const wb = openXlsx(new Uint8Array(fs.readFileSync(CAMINO)));
  return wb.sheetNames().map((name) => ({ name, values: wb.readSheet(name).values }));
}

/** Camino without Engagements/Paiements: the extract then stands for the execution. */
function caminoWithoutExecution(dir: string): string {
  const file = path.join(dir, "camino-sans-execution.xlsx");
  const sheets = caminoSheets().filter((s) => s.name !== "Engagements" && s.name !== "Paiements");
  fs.writeFileSync(file, writeXlsx(sheets));
  return file;
}

// INFBUD53 as the Camino fixture has it: title rows, then the header.
const TITLES = [
  "INF-BUD-53 : Pilotage de la gestion - Vue détaillée,,,,,,,,,,",
  "Dernière MàJ des données :,,,,,,,,,,",
  ",,,,,,,,,Exercice comptable,2020",
];
const HEADER =
  "Centre financier,Domaine fonctionnel,Centre de coûts,Référentiel de programmation,N° EJ,N° poste EJ,Date de réplication,Fournisseur titulaire principal (EJ),N° DP,Montant engagé,Montant payé";
const line = (
  ej: string,
  poste: number,
  dp: string,
  engaged: string,
  paid: string,
  supplier = "ATELIER NUMERIQUE LIBRE SAS"
) =>
  `BG00/0113-PEBC-ELAB,0113-07-16,BG00/DININCUB75,BG00/011301MB0601,${ej},${poste},06.04.2020,${supplier},${dp},${engaged},${paid}`;

/** Writes an extract of n data lines; `row(i)` gives line i. */
function extract(file: string, n: number, row: (i: number) => string): string {
  const out = fs.openSync(file, "w");
  fs.writeSync(out, [...TITLES, HEADER, ""].join("\r\n"));
  const BATCH = 10_000;
  for (let i = 0; i < n; i += BATCH) {
    const lines: string[] = [];
    for (let k = i; k < Math.min(n, i + BATCH); k++) lines.push(row(k));
    fs.writeSync(out, lines.join("\r\n") + "\r\n");
  }
  fs.closeSync(out);
  return file;
}

/** Camino without its execution, and an extract of n payments (2 € engaged, 1 € paid each). */
const payments = (
  dir: string,
  file: string,
  n: number,
  ej: (i: number) => number,
  dp: (i: number) => number
) =>
  cliReport(dir, caminoWithoutExecution(dir), [
    "--chorus",
    extract(file, n, (i) => line(String(ej(i)), 1, String(dp(i)), '"2,00"', '"1,00"')),
  ]);

/** A workbook of Camino's sheets and `extra` ones, one of whose parts can be replaced raw. */
function workbookWith(
  file: string,
  sheets: BenchSheet[],
  rawSheet?: { index: number; xml: string }
): string {
  let bytes = writeXlsx(sheets);
  if (rawSheet) {
    const parts = unzipSync(bytes);
    parts[`xl/worksheets/sheet${rawSheet.index + 1}.xml`] = strToU8(rawSheet.xml);
    bytes = zipSync(parts, { level: 6 });
  }
  fs.writeFileSync(file, bytes);
  return file;
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

export const SHAPES: readonly Shape[] = [
  {
    name: "CSV without header (--chorus, refused)",
    n: 1_000_000,
    exit: 2,
    make: (dir, n) => {
      const file = path.join(dir, "sans-en-tete.csv");
      fs.writeFileSync(file, "Titre du fichier,,,\n" + "a,b,c,,,\n".repeat(n));
      return cliReport(dir, CAMINO, ["--chorus", file]);
    },
  },
  {
    name: "xlsx --chorus: a sheet of n rows that is no extract (refused)",
    n: 200_000,
    exit: 2,
    make: (dir, n) => {
      const rows: CellValue[][] = [["Grand livre", null, null]];
      for (let i = 0; i < n; i++) rows.push([`Ligne ${i}`, "Écriture", i]);
      return cliReport(dir, CAMINO, [
        "--chorus",
        workbookWith(path.join(dir, "grand-livre.xlsx"), [{ name: "Grand livre", values: rows }]),
      ]);
    },
  },
  {
    name: "extract: one EJ on n postes",
    n: 100_000,
    exit: 0,
    make: (dir, n) =>
      cliReport(dir, CAMINO, [
        "--chorus",
        extract(path.join(dir, "un-ej.csv"), n, (i) =>
          line("2103104101", i + 1, "#", '"1,00"', '"0,50"')
        ),
      ]),
  },
  {
    name: "extract: n identical lines",
    n: 100_000,
    exit: 0,
    make: (dir, n) =>
      cliReport(dir, CAMINO, [
        "--chorus",
        extract(path.join(dir, "identiques.csv"), n, () =>
          line("2103104101", 1, "#", '"1,00"', '"0,50"')
        ),
      ]),
  },
  {
    name: "extract: n payments on n/1000 EJs (execution from Chorus)",
    n: 100_000,
    exit: 0,
    make: (dir, n) =>
      payments(
        dir,
        path.join(dir, "paiements.csv"),
        n,
        (i) => 2100000000 + Math.floor(i / 1000),
        (i) => 1000000000 + i
      ),
  },
  {
    // Lines whose quote is not at a field's start, after the last separator of the file: the
    // records read on access must not search for a separator to the end at each line.
    name: "extract: n lines with a stray quote and no separator after it",
    n: 100_000,
    exit: 0,
    make: (dir, n) =>
      cliReport(dir, CAMINO, [
        "--chorus",
        extract(path.join(dir, "guillemets.csv"), n, (i) => `ligne ${i} "x`),
      ]),
  },
  {
    // EJ and DP numbers equal modulo a power of two: a hash of their low bits only put them in
    // one run of slots (quadratic: 60 000 EJs took 6 s), murmur3's finaliser spreads them.
    name: "extract: n payments on n/3 EJs numbered 131 072 apart (execution from Chorus)",
    n: 90_000,
    exit: 0,
    make: (dir, n) =>
      payments(
        dir,
        path.join(dir, "espaces.csv"),
        n,
        (i) => 1000000000 + Math.floor(i / 3) * 131072,
        (i) => 100000000 + i * 4096
      ),
  },
  {
    // A supplier named with the subtotal word hundreds of times: LazyCsv.holding marks records,
    // it does not keep each occurrence (it kept 10 000 000 positions for 30 000 rows).
    name: "extract: n lines whose supplier repeats « SULTAT » 300 times",
    n: 20_000,
    exit: 0,
    make: (dir, n) =>
      cliReport(dir, CAMINO, [
        "--chorus",
        extract(path.join(dir, "sultat.csv"), n, (i) =>
          line("2103104101", i + 1, "#", '"1,00"', '"0,50"', "SULTAT ".repeat(300).trim())
        ),
      ]),
  },
  {
    name: "extract: n unreadable amounts (n anomalies)",
    n: 50_000,
    exit: 0,
    make: (dir, n) =>
      cliReport(dir, caminoWithoutExecution(dir), [
        "--chorus",
        extract(path.join(dir, "illisibles.csv"), n, (i) =>
          line(String(2100000000 + i), 1, "#", "douze euros", "#")
        ),
      ]),
  },
  {
    name: "workbook with n sheets",
    n: 2_000,
    exit: 0,
    make: (dir, n) => {
      const extra = Array.from({ length: n }, (_, i): BenchSheet => ({
        name: `Notes ${i + 1}`,
        values: [
          ["Note", "Valeur"],
          [`note ${i}`, i],
        ],
      }));
      return cliReport(
        dir,
        workbookWith(path.join(dir, "feuilles.xlsx"), [...caminoSheets(), ...extra]),
        []
      );
    },
  },
  {
    name: "n --chorus files",
    n: 500,
    exit: 0,
    make: (dir, n) => {
      const args: string[] = [];
      for (let i = 0; i < n; i++)
        args.push(
          "--chorus",
          extract(path.join(dir, `extrait-${i}.csv`), 1, () =>
            line(String(2100000000 + i), 1, "#", '"1,00"', "#")
          )
        );
      return cliReport(dir, CAMINO, args);
    },
  },
  {
    name: "convention text repeated n times (import)",
    n: 40,
    exit: 0,
    make: (dir, n) => {
      const file = path.join(dir, "convention.txt");
      fs.writeFileSync(file, fs.readFileSync(CONVENTION_TXT, "utf8").repeat(n));
      return importArgs(dir, file);
    },
  },
  {
    name: "convention PDF repeated n times (import)",
    n: 20,
    exit: 0,
    make: async (dir, n) => {
      const file = path.join(dir, "convention.pdf");
      fs.writeFileSync(file, await textToPdf(fs.readFileSync(CONVENTION_TXT, "utf8").repeat(n)));
      return importArgs(dir, file);
    },
  },
  {
    name: "sheet XML: n-deep nesting and n attributes",
    n: 2_000_000,
    exit: 0,
    make: (dir, n) => {
      const attrs = Array.from({ length: n }, (_, i) => ` a${i}="${i}"`).join("");
      const xml = `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"${attrs}><is><t>x</t></is></c></row><row r="2">${"<x>".repeat(n)}${"</x>".repeat(n)}<c r="A2"><v>1</v></c></row></sheetData></worksheet>`;
      const sheets = [...caminoSheets(), { name: "Brut", values: [["x"]] }];
      return cliReport(
        dir,
        workbookWith(path.join(dir, "xml.xlsx"), sheets, { index: sheets.length - 1, xml }),
        []
      );
    },
  },
  {
    name: "cells of n characters (workbook and extract)",
    n: 5_000_000,
    exit: 0,
    make: (dir, n) => {
      const long = "Fournisseur ".repeat(Math.ceil(n / 12)).slice(0, n);
      const sheets = caminoSheets().map((s) =>
        s.name !== "Engagements"
          ? s
          : {
              ...s,
              values: s.values.map((r, i) =>
                i === 1 ? r.map((v, c) => (c === 6 ? long : v)) : r
              ) as CellValue[][],
            }
      );
      const book = workbookWith(path.join(dir, "long.xlsx"), sheets);
      return cliReport(dir, book, [
        "--chorus",
        extract(path.join(dir, "long.csv"), 2, () =>
          line("2103104101", 1, "#", '"1,00"', "#", `"${long}"`)
        ),
      ]);
    },
  },
  {
    name: "portfolio of n conventions (a folder of workbooks)",
    n: 50,
    exit: 0,
    beforeRun: (dir) => fs.rmSync(path.join(dir, "portefeuille.xlsx"), { force: true }),
    make: (dir, n) => {
      const books = path.join(dir, "conventions");
      fs.mkdirSync(books, { recursive: true });
      const bytes = fs.readFileSync(CAMINO);
      for (let i = 0; i < n; i++) fs.writeFileSync(path.join(books, `convention-${i}.xlsx`), bytes);
      return [
        "portfolio",
        books,
        "--json",
        "--as-of",
        "2020-12-31",
        "--out",
        path.join(dir, "portefeuille.xlsx"),
      ];
    },
  },
];

const importArgs = (dir: string, file: string) => [
  "import",
  file,
  "--json",
  "--out",
  path.join(dir, "classeur.xlsx"),
];
