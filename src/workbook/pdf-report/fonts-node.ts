/**
 * The PDF's fonts for the command line: DejaVu Sans (regular and bold) from the dejavu-fonts-ttf
 * package, installed with Plafond. It covers French, the euro sign and U+202F, the narrow
 * no-break space of French amounts. Read from disk: nothing is fetched.
 */
import * as fs from "fs";
import type { PdfFonts } from "./render";

export function dejaVuFonts(): PdfFonts {
  const file = (name: string) =>
    new Uint8Array(fs.readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${name}`)));
  return { regular: file("DejaVuSans.ttf"), bold: file("DejaVuSans-Bold.ttf") };
}
