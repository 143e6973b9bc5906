/* global process */
// Prints the text items of every page of a PDF as JSON (pdfjs-dist, local): run in a child
// process, as pdfjs is an ES module that jest's CommonJS transform does not load.
import * as fs from "fs";
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";

const data = new Uint8Array(fs.readFileSync(process.argv[2]));
const doc = await pdfjs.getDocument({
  data,
  disableFontFace: true,
  useSystemFonts: false,
  isEvalSupported: false,
  verbosity: 0,
}).promise;
const pages = [];
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  const [, , width, height] = page.view;
  const content = await page.getTextContent();
  const items = content.items
    .filter((i) => typeof i.str === "string" && i.transform)
    .map((i) => ({
      str: i.str,
      x: i.transform[4],
      y: i.transform[5],
      width: i.width,
      height: i.height || Math.hypot(i.transform[0], i.transform[1]),
    }));
  const fonts = Object.values(content.styles ?? {}).map((s) => s.fontFamily);
  pages.push({ width, height, items, fonts });
}
process.stdout.write(JSON.stringify(pages));
