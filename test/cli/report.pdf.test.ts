/**
 * `plafond report --pdf`: the Rapport as a PDF, read back with pdfjs and compared with the JSON
 * summary of the same run: every UO and year's figures on its line (French amounts with their
 * narrow no-break spaces), the total, every anomaly's message; fonts embedded; a long table
 * split across pages with its header repeated; the reference, date and page n / N on each page.
 */
import * as fs from "fs";
import * as path from "path";
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream } from "pdf-lib";
import { writeXlsx } from "../../bench/write-xlsx";
import { formatEuroFr, formatPercentFr, money } from "../../src/domain/money";
import { caminoSheets } from "../helpers/book";
import { EXAMPLES, plafond, tmpDir } from "../helpers/cli";
import { pdfPages, type PdfPage } from "../helpers/pdf-pages";

const NNBSP = "\u202f";

interface SummaryLine {
  centreFinancier: string;
  year: number;
  ceilingAE: string;
  ceilingCP: string;
  engagedAE: string;
  paidCP: string;
  availableAE: string;
  availableCP: string;
  outstanding: string;
  engagementRate: string | null;
}

function run(input: string, dir: string) {
  const pdf = path.join(dir, `${path.basename(input, ".xlsx")}.pdf`);
  const r = plafond([
    "report",
    input,
    "--out",
    path.join(dir, "copie.xlsx"),
    "--pdf",
    pdf,
    "--as-of",
    "2020-12-31",
    "--json",
  ]);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return { summary: JSON.parse(r.stdout), pdf, pages: pdfPages(pdf) };
}

// pdfjs gives every kind of space as a plain one: the text layer is compared space for space,
// and the narrow no-break spaces are checked in the font's character map below.
const spaced = (s: string) => s.replace(/[\u202f\u00a0]/g, " ");
const euro = (s: string) => spaced(formatEuroFr(money(s)));
const flat = (pages: readonly PdfPage[]) =>
  pages
    .map((p) => p.lines.join(" "))
    .join(" ")
    .replace(/\s+/g, " ");

describe("plafond report --pdf on Camino", () => {
  const dir = tmpDir();
  const { summary, pdf, pages } = run(path.join(EXAMPLES, "camino-2020.xlsx"), dir);
  const lines = pages.flatMap((p) => p.lines);

  test("each UO and year's line holds its figures, as French amounts", () => {
    expect(summary.lines.length).toBeGreaterThan(0);
    for (const l of summary.lines as SummaryLine[]) {
      const line = lines.find((t) => t.startsWith(l.centreFinancier) && t.includes(String(l.year)));
      expect(line).toBeDefined();
      for (const figure of [
        l.ceilingAE,
        l.ceilingCP,
        l.engagedAE,
        l.paidCP,
        l.availableAE,
        l.availableCP,
        l.outstanding,
      ])
        expect(line).toContain(euro(figure));
      if (l.engagementRate !== null)
        expect(line).toContain(spaced(formatPercentFr(money(l.engagementRate))));
    }
    const total = lines.find((t) => t.startsWith("Total") && t.includes("€"));
    expect(total).toContain(euro(summary.total.ceilingAE));
    expect(total).toContain(euro(summary.total.paidCP));
  });

  test("the amounts' narrow no-break spaces are drawn with their own glyph, mapped back to U+202F", async () => {
    expect(formatEuroFr(money(summary.total.ceilingAE))).toContain(NNBSP);
    const doc = await PDFDocument.load(fs.readFileSync(pdf));
    const maps: string[] = [];
    let fontFiles = 0;
    const baseFonts: string[] = [];
    for (const [, object] of doc.context.enumerateIndirectObjects()) {
      const dict =
        object instanceof PDFRawStream ? object.dict : object instanceof PDFDict ? object : null;
      if (!dict) continue;
      if (dict.get(PDFName.of("FontFile2"))) fontFiles++;
      const base = dict.get(PDFName.of("BaseFont"));
      if (base) baseFonts.push(base.toString());
      if (
        object instanceof PDFRawStream &&
        /beginbf/.test(new TextDecoder("latin1").decode(decodePDFRawStream(object).decode()))
      )
        maps.push(new TextDecoder("latin1").decode(decodePDFRawStream(object).decode()));
    }
    // both fonts embedded (TrueType programs in the file), none left to the reader
    expect(fontFiles).toBe(2);
    expect(baseFonts.some((b) => /Helvetica|Times|Courier/.test(b))).toBe(false);
    expect(baseFonts.every((b) => /DejaVuSans/.test(b))).toBe(true);
    expect(maps.join("\n").toLowerCase()).toContain("<202f>");
    expect(maps.join("\n").toLowerCase()).toContain("<00a0>");
  });

  test("every anomaly, and the sections of the sheet", () => {
    const text = flat(pages);
    for (const issue of summary.issues) expect(text).toContain(issue.message.replace(/\s+/g, " "));
    for (const title of [
      "Rapport d'exécution de la convention MTES-DINUM-2020",
      "Situation par unité opérationnelle et exercice",
      "Par prestation",
      "Par fournisseur",
      "Exécution mois par mois",
      "Anomalies",
    ])
      expect(text).toContain(title);
    expect(text).toContain("Délégataire DINUM");
  });

  test("A4 landscape, reference, date and page n / N on every page", () => {
    pages.forEach((page, i) => {
      expect([Math.round(page.width), Math.round(page.height)]).toEqual([842, 595]);
      expect(page.lines[0]).toContain("MTES-DINUM-2020");
      expect(page.lines[0]).toContain("Situation au 31/12/2020");
      expect(page.lines[page.lines.length - 1]).toBe(`page ${i + 1} / ${pages.length}`);
    });
  });

  test("the same report gives the same bytes", () => {
    const again = run(path.join(EXAMPLES, "camino-2020.xlsx"), tmpDir());
    expect(fs.readFileSync(again.pdf).equals(fs.readFileSync(pdf))).toBe(true);
  });
});

describe("plafond report --pdf with 400 anomalies", () => {
  const dir = tmpDir();
  const rows = Array.from({ length: 400 }, (_, i) => [
    String(2103200000 + i),
    "15/06/2020",
    "0113-PEBC-ELAB",
    "0113-07-16",
    "011301MB0699",
    "DININCUB75",
    "F",
    "Devops",
    100,
  ]);
  const input = path.join(dir, "anomalies.xlsx");
  fs.writeFileSync(input, writeXlsx(caminoSheets(rows)));
  const { summary, pages } = run(input, dir);

  test("the anomalies run over pages, each with the table's header first", () => {
    const HEADER = /^Gravité\s+Code\s+Feuille\s+Ligne\s+Colonne\s+Message/;
    const withAnomalies = pages.filter((p) =>
      p.lines.some((l) => l.includes("IMPUTATION_NOT_AUTHORISED"))
    );
    expect(withAnomalies.length).toBeGreaterThan(3);
    for (const page of withAnomalies) {
      const first = page.lines.findIndex((l) => /^(Erreur|Avertissement)\s/.test(l));
      const before = page.lines.slice(0, first).filter((l) => l !== "");
      // the header row right above the page's first anomaly (under the title on later pages)
      expect(before[before.length - 1]).toMatch(HEADER);
    }
    // every anomaly once, none lost at a page break
    const count = pages
      .flatMap((p) => p.lines)
      .filter((l) => l.includes("IMPUTATION_NOT_AUTHORISED")).length;
    expect(count).toBe(
      summary.issues.filter((i: { code: string }) => i.code === "IMPUTATION_NOT_AUTHORISED").length
    );
  });
});
