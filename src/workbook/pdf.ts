/**
 * Text of a PDF, extracted locally with pdfjs-dist: nothing leaves the machine (no worker, font
 * or CMap is fetched; no eval). pdfjs gives positioned fragments of text; lines are rebuilt from
 * their vertical position, and a wide vertical gap becomes a blank line, as a text export shows.
 */

import { UnreadableInput } from "../grid";

export type PdfErrorCode = "NOT_PDF" | "PASSWORD" | "NO_TEXT";

export const PDF_MESSAGES: Readonly<Record<PdfErrorCode, string>> = {
  NOT_PDF: "le fichier n'est pas un PDF lisible",
  PASSWORD: "le PDF est protégé par un mot de passe : enregistrez-en une copie sans mot de passe",
  NO_TEXT:
    "le PDF ne contient pas de texte (document numérisé sans reconnaissance de caractères ?)",
};

export class PdfReadError extends UnreadableInput {
  constructor(readonly code: PdfErrorCode) {
    super(PDF_MESSAGES[code]);
    this.name = "PdfReadError";
    Object.setPrototypeOf(this, PdfReadError.prototype);
  }
}

/** A fragment of text as pdfjs places it (PDF units, y upwards). */
export interface PdfTextItem {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

interface Row {
  y: number;
  height: number;
  items: PdfTextItem[];
}

/** Lines of one page, top to bottom; items whose baselines are close enough share a line. */
export function pageLines(items: readonly PdfTextItem[]): string[] {
  const sorted = items.filter((i) => i.str.trim() !== "").sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Row[] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    const h = item.height || 10;
    if (row && Math.abs(row.y - item.y) <= Math.max(1.5, 0.45 * Math.min(h, row.height)))
      row.items.push(item);
    else rows.push({ y: item.y, height: h, items: [item] });
  }
  const out: string[] = [];
  rows.forEach((row, i) => {
    // A gap of more than about one and a half lines is a paragraph or a table cell break.
    if (i > 0 && rows[i - 1].y - row.y > 1.8 * Math.max(row.height, rows[i - 1].height))
      out.push("");
    out.push(joinRow(row.items.sort((a, b) => a.x - b.x)));
  });
  return out;
}

function joinRow(items: readonly PdfTextItem[]): string {
  let text = "";
  let end = -Infinity;
  for (const item of items) {
    const gap = item.x - end;
    const spaced = text === "" || text.endsWith(" ") || item.str.startsWith(" ");
    const size = item.height || 10;
    // Fragments of one word touch; a gap of a fraction of the font size is a space, a wide one
    // separates table cells and is kept as two spaces, so that "300 000  120 000" stays two numbers.
    const sep = gap > 1.5 * size ? "  " : gap > 0.15 * size ? " " : "";
    text += spaced ? item.str : sep + item.str;
    end = item.x + item.width;
  }
  return text.replace(/ {3,}/g, "  ").trimEnd();
}

/** The minimal part of pdfjs this module uses (its types ship as ES module declarations). */
interface PdfJs {
  getDocument(options: Record<string, unknown>): { promise: Promise<PdfDocument> };
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }>; cleanup(): void }>;
  destroy(): Promise<void>;
}
interface RawItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

// Kept in a variable so that bundlers leave the import to run time: pdfjs is an ES module
// that loads its own worker file next to it.
export const PDFJS = "pdfjs-dist/legacy/build/pdf.mjs";

function toItem(raw: RawItem): PdfTextItem | null {
  if (typeof raw.str !== "string" || !raw.transform) return null;
  const [a, b, , d, x, y] = raw.transform;
  return {
    str: raw.str,
    x,
    y,
    width: raw.width ?? 0,
    height: raw.height || Math.hypot(a, b) || Math.abs(d),
  };
}

/**
 * The text of a PDF, page after page. `load` gives pdfjs: by default its legacy build from
 * node_modules (the command line); a browser host passes its own bundled build and worker.
 */
export async function extractPdfText(
  bytes: Uint8Array,
  load: () => Promise<unknown> = () => import(PDFJS)
): Promise<string> {
  // The signature may follow a few bytes of junk, as readers tolerate.
  if (!new TextDecoder("latin1").decode(bytes.subarray(0, 1024)).includes("%PDF-"))
    throw new PdfReadError("NOT_PDF");
  const pdfjs = (await load()) as PdfJs;
  let doc: PdfDocument;
  try {
    doc = await pdfjs.getDocument({
      // A plain copy: pdfjs refuses a Node Buffer and takes ownership of what it is given.
      data: new Uint8Array(bytes),
      disableFontFace: true,
      useSystemFonts: false,
      isEvalSupported: false,
      disableAutoFetch: true,
      disableStream: true,
      verbosity: 0,
    }).promise;
  } catch (e) {
    throw new PdfReadError((e as Error).name === "PasswordException" ? "PASSWORD" : "NOT_PDF");
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(
        pageLines(
          content.items.map((i) => toItem(i as RawItem)).filter((i): i is PdfTextItem => i !== null)
        ).join("\n")
      );
      page.cleanup();
    }
    const text = pages.join("\n\n");
    if (text.trim() === "") throw new PdfReadError("NO_TEXT");
    return text;
  } finally {
    await doc.destroy();
  }
}
