/**
 * A large file that is no Chorus extract, given as --chorus (issue 16): refused from its first
 * lines with exit 2 and one French line, its bytes neither decoded nor held — the peak memory of
 * the command stays that of a report without it, far below the file's own size. (No timing here:
 * `npm run bench:scaling` measures how fast.)
 */
import * as fs from "fs";
import * as path from "path";
import { EXAMPLES } from "../helpers/cli";
import { runCase, reportArgs, type HostileCase } from "./harness";

const LINES = 1_000_000;

/** A million lines of a plain ledger export (about 64 MB), written in blocks. */
function writeLedger(file: string): void {
  const fd = fs.openSync(file, "w");
  fs.writeSync(fd, "Grand livre;Export du 31/12/2020;;\n");
  const BLOCK = 50_000;
  for (let i = 0; i < LINES; i += BLOCK) {
    const lines: string[] = [];
    for (let k = i; k < i + BLOCK; k++)
      lines.push(
        `Ligne ${String(k).padStart(7, "0")};Écriture de régularisation;6113110000;${k % 997},45;`
      );
    fs.writeSync(fd, lines.join("\n") + "\n");
  }
  fs.closeSync(fd);
}

const refusal: HostileCase = {
  name: "a 1 000 000-line CSV that is no extract, given as --chorus",
  prepare: (dir) => {
    const ledger = path.join(dir, "grand-livre.csv");
    writeLedger(ledger);
    const workbook = path.join(EXAMPLES, "camino-2020.xlsx");
    const out = path.join(dir, "copie.xlsx");
    return {
      args: [...reportArgs(workbook, out), "--chorus", ledger],
      untouched: [workbook, ledger],
      out,
    };
  },
  expect: {
    exit: 2,
    stderr:
      /grand-livre\.csv : aucune ligne d'en-tête d'extrait Chorus \(« N° EJ » ou « N° DP » et un montant engagé ou payé\) dans les 50 premières lignes$/,
    // Refused from its head, the command peaks near 75 MB here; only reading the 62 MB file
    // whole (not even decoding it) peaks at 135 MB, and splitting it into a million rows far more.
    maxPeakMB: 110,
  },
};

test(
  refusal.name,
  async () => {
    await runCase(refusal);
  },
  60_000
);
