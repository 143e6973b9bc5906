/**
 * Cell values as every host gives them: Excel's `range.values` and the xlsx reader.
 * Dates arrive as Excel serial numbers (the domain reads them by column meaning).
 * An Excel error value (#N/A, #VALUE!, …) is kept apart from text so that it is never
 * mistaken for data.
 */
export interface CellError {
  readonly error: string;
}

export type CellValue = string | number | boolean | null | CellError;

export function isCellError(value: unknown): value is CellError {
  return (
    typeof value === "object" && value !== null && typeof (value as CellError).error === "string"
  );
}

export function isBlank(value: CellValue | undefined): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

/** A1-style column letters for a 0-based column index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based column index of A1-style letters. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n - 1;
}
