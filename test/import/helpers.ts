/** Test helpers: PDFs made from convention texts (pdf-lib, a standard font), fixtures, the CLI. */
import * as fs from "fs";
import * as path from "path";
import { PDFDocument, type PDFFont, StandardFonts } from "pdf-lib";

export const CONVENTIONS = path.join(__dirname, "..", "..", "..", "shared", "conventions");
export const CAMINO_TXT = path.join(CONVENTIONS, "mtes-dinum-camino-2020.txt");
export const MEAE_TXT = path.join(CONVENTIONS, "meae-dinum-2020.txt");
export const FIXTURES = path.join(__dirname, "fixtures");

export const fixture = (name: string): string => fs.readFileSync(path.join(FIXTURES, name), "utf8");

/** Characters Helvetica cannot encode in WinAnsi, as a typist would replace them. */
const REPLACE: Record<string, string> = {
  "●": "-",
  "○": "-",
  "■": "-",
  "▪": "-",
  "‧": ".",
  "\u202f": " ",
  "\u2009": " ",
};

function winAnsi(font: PDFFont, line: string): string {
  const supported = new Set(font.getCharacterSet());
  return [...line]
    .map((ch) => (supported.has(ch.codePointAt(0) ?? 0) ? ch : (REPLACE[ch] ?? "?")))
    .join("");
}

/** Splits a line into pieces that fit `width`: the broken lines of a PDF. */
function wrap(font: PDFFont, size: number, line: string, width: number): string[] {
  const out: string[] = [];
  let current = "";
  for (const word of line.split(" ")) {
    const next = current === "" ? word : `${current} ${word}`;
    if (current !== "" && font.widthOfTextAtSize(next, size) > width) {
      out.push(current);
      current = word;
    } else current = next;
  }
  out.push(current);
  return out;
}

/**
 * A PDF of `text`, one text line per line, wrapped at the page width. With `columns`, a line
 * holding " | " is drawn as table cells at fixed x positions (the cells share a baseline).
 */
export async function textToPdf(
  text: string,
  options: { columns?: boolean; size?: number } = {}
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const size = options.size ?? 10;
  const lead = size * 1.3;
  let page = doc.addPage([595, 842]);
  let y = 842 - 50;
  const newLine = () => {
    y -= lead;
    if (y < 50) {
      page = doc.addPage([595, 842]);
      y = 842 - 50;
    }
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = winAnsi(font, raw.replace(/\t/g, " ").trimEnd());
    if (options.columns && line.includes(" | ")) {
      line
        .split(" | ")
        .forEach((cell, i) =>
          page.drawText(cell.trim(), { x: 40 + i * 185, y, size: size - 1, font })
        );
      newLine();
      continue;
    }
    for (const piece of wrap(font, size, line, 495)) {
      if (piece.trim() !== "") page.drawText(piece, { x: 50, y, size, font });
      newLine();
    }
  }
  return doc.save();
}

/** The real Camino ceilings (convention text, article 2), as `--json` writes them. */
export const CAMINO_CEILINGS = [
  {
    centreFinancier: "0113-PEBC-ELAB",
    year: 2020,
    financeur: "DGALN",
    nature: "Mise à disposition",
    ae: "140000.00",
    cp: "140000.00",
  },
  {
    centreFinancier: "0113-PEBC-ELAB",
    year: 2020,
    financeur: "ONF",
    nature: "À rétablir",
    ae: "80000.00",
    cp: "80000.00",
  },
  {
    centreFinancier: "0181-CPRI-ELAB",
    year: 2020,
    financeur: "DGPR",
    nature: "Mise à disposition",
    ae: "100000.00",
    cp: "100000.00",
  },
];
