/**
 * `npm run examples:portfolio`: builds examples/portfolio/infbud53-dinum-2020.csv, one INFBUD53
 * extract for the délégataire's whole execution of 2020, as a controller pulls it for several
 * programmes: the Camino lines of test/fixtures/chorus/camino-infbud53-2020.csv (with its line on
 * 0113-PEBC-PILO, outside every convention), then the MEAE convention's EJs, one row each, built
 * from the workbook's own Engagements and Paiements (AE, CP paid, last payment date).
 */
import * as fs from "fs";
import * as path from "path";
import type { CellValue } from "../src/grid";
import { excelSerialToIso } from "../src/grid";
import { openXlsx } from "../src/workbook/xlsx";

const ROOT = path.join(__dirname, "..");
const CAMINO = path.join(ROOT, "test", "fixtures", "chorus", "camino-infbud53-2020.csv");
const MEAE = path.join(ROOT, "examples", "meae-disinfo-2020.xlsx");
export const EXTRACT = path.join(ROOT, "examples", "portfolio", "infbud53-dinum-2020.csv");

/** The fixture's supplier codes, by the first word of the name (the examples' invented suppliers). */
const SUPPLIERS: Record<string, [string, string]> = {
  atelier: ["1000100001", "ATELIER NUMERIQUE LIBRE SAS"],
  coop: ["1000100002", "COOP DESIGN PUBLIC"],
  cap: ["1000100003", "CAP AGILITE PUBLIQUE SAS"],
  terrains: ["1000100004", "TERRAINS ET USAGES SCOP"],
  fabrique: ["1000100005", "FABRIQUE LOGICIELLE DES COMMUNS"],
};

const euros = (cents: number) =>
  `"${Math.floor(cents / 100)},${String(cents % 100).padStart(2, "0")}"`;
const dotted = (serial: number) => excelSerialToIso(serial).split("-").reverse().join(".");
const cents = (v: CellValue) => Math.round(Number(v) * 100);

async function meaeRows(): Promise<string[]> {
  const book = openXlsx(fs.readFileSync(MEAE));
  const [engagements, payments] = await book.readSheets(["Engagements", "Paiements"]);
  const paid = new Map<string, { cp: number; last: number }>();
  for (const [, date, ej, amount] of payments.values.slice(1)) {
    const p = paid.get(String(ej)) ?? { cp: 0, last: 0 };
    paid.set(String(ej), { cp: p.cp + cents(amount), last: Math.max(p.last, Number(date)) });
  }
  const rows: string[] = [];
  let ae = 0;
  let cp = 0;
  for (const [ej, date, cf, df, act, cc, supplier, , amount] of engagements.values.slice(1)) {
    const [code, name] = SUPPLIERS[String(supplier).split(" ")[0].toLowerCase()];
    const p = paid.get(String(ej));
    ae += cents(amount);
    cp += p?.cp ?? 0;
    const cpText = p ? euros(p.cp) : "#";
    rows.push(
      `BG00/${cf},DSI MEAE,${df},BG00/${cc},BG00/${act},${ej},1,${dotted(Number(date))},${code},${name},30.01.02,${p ? dotted(p.last) : "#"},#,${euros(cents(amount))},#,${cpText}`
    );
  }
  rows.push(`BG00/0105-CRES-CDSI,DSI MEAE,Résultat,,,,,,,,,,#,${euros(ae)},#,${euros(cp)}`);
  return rows;
}

async function main() {
  const camino = fs
    .readFileSync(CAMINO, "utf8")
    .split(/\r?\n/)
    .filter((l) => l !== "" && !l.startsWith("Résultat global"));
  const lines = [...camino, ...(await meaeRows())];
  fs.mkdirSync(path.dirname(EXTRACT), { recursive: true });
  fs.writeFileSync(EXTRACT, `${lines.join("\r\n")}\r\n`);
  console.log(`${path.relative(ROOT, EXTRACT)} : ${lines.length} lignes`);
}

void main();
