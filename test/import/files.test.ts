/** `plafond import`: default output, no overwriting, unreadable inputs. */
import * as fs from "fs";
import * as path from "path";
import { plafond, sha256, tmpDir } from "../helpers/cli";
import { importJson } from "./cli-helpers";
import { FIXTURES, MEAE_TXT } from "./helpers";

describe("plafond import: files", () => {
  test("default output <name>.xlsx beside the input; an existing file is never overwritten", () => {
    const dir = tmpDir();
    const input = path.join(dir, "ma convention é.txt");
    fs.copyFileSync(MEAE_TXT, input);
    const first = plafond(["import", input]);
    expect(first.status).toBe(0);
    const out = path.join(dir, "ma convention é.xlsx");
    expect(fs.existsSync(out)).toBe(true);
    const before = sha256(out);
    const again = plafond(["import", input]);
    expect(again.status).toBe(2);
    expect(again.stderr).toBe(
      `plafond: ${out} existe déjà : Plafond n'écrase jamais un fichier, choisissez un autre nom avec --out\n`
    );
    expect(sha256(out)).toBe(before);
    expect(plafond(["import", input, "--out", input]).status).toBe(2);
    expect(fs.readFileSync(input, "utf8")).toBe(fs.readFileSync(MEAE_TXT, "utf8"));
    expect(fs.readdirSync(dir).sort()).toEqual(["ma convention é.txt", "ma convention é.xlsx"]);
  });

  test.each([
    ["a missing file", (d: string) => path.join(d, "absente.pdf"), /fichier introuvable/],
    ["a folder", (d: string) => d, /est un dossier/],
    [
      "an empty file",
      (d: string) => (fs.writeFileSync(path.join(d, "vide.txt"), ""), path.join(d, "vide.txt")),
      /est vide/,
    ],
    [
      "a binary file",
      (d: string) => (
        fs.copyFileSync(
          path.join(__dirname, "..", "..", "examples", "camino-2020.xlsx"),
          path.join(d, "c.xlsx")
        ),
        path.join(d, "c.xlsx")
      ),
      /ni un PDF ni un fichier texte/,
    ],
    [
      "a text named .pdf",
      (d: string) => (
        fs.writeFileSync(path.join(d, "faux.pdf"), "bonjour"),
        path.join(d, "faux.pdf")
      ),
      /n'est pas un PDF lisible/,
    ],
    [
      "a broken PDF",
      (d: string) => (
        fs.writeFileSync(path.join(d, "casse.pdf"), "%PDF-1.7\n1 0 obj <<\n"),
        path.join(d, "casse.pdf")
      ),
      /n'est pas un PDF lisible|ne contient pas de texte/,
    ],
  ])("exit 2 and one French line for %s, nothing written", (_, make, message) => {
    const dir = tmpDir();
    const input = make(dir);
    const out = path.join(dir, "jamais.xlsx");
    const r = plafond(["import", input, "--out", out]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
    expect(fs.existsSync(out)).toBe(false);
  });

  test("a text without figures still gives a workbook to fill, everything listed as missing", () => {
    const dir = tmpDir();
    const out = path.join(dir, "rien.xlsx");
    const j = importJson(path.join(FIXTURES, "variant-no-figures.txt"), out);
    expect(fs.existsSync(out)).toBe(true);
    expect(j.ceilings).toEqual([]);
    expect(j.unresolved).toContain("ceilings");
  });
});
