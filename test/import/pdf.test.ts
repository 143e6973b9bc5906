/** `plafond import` of PDFs made with pdf-lib from the conventions' texts (extraction by pdfjs-dist). */
import * as fs from "fs";
import * as path from "path";
import { tmpDir } from "../helpers/cli";
import { errorsOf, importJson } from "./cli-helpers";
import { CAMINO_TXT, MEAE_TXT, fixture, textToPdf, CAMINO_CEILINGS } from "./helpers";

describe("PDFs made from the conventions", () => {
  const dir = tmpDir();
  const pdfOf = async (text: string, name: string, columns = false) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, await textToPdf(text, { columns }));
    return file;
  };

  test.each([
    ["Camino", CAMINO_TXT],
    ["MEAE", MEAE_TXT],
  ])("%s: the PDF gives what the text gives", async (name, txt) => {
    const pdf = await pdfOf(fs.readFileSync(txt, "utf8"), `${name}.pdf`);
    const fromPdf = importJson(pdf, path.join(dir, `${name}-pdf.xlsx`));
    const fromText = importJson(txt, path.join(dir, `${name}-txt.xlsx`));
    expect(fromPdf.ceilings).toEqual(fromText.ceilings);
    expect(fromPdf.imputations).toEqual(fromText.imputations);
    for (const k of [
      "reference",
      "delegataire",
      "signature",
      "start",
      "end",
      "noticeMonths",
      "unresolved",
    ])
      expect(fromPdf[k]).toEqual(fromText[k]);
    expect(fromPdf.ceilings.length).toBeGreaterThan(0);
    expect(errorsOf(path.join(dir, `${name}-pdf.xlsx`)).errors).toEqual([]);
  });

  test("Camino's table laid out in columns: cells on one baseline, AE and CP side by side", async () => {
    const pdf = await pdfOf(fixture("camino-table-columns.txt"), "columns.pdf", true);
    const j = importJson(pdf, path.join(dir, "columns.xlsx"));
    expect(j.ceilings).toEqual(CAMINO_CEILINGS);
    expect(j.warnings).toEqual([]);
  });

  test("the three-year table with bare amounts, read back from a PDF", async () => {
    const pdf = await pdfOf(fixture("variant-table-years.txt"), "years.pdf");
    const j = importJson(pdf, path.join(dir, "years.xlsx"));
    expect(
      j.ceilings.map(
        (c: Record<string, string>) => `${c.centreFinancier} ${c.year} ${c.ae} ${c.cp}`
      )
    ).toEqual([
      "0112-CANC-DPAR 2022 300000.00 120000.00",
      "0112-CANC-DPAR 2023 0.00 150000.00",
      "0112-CANC-DPAR 2024 0.00 30000.00",
      "0352-CDIN-INCU 2022 60000.00 50000.00",
      "0352-CDIN-INCU 2023 40000.00 50000.00",
    ]);
  });
});
