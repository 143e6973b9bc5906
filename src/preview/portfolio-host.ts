/**
 * The portfolio in the browser: workbooks and extracts opened from disk, held as bytes, read one
 * at a time by the app's portfolio (the same figures as `plafond portfolio`), and the portfolio
 * workbook offered as a download. Nothing leaves the browser.
 */
import { readChorusFiles } from "../app/chorus-files";
import { UnreadableInput } from "../app/errors";
import { portfolioSheets, runPortfolio, type Portfolio } from "../app/portfolio";
import { csvInput } from "../workbook/text/csv";
import { openXlsx } from "../workbook/xlsx";
import { writeBook } from "../workbook/xlsx/bookWriter";

export interface OpenedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export const PORTFOLIO_FILE = "portefeuille.xlsx";
const MSG_NOT_OPENED = (name: string) => `${name} : fichier non ouvert`;

/** Two files of one name (from two folders) stay two: "budget.xlsx", "budget.xlsx (2)". */
export function distinctNames(files: readonly OpenedFile[]): OpenedFile[] {
  const seen = new Map<string, number>();
  return files.map((f) => {
    const n = (seen.get(f.name) ?? 0) + 1;
    seen.set(f.name, n);
    return n === 1 ? f : { ...f, name: `${f.name} (${n})` };
  });
}

export async function previewPortfolio(
  books: readonly OpenedFile[],
  extracts: readonly OpenedFile[],
  asOf: string
): Promise<{ portfolio: Portfolio; bytes: Uint8Array }> {
  // Workbooks and extracts apart: a workbook and an extract may bear one name.
  const reader = (files: readonly OpenedFile[]) => {
    const byName = new Map(files.map((f) => [f.name, f.bytes]));
    return (name: string) => {
      const bytes = byName.get(name);
      if (!bytes) throw new UnreadableInput(MSG_NOT_OPENED(name));
      return bytes;
    };
  };
  const extractFiles = distinctNames(extracts);
  const bookFiles = distinctNames(books);
  const chorus = readChorusFiles(
    extractFiles.map((f) => f.name),
    null,
    reader(extractFiles),
    { openWorkbook: openXlsx, textInput: csvInput }
  );
  const readBook = reader(bookFiles);
  const portfolio = await runPortfolio(
    bookFiles.map((f) => f.name),
    { asOf, extracts: chorus.chorus },
    { open: async (name) => openXlsx(readBook(name)) }
  );
  return { portfolio, bytes: writeBook(portfolioSheets(portfolio)) };
}
