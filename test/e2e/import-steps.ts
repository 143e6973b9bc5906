/**
 * The pane's import in the browser, run by preview.test.ts once a workbook that is not a
 * convention is open (the pane then opens its import by itself): the Camino convention pasted,
 * what was found with a source sentence shown, axe-core on that view, the new workbook
 * downloaded and read back; then the same convention as a PDF, read by the pane's own pdfjs
 * chunk and worker, fetched from the add-in's server only at that moment.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Page } from "playwright-core";
import { textToPdf } from "../import/helpers";
import { axeViolations, downloadWorkbook, plain } from "./browser";

const TEXT = fs.readFileSync(
  path.join(__dirname, "fixtures", "mtes-dinum-camino-2020.txt"),
  "utf8"
);

const CEILINGS = [
  "0113-PEBC-ELAB · 2020 · DGALN AE 140 000,00 € · CP 140 000,00 €",
  "0113-PEBC-ELAB · 2020 · ONF · à rétablir AE 80 000,00 € · CP 80 000,00 €",
  "0181-CPRI-ELAB · 2020 · DGPR AE 100 000,00 € · CP 100 000,00 €",
];
const READ = "Convention lue : 3 plafonds, 2 imputations, 2 champs à compléter.";

async function ceilingsShown(page: Page): Promise<string[]> {
  const items = await page.locator("li[data-ceiling]").all();
  const texts = await Promise.all(
    items.map(async (li) =>
      plain(
        `${await li.locator("p").first().textContent()} ${await li.locator("[data-amounts]").textContent()}`
      )
    )
  );
  return texts;
}

interface Context {
  readonly page: Page;
  readonly origin: string;
  readonly requests: readonly string[];
}

export function importSteps(context: () => Context): void {
  test("a pasted convention: its ceilings, a source on demand, what is missing, in French", async () => {
    const { page } = context();
    await page.getByRole("heading", { name: "Importer une convention" }).waitFor();
    await page.getByLabel("Texte de la convention").fill(TEXT);
    await page.getByRole("button", { name: "Lire la convention" }).click();
    await page.getByRole("status").filter({ hasText: READ }).waitFor();

    expect(await ceilingsShown(page)).toEqual(CEILINGS);
    const reference = page.locator('[data-field="reference"] dd');
    expect(plain(await reference.textContent())).toMatch(/^MTES-DINUM-2020/);
    const imputations = await page.locator("li[data-imputation]").allTextContents();
    expect(imputations.map(plain)).toEqual([
      expect.stringContaining("Domaine fonctionnel : 0113-07-16Activité : 011301MB0601"),
      expect.stringContaining("Domaine fonctionnel : 0181-11-03Activité : 018111AM0303"),
    ]);

    // Its name says what it does: "Voir…", then "Masquer…" once open.
    const toggle = page.getByRole("button", {
      name: /phrase source : plafond 0113-PEBC-ELAB 2020 · ONF/,
    });
    expect(await toggle.getAttribute("aria-label")).toMatch(/^Voir la phrase source/);
    await toggle.click();
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    expect(await toggle.getAttribute("aria-label")).toMatch(/^Masquer la phrase source/);
    const quote = page.locator(`[id="${await toggle.getAttribute("aria-controls")}"]`);
    expect(plain(await quote.textContent())).toContain("80 000 EUR (à rétablir)");

    expect(await page.getByTestId("import-missing").locator("li").allTextContents()).toEqual([
      "Date de signature",
      "Date de début",
    ]);
    expect(await axeViolations(page)).toEqual([]);
  });

  test("Créer les feuilles offers the new workbook; read back, it holds the convention's sheets", async () => {
    const { page } = context();
    await page.getByRole("button", { name: "Créer les feuilles" }).click();
    const book = await downloadWorkbook(page, "MTES-DINUM-2020.xlsx");
    expect(book.sheets).toEqual([
      "Convention",
      "Plafonds",
      "Imputations",
      "Engagements",
      "Paiements",
      "Prévisions",
      "Sources",
    ]);
    expect(book.rowsOf("Plafonds").slice(1)).toEqual([
      ["0113-PEBC-ELAB", 2020, "DGALN", "Mise à disposition", "Convention", 140000, 140000],
      ["0113-PEBC-ELAB", 2020, "ONF", "À rétablir", "Convention", 80000, 80000],
      ["0181-CPRI-ELAB", 2020, "DGPR", "Mise à disposition", "Convention", 100000, 100000],
    ]);
    expect(book.rowsOf("Engagements")[0]).toContain("N° EJ");
    expect(await axeViolations(page)).toEqual([]);
  });

  test("a PDF: pdfjs comes from the add-in's server only now, and reads what the text gave", async () => {
    const { page, origin, requests } = context();
    const pdfjs = () => requests.filter((u) => u.includes("pdfjs"));
    expect(pdfjs()).toEqual([]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "plafond-pdf-")), "camino.pdf");
    fs.writeFileSync(file, await textToPdf(TEXT));
    await page.getByLabel("Ou son fichier (PDF ou texte)").setInputFiles(file);
    await page.getByRole("button", { name: "Lire la convention" }).click();
    await page.getByText("Texte lu dans camino.pdf", { exact: false }).waitFor();
    await page.getByRole("status").filter({ hasText: READ }).waitFor();

    expect(await ceilingsShown(page)).toEqual(CEILINGS);
    expect(await page.getByLabel("Texte de la convention").inputValue()).toContain(
      "Convention de délégation de gestion"
    );
    expect(pdfjs().map((u) => u.replace(/\.[0-9a-f]{8}\.js$/, ".js"))).toEqual([
      `${origin}/pdfjs.js`,
      `${origin}/pdfjs/pdf.worker.min.js`,
    ]);
  });
}
