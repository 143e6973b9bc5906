/**
 * The mark of the sheet Plafond writes, shared by the .xlsx writer and the Excel writer (they must
 * agree). A sheet-scoped hidden name PLAFOND_RAPPORT whose value is a text constant: the name
 * the sheet had when Plafond wrote it. Copying a sheet (LibreOffice, Excel) copies its
 * sheet-scoped names as they are: the copy, "Archive juin", carries a mark naming "Rapport", not
 * itself, so it is the user's and is never overwritten. A Rapport the user renamed is left too.
 *
 * Marks written before (a reference to the sheet's own A1) are still recognised, but only when a
 * single sheet of the workbook carries one: a copy may have had its reference moved to itself.
 */

/** The name's value as a file stores it (a formula without "="): a quoted text. */
export function markValue(sheetName: string): string {
  return `"${sheetName.replace(/"/g, '""')}"`;
}

/** The same as a formula, as Office.js takes and gives it. */
export function markFormula(sheetName: string): string {
  return `=${markValue(sheetName)}`;
}

const TEXT = /^"((?:[^"]|"")*)"$/;
const LEGACY_QUOTED = /^'((?:[^']|'')*)'!\$?A\$?1$/;
const LEGACY_PLAIN = /^([^'!]+)!\$?A\$?1$/;

/**
 * Whether a mark of value `value` (with or without "=") on the sheet named `sheetName` is the mark
 * Plafond left on that very sheet; `marks` is how many sheets of the workbook carry the name.
 */
export function isOwnMark(value: string, sheetName: string, marks: number): boolean {
  const v = value.trim().replace(/^=/, "");
  const text = TEXT.exec(v);
  if (text) return text[1].replace(/""/g, '"') === sheetName;
  if (marks !== 1) return false;
  const quoted = LEGACY_QUOTED.exec(v);
  const ref = quoted ? quoted[1].replace(/''/g, "'") : LEGACY_PLAIN.exec(v)?.[1];
  return ref !== undefined && ref === sheetName;
}
