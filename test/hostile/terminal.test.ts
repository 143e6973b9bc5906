/**
 * No terminal injection (issue 12): text from cells (`_x001B_` decoded by the reader, C1 codes,
 * bidirectional overrides) reaches the human output of `report` and `import` as visible escapes,
 * never as control characters; `--json` keeps the exact text (JSON escapes it).
 */
import * as fs from "fs";
import * as path from "path";
import { terminalSafe, terminalText } from "../../src/cli/terminal";
import { tmpDir } from "../helpers/cli";
import { AS_OF, runCli } from "./harness";
import { baseSheets, CONVENTION_ROWS, ej, ENG_ROWS } from "./base";
import { buildXlsx } from "./xlsx-builder";

/** Any control character but the line feed that separates the output's own lines. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const RETITLE = "_x001B_]0;pwned_x0007_"; // OSC: sets the terminal's title
const CLEAR = "_x001B_[2J_x001B_[1A"; // CSI: clears the screen, moves up over the previous line

describe("human output is inert", () => {
  test("terminalText shows control characters, keeps the rest", () => {
    expect(terminalText("Coop\u001b[2J Design")).toBe("Coop\\x1B[2J Design");
    expect(terminalText("a\u009bb\u202ec")).toBe("a\\x9Bb\\u202Ec");
    expect(terminalText("ligne 1\nligne 2\tfin")).toBe("ligne 1 ligne 2 fin");
    expect(terminalText("160 000,00 € — DGALN")).toBe("160 000,00 € — DGALN");
    expect(terminalSafe({ a: ["x\u0007"], n: 3 })).toEqual({ a: ["x\\x07"], n: 3 });
  });

  test("plafond report: parties, codes and suppliers carrying escape sequences", () => {
    const dir = tmpDir();
    const file = path.join(dir, `classeur.xlsx`);
    const convention = CONVENTION_ROWS.map((r) =>
      r[0] === "Délégant" ? ["Délégant", `DGALN${RETITLE}`] : r
    );
    const engagements = [
      ...ENG_ROWS,
      ej("2100000009", { date: "2020-04-15" }, 100, {
        act: `0113${CLEAR}`,
        supplier: `X${CLEAR}\u009b31m`,
      }),
    ];
    fs.writeFileSync(
      file,
      buildXlsx(baseSheets({ convention: { name: "Convention", rows: convention }, engagements }))
    );
    const human = runCli(["report", file, "--as-of", AS_OF, "--out", path.join(dir, "copie.xlsx")]);
    expect(human.status).toBe(0);
    expect(human.stdout).toContain("DGALN\\x1B]0;pwned\\x07");
    expect(human.stdout).toContain("\\x1B[2J");
    expect(CONTROL.test(human.stdout)).toBe(false);
    expect(CONTROL.test(human.stderr)).toBe(false);
    const json = runCli([
      "report",
      file,
      "--json",
      "--as-of",
      AS_OF,
      "--out",
      path.join(dir, "copie2.xlsx"),
    ]);
    expect(JSON.parse(json.stdout).convention.delegant).toBe("DGALN\u001b]0;pwned\u0007");
  });

  test("plafond report: an error line naming a file whose name holds an escape", () => {
    const dir = tmpDir();
    const file = path.join(dir, "rapport\u001b[2J.xlsx");
    fs.writeFileSync(file, "pas un classeur");
    const r = runCli(["report", file, "--out", path.join(dir, "copie.xlsx")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("rapport\\x1B[2J.xlsx");
    expect(CONTROL.test(r.stderr)).toBe(false);
  });

  test("plafond import: a convention text whose parties hold escape sequences", () => {
    const dir = tmpDir();
    const file = path.join(dir, "convention.txt");
    fs.writeFileSync(
      file,
      "Convention de délégation de gestion entre la DGALN\u001b]0;pwned\u0007, ci-après dénommée « le délégant », et la DINUM\u001b[2J, " +
        "ci-après dénommée « le délégataire ». Le centre financier 0113-PEBC-ELAB reçoit 140 000 € en AE et en CP pour 2020.\n"
    );
    const r = runCli(["import", file, "--out", path.join(dir, "classeur.xlsx")]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("DGALN\\x1B]0;pwned\\x07");
    expect(CONTROL.test(r.stdout)).toBe(false);
    expect(CONTROL.test(r.stderr)).toBe(false);
  });
});
