/**
 * Excel's error literals, said once. Office.js returns them as plain strings in `values`, the
 * xlsx reader as `{ error }`: both must be told apart from data.
 */
import type { CellValue } from "./cells";

export const EXCEL_ERROR_LITERALS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
] as const;

const LITERALS: ReadonlySet<string> = new Set(EXCEL_ERROR_LITERALS);

/** The error literal of a cell ("#N/A"), or null when the cell holds no Excel error. */
export function excelError(value: CellValue | undefined): string | null {
  if (typeof value === "object" && value !== null) return value.error;
  if (typeof value === "string" && value.includes("#")) {
    const text = value.trim();
    if (LITERALS.has(text)) return text;
  }
  return null;
}

/**
 * An input that cannot be read (not a workbook, a corrupt part, a PDF without text…), with one
 * French sentence for the user. Every adapter's reading error is one, so that every entry tells
 * it the same way (the command line: exit 2).
 */
export class UnreadableInput extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnreadableInput";
    Object.setPrototypeOf(this, new.target.prototype);
  }
}
