/**
 * No input is ever overwritten (issue 12): `--out` naming any input however spelled, a device, a
 * FIFO, a folder or a read-only file is refused before anything is written; inputs are regular
 * files only (a FIFO without writer must not hang, /dev/zero must not be read forever). For
 * `plafond report` and `plafond import`.
 */
import * as fs from "fs";
import * as path from "path";
import { execFileSync } from "child_process";
import { baseSheets } from "./base";
import { reportArgs, type HostileCase, type Prepared, type Refusal } from "./harness";
import { buildXlsx } from "./xlsx-builder";

/** A minimal Chorus extract, as a CSV export of INFBUD53 gives one (header and one EJ line). */
export const CHORUS_CSV =
  "N° EJ;Date;Centre financier;Domaine fonctionnel;Activité;Centre de coûts;Montant engagé;Montant payé\r\n" +
  "2100000001;15/04/2020;0113-PEBC-ELAB;0113-01-02;011301010101;DREDAL6201;30 000,00;20 000,00\r\n";

const CONVENTION_TXT =
  "Convention de délégation de gestion entre la DGALN, ci-après dénommée « le délégant », et la DINUM, " +
  "ci-après dénommée « le délégataire ». Le centre financier 0113-PEBC-ELAB reçoit 140 000 € en AE et en CP pour 2020.\n";

function mkfifo(p: string): void {
  execFileSync("mkfifo", [p]);
}

const isFifo = (p: string) => fs.lstatSync(p).isFIFO();

/** The base workbook in `dir`/classeur.xlsx plus what `args` sets up. */
function outCase(
  name: string,
  args: (dir: string, input: string) => Omit<Prepared, "untouched"> & { untouched?: string[] },
  expected: Refusal
): HostileCase {
  return {
    name,
    expect: expected,
    prepare: (dir) => {
      const input = path.join(dir, "classeur.xlsx");
      fs.writeFileSync(input, buildXlsx(baseSheets()));
      const p = args(dir, input);
      return { ...p, untouched: [input, ...(p.untouched ?? [])] };
    },
  };
}

const SAME = /est le fichier d'entrée/;
const NOT_REGULAR_OUT = /n'est pas un fichier ordinaire .* choisissez un autre nom avec --out/;
const NOT_REGULAR_IN = /n'est pas un fichier ordinaire \(périphérique, tube ou autre\)/;

export const outputCases: HostileCase[] = [
  outCase(
    "--out equal to the --chorus extract is refused; the extract stays",
    (dir, input) => {
      const csv = path.join(dir, "extrait.csv");
      fs.writeFileSync(csv, CHORUS_CSV);
      return {
        args: [...reportArgs(input, csv), "--chorus", csv],
        out: null,
        watch: dir,
        untouched: [csv],
      };
    },
    { exit: 2, stderr: SAME }
  ),
  outCase(
    "--out equal to the --chorus extract through another spelling (./dir/../extrait.csv)",
    (dir, input) => {
      const csv = path.join(dir, "extrait.csv");
      fs.writeFileSync(csv, CHORUS_CSV);
      fs.mkdirSync(path.join(dir, "sous"));
      return {
        args: [...reportArgs(input, `${dir}/sous/../extrait.csv`), "--chorus", csv],
        out: null,
        watch: dir,
        untouched: [csv],
      };
    },
    { exit: 2, stderr: SAME }
  ),
  outCase(
    "--out equal to the --referential file is refused; the referential stays",
    (dir, input) => {
      const ref = path.join(dir, "calculette.xlsx");
      fs.writeFileSync(
        ref,
        buildXlsx([
          {
            name: "Activités",
            rows: [
              ["Code activité", "Libellé"],
              ["011301010101", "x"],
            ],
          },
        ])
      );
      return {
        args: [...reportArgs(input, ref), "--referential", ref],
        out: null,
        watch: dir,
        untouched: [ref],
      };
    },
    { exit: 2, stderr: SAME }
  ),
  outCase(
    "--out a hard link to the input is refused",
    (dir, input) => {
      const link = path.join(dir, "lien-dur.xlsx");
      fs.linkSync(input, link);
      return { args: reportArgs(input, link), out: null, watch: dir };
    },
    { exit: 2, stderr: /ne peut pas être le classeur d'origine|est le fichier d'entrée/ }
  ),
  outCase(
    "--out a FIFO is refused, and the FIFO stays a FIFO",
    (dir, input) => {
      const fifo = path.join(dir, "tube.xlsx");
      mkfifo(fifo);
      return {
        args: reportArgs(input, fifo),
        out: null,
        watch: dir,
        after: () => expect(isFifo(fifo)).toBe(true),
      };
    },
    { exit: 2, stderr: NOT_REGULAR_OUT }
  ),
  outCase(
    "--out /dev/null is refused, and /dev/null stays a device",
    (_dir, input) => ({
      args: reportArgs(input, "/dev/null"),
      out: null,
      after: () => expect(fs.statSync("/dev/null").isCharacterDevice()).toBe(true),
    }),
    { exit: 2, stderr: NOT_REGULAR_OUT }
  ),
  outCase(
    "--out a folder is refused",
    (dir, input) => {
      fs.mkdirSync(path.join(dir, "rapports.xlsx"));
      return { args: reportArgs(input, path.join(dir, "rapports.xlsx")), out: null, watch: dir };
    },
    { exit: 2, stderr: NOT_REGULAR_OUT }
  ),
  outCase(
    "--out an existing read-only copy is not silently replaced",
    (dir, input) => {
      const old = path.join(dir, "archive.xlsx");
      fs.writeFileSync(old, "rapport de juin, à garder");
      fs.chmodSync(old, 0o444);
      return { args: reportArgs(input, old), out: null, watch: dir, untouched: [old] };
    },
    { exit: 2, stderr: /existe et est en lecture seule/ }
  ),
  outCase(
    "--out a name too long for the file system is told plainly",
    (dir, input) => {
      const out = path.join(dir, `${"r".repeat(300)}.xlsx`);
      return { args: reportArgs(input, out), out: null, watch: dir };
    },
    { exit: 3, stderr: /nom de fichier trop long/ }
  ),
  {
    name: "a FIFO without writer as the workbook does not hang: refused",
    expect: { exit: 2, stderr: NOT_REGULAR_IN },
    prepare: (dir) => {
      mkfifo(path.join(dir, "classeur.xlsx"));
      return {
        args: reportArgs(path.join(dir, "classeur.xlsx"), path.join(dir, "copie.xlsx")),
        untouched: [],
        out: path.join(dir, "copie.xlsx"),
      };
    },
  },
  ...["/dev/zero", "/dev/urandom"].map((dev): HostileCase => ({
    name: `${dev} as the workbook is refused, not read forever`,
    expect: { exit: 2, stderr: NOT_REGULAR_IN, maxPeakMB: 200 },
    prepare: (dir) => ({
      args: reportArgs(dev, path.join(dir, "copie.xlsx")),
      untouched: [],
      out: path.join(dir, "copie.xlsx"),
    }),
  })),
  outCase(
    "/dev/zero as a --chorus extract is refused",
    (dir, input) => ({
      args: [...reportArgs(input, path.join(dir, "copie.xlsx")), "--chorus", "/dev/zero"],
      out: path.join(dir, "copie.xlsx"),
    }),
    { exit: 2, stderr: NOT_REGULAR_IN, maxPeakMB: 200 }
  ),
  outCase(
    "a FIFO as a --chorus extract does not hang: refused",
    (dir, input) => {
      mkfifo(path.join(dir, "extrait.csv"));
      return {
        args: [
          ...reportArgs(input, path.join(dir, "copie.xlsx")),
          "--chorus",
          path.join(dir, "extrait.csv"),
        ],
        out: path.join(dir, "copie.xlsx"),
      };
    },
    { exit: 2, stderr: NOT_REGULAR_IN }
  ),
  // plafond import: the same rules.
  ...importCases(),
];

