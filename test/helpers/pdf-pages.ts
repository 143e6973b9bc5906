/** A PDF's pages as pdfjs reads them (text items with their size), for the tests that print. */
import { spawnSync } from "child_process";
import * as path from "path";
import { pageLines, type PdfTextItem } from "../../src/workbook/pdf";

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly items: readonly PdfTextItem[];
  /** The page's text, line by line, as `plafond import` rebuilds it. */
  readonly lines: readonly string[];
}

export function pdfPages(file: string): PdfPage[] {
  const script = path.join(__dirname, "pdf-items.mjs");
  const r = spawnSync(process.execPath, [script, file], { encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`pdfjs: ${r.stderr}`);
  const pages = JSON.parse(r.stdout) as Array<Omit<PdfPage, "lines">>;
  return pages.map((p) => ({ ...p, lines: pageLines(p.items) }));
}
