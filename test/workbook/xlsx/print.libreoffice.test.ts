/**
 * The Rapport of the command line's copy, printed: exported to PDF by LibreOffice (installed
 * when absent, see test/helpers/libreoffice.ts) and read back with pdfjs. Every page of the
 * Rapport is A4 landscape, readable (the text at 60 % of its size or more), has the title rows,
 * the header (reference, reporting date) and the footer "page n / N"; the pages break where
 * print.ts says, and nowhere else; a table that fits on a page is on one page.
 */
import * as fs from "fs";
import * as path from "path";
import { writeXlsx } from "../../../bench/write-xlsx";
import { printLayout } from "../../../src/domain/report/print";
import { caminoSheets } from "../../helpers/book";
import { EXAMPLES, plafond, tmpDir } from "../../helpers/cli";
import { toPdf } from "../../helpers/libreoffice";
import { pdfPages, type PdfPage } from "../../helpers/pdf-pages";
import { reportModelOf } from "../../helpers/report-model";

jest.setTimeout(600_000); // the first run may install LibreOffice

const TITLE = "Rapport d'exécution de la convention MTES-DINUM-2020";
const BODY_POINTS = 11; // the workbooks' Calibri 11

/** A Camino with 400 engagements on an unauthorised activity: 400 anomalies, several pages. */
function manyAnomalies(dir: string): string {
  const rows = Array.from({ length: 400 }, (_, i) => [
    String(2103200000 + i),
    "15/06/2020",
    "0113-PEBC-ELAB",
    "0113-07-16",
    "011301MB0699",
    "DININCUB75",
    `Fournisseur ${i % 7}`,
    "Devops",
    100,
  ]);
  const file = path.join(dir, "camino-anomalies.xlsx");
  fs.writeFileSync(file, writeXlsx(caminoSheets(rows)));
  return file;
}

function reportPages(file: string, dir: string): PdfPage[] {
  const out = path.join(dir, path.basename(file).replace(".xlsx", ".rapport.xlsx"));
  const r = plafond(["report", file, "--out", out, "--as-of", "2020-12-31"]);
  expect(r.status).toBe(0);
  // LibreOffice prints every sheet: the Rapport's pages are those with its title.
  return pdfPages(toPdf(out, dir)).filter((p) => p.lines.some((l) => l.includes(TITLE)));
}

/** Items of the page's body: not the header's or the footer's band. */
function bodyItems(page: PdfPage) {
  return page.items.filter((i) => i.str.trim() !== "" && i.y > 40 && i.y < page.height - 40);
}

describe.each([
  ["Camino", () => path.join(EXAMPLES, "camino-2020.xlsx")],
  ["400 anomalies", (dir: string) => manyAnomalies(dir)],
])("the Rapport printed (%s)", (_name, input) => {
  const dir = tmpDir();
  let pages: PdfPage[];
  let file: string;
  beforeAll(() => {
    file = input(dir);
    pages = reportPages(file, dir);
  });

  test("A4 landscape; the header and the footer on every page; the title rows repeated", () => {
    expect(pages.length).toBeGreaterThan(0);
    pages.forEach((page) => {
      expect(Math.round(page.width)).toBe(842);
      expect(Math.round(page.height)).toBe(595);
      const text = page.lines.join("\n");
      expect(text).toContain("MTES-DINUM-2020");
      expect(text).toContain("Situation au 31/12/2020");
      expect(text).toMatch(/page \d+ \/ \d+/);
      expect(page.lines.find((l) => l.includes(TITLE))).toBeDefined();
      // the rows repeated under the header: the title is the body's first line
      const first = bodyItems(page).sort((a, b) => b.y - a.y)[0];
      expect(first.str).toContain("Rapport d'exécution");
    });
    // numbered in order, one number per page (LibreOffice counts the other sheets' pages too)
    const numbers = pages.map((p) => Number(/page (\d+) \//.exec(p.lines.join(" "))![1]));
    numbers.forEach((n, i) => i > 0 && expect(n).toBe(numbers[i - 1] + 1));
  });

  test("every page readable: one page wide at 60 % or more", () => {
    const scales = pages.map(
      (page) => Math.min(...bodyItems(page).map((i) => i.height)) / BODY_POINTS
    );
    console.log(
      `${pages.length} page(s) printed at ${scales.map((s) => `${Math.round(s * 100)} %`).join(", ")}`
    );
    for (const [n, page] of pages.entries()) {
      expect(scales[n]).toBeGreaterThanOrEqual(0.6);
      // nothing past the right margin: the width fits one page
      for (const i of bodyItems(page)) expect(i.x + i.width).toBeLessThanOrEqual(page.width - 10);
    }
  });

  test("the pages break where print.ts says, and nowhere else", async () => {
    const layout = printLayout(await reportModelOf(file, "2020-12-31"));
    expect(pages).toHaveLength(layout.rowBreaks.length + 1);
  });

  test("a table that fits on a page is not cut: its title and its last row on the same page", () => {
    const pageOf = (text: string) => pages.findIndex((p) => p.lines.some((l) => l.includes(text)));
    const together = [
      ["Situation par unité opérationnelle et exercice", "Total"],
      ["Par prestation", "Devops"],
      ["Exécution mois par mois", "Plafond CP"],
    ];
    for (const [title, row] of together) {
      expect(pageOf(title)).toBeGreaterThanOrEqual(0);
      expect(pages[pageOf(title)].lines.some((l) => l.includes(row))).toBe(true);
    }
  });
});
