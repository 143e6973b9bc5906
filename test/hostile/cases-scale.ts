/**
 * Hostile scale (issue 12): a far cell must cost what it holds, not the used rectangle; a cell
 * beyond Excel's grid is refused at its place; nothing overflows the stack on large inputs.
 * Memory is bounded through the harness's peak-memory hook, never by the wall clock.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { BASE_LINE_A, BASE_LINE_B, BASE_TOTAL, baseSheets } from "./base";
import { workbookCase, type HostileCase } from "./harness";
import { buildXlsx } from "./xlsx-builder";

/** The target: each of these inputs under 300 MB of resident memory. */
const MAX_MB = 300;

/** The base workbook with `xml` appended to the Engagements sheet's data (sheet4 in the builder). */
export function withEngagementsXml(xml: string, sheet = 4): Uint8Array {
  const parts = unzipSync(
    buildXlsx(baseSheets({ extra: [{ name: "Notes", rows: [["Notes du contrôleur"]] }] }))
  );
  const name = `xl/worksheets/sheet${sheet}.xml`;
  parts[name] = strToU8(strFromU8(parts[name]).replace("</sheetData>", `${xml}</sheetData>`));
  return zipSync(parts);
}

const baseFigures = { exit: 0, lines: [BASE_LINE_A, BASE_LINE_B], total: BASE_TOTAL } as const;

export const scaleCases: HostileCase[] = [
  workbookCase(
    "a note in XFD100000 (a valid far cell) costs one cell, not 100 000 × 16 384",
    () =>
      withEngagementsXml(
        '<row r="100000"><c r="XFD100000" t="inlineStr"><is><t>note</t></is></c></row>'
      ),
    { ...baseFigures, maxPeakMB: MAX_MB }
  ),
  workbookCase(
    "a sheet of notes with 100 000 rows, each with a note in column XFD, stays cheap",
    () => {
      const rows: string[] = [];
      for (let r = 10; r < 100010; r++)
        rows.push(`<row r="${r}"><c r="XFD${r}"><v>1</v></c></row>`);
      return withEngagementsXml(rows.join(""), 6);
    },
    { ...baseFigures, maxPeakMB: MAX_MB }
  ),
  workbookCase(
    "a cell on row 50 000 000 (beyond Excel's 1 048 576 rows) is refused at its place",
    () => withEngagementsXml('<row r="50000000"><c r="A50000000"><v>1</v></c></row>'),
    {
      exit: 2,
      stderr: /feuille « Engagements » a une cellule de la ligne 50000000 hors de la grille/,
      maxPeakMB: MAX_MB,
    }
  ),
  workbookCase(
    "a cell in column ZZZZZZZZZZZZZZ is refused at its place",
    () => withEngagementsXml('<row r="5"><c r="ZZZZZZZZZZZZZZ5"><v>1</v></c></row>'),
    {
      exit: 2,
      stderr: /feuille « Engagements » a une cellule ZZZZZZZZZZZZZZ5 hors de la grille/,
      maxPeakMB: MAX_MB,
    }
  ),
  workbookCase(
    "a cell in XFE1 (one column beyond XFD) is refused",
    () => withEngagementsXml('<row r="7"><c r="XFE7"><v>1</v></c></row>'),
    { exit: 2, stderr: /cellule XFE7 hors de la grille/, maxPeakMB: MAX_MB }
  ),
];