function importCases(): HostileCase[] {
  const txt = (dir: string) => {
    const file = path.join(dir, "convention.txt");
    fs.writeFileSync(file, CONVENTION_TXT);
    return file;
  };
  return [
    {
      name: "import: --out a FIFO is refused, and the FIFO stays",
      expect: { exit: 2, stderr: /n'est pas un fichier ordinaire|existe déjà/ },
      prepare: (dir) => {
        const file = txt(dir);
        const fifo = path.join(dir, "tube.xlsx");
        mkfifo(fifo);
        return {
          args: ["import", file, "--out", fifo],
          untouched: [file],
          out: null,
          watch: dir,
          after: () => expect(isFifo(fifo)).toBe(true),
        };
      },
    },
    {
      name: "import: --out /dev/null is refused",
      expect: { exit: 2, stderr: /n'est pas un fichier ordinaire|existe déjà/ },
      prepare: (dir) => ({
        args: ["import", txt(dir), "--out", "/dev/null"],
        untouched: [],
        out: null,
        after: () => expect(fs.statSync("/dev/null").isCharacterDevice()).toBe(true),
      }),
    },
    {
      name: "import: --out equal to the convention itself is refused",
      expect: { exit: 2, stderr: /est le fichier d'entrée/ },
      prepare: (dir) => {
        const file = txt(dir);
        return { args: ["import", file, "--out", file], untouched: [file], out: null, watch: dir };
      },
    },
    {
      name: "import: a FIFO without writer as the convention does not hang",
      expect: { exit: 2, stderr: NOT_REGULAR_IN },
      prepare: (dir) => {
        mkfifo(path.join(dir, "convention.txt"));
        return {
          args: ["import", path.join(dir, "convention.txt"), "--out", path.join(dir, "c.xlsx")],
          untouched: [],
          out: path.join(dir, "c.xlsx"),
        };
      },
    },
    {
      name: "import: /dev/urandom as the convention is refused",
      expect: { exit: 2, stderr: NOT_REGULAR_IN, maxPeakMB: 200 },
      prepare: (dir) => ({
        args: ["import", "/dev/urandom", "--out", path.join(dir, "c.xlsx")],
        untouched: [],
        out: path.join(dir, "c.xlsx"),
      }),
    },
    {
      name: "import: an --out name too long for the file system is told plainly",
      expect: { exit: 3, stderr: /nom de fichier trop long/ },
      prepare: (dir) => {
        const file = txt(dir);
        return {
          args: ["import", file, "--out", path.join(dir, `${"c".repeat(300)}.xlsx`)],
          untouched: [file],
          out: null,
          watch: dir,
        };
      },
    },
  ];
}
