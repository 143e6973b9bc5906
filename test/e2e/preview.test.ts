/**
 * The task pane in a real browser (Debian's Chromium through playwright-core), on the preview
 * page: the Camino example opened from disk, overview figures, anomalies, the report downloaded
 * and read back, a workbook that is not a convention, the import of a convention (pasted text,
 * then a PDF read by the bundled pdfjs; import-steps.ts), axe-core, and no request beyond
 * 127.0.0.1.
 * Built once per run (build-once.ts), served by a tiny http server: no certificates needed.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { ARGS, axeViolations, CHROMIUM, downloadWorkbook, plain } from "./browser";
import { buildOnce, ROOT } from "./build-once";
import { importSteps } from "./import-steps";
import { serveFolder, type StaticServer } from "./static-server";

const CAMINO = path.join(ROOT, "examples", "camino-2020.xlsx");
// The README's picture is refreshed on demand (UPDATE_SCREENSHOT=1 npm run test:e2e), so that a test
// run leaves the tree clean.
const SCREENSHOT = process.env.UPDATE_SCREENSHOT
  ? path.join(ROOT, "docs", "taskpane.png")
  : path.join(ROOT, "test", "tmp", "taskpane.png");
/** A workbook missing what a convention needs, written to a temporary file. */
async function brokenWorkbook(dir: string, withImputations: boolean): Promise<string> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Convention").addRows([
    ["Référence", "X-2020"],
    ["Délégant", "A"],
    ["Délégataire", "B"],
  ]);
  book.addWorksheet("Plafonds").addRows([
    ["Centre financier", "Exercice", "AE"],
    ["0113-PEBC-ELAB", 2020, 1000],
  ]);
  if (withImputations)
    book
      .addWorksheet("Imputations")
      .addRows([["Centre financier", "Domaine fonctionnel", "Activité", "Centre de coûts"]]);
  const file = path.join(dir, withImputations ? "sans-colonne-cp.xlsx" : "sans-imputations.xlsx");
  await book.xlsx.writeFile(file);
  return file;
}

describe("the task pane preview in Chromium", () => {
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "plafond-chromium-"));
  const started = Date.now();
  let builtAt = started;

  beforeAll(async () => {
    const folder = buildOnce();
    builtAt = Date.now();
    server = await serveFolder(folder);
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: ARGS,
      acceptDownloads: true,
      viewport: { width: 420, height: 900 },
      locale: "fr-FR",
    });
    context.on("request", (r) => requests.push(r.url()));
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.origin}/preview.html`);
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    fs.rmSync(profile, { recursive: true, force: true });
    const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    console.log(
      `e2e: build ${sec(builtAt - started)} (0 when up to date), browser ${sec(Date.now() - builtAt)}`
    );
  });

  test("opens Camino and shows the overview figures as of 31/12/2020", async () => {
    await page.getByLabel("Classeur de convention (.xlsx)").setInputFiles(CAMINO);
    await page.getByLabel("Situation arrêtée au").fill("2020-12-31");
    await page.getByText("situation au 31/12/2020").waitFor();
    const figure = async (name: string) =>
      plain(await page.locator(`dd[data-figure="${name}"]`).textContent());
    expect(await figure("Plafond AE")).toBe("320 000,00 €");
    expect(await figure("AE engagées")).toBe("275 000,00 €");
    expect(await figure("AE disponibles")).toBe("45 000,00 €");
    expect(await figure("Plafond CP")).toBe("320 000,00 €");
    expect(await figure("dont à rétablir")).toBe("80 000,00 €");
    // As of 31/12/2020: the DP entered twice counts once, the DP of 2021 is later.
    expect(await figure("CP payés")).toBe("213 500,00 €");
    expect(await figure("CP disponibles")).toBe("26 500,00 €"); // ONF's 80 000 € still to restore
    expect(await figure("Restes à payer")).toBe("61 500,00 €");
    const ae = page.getByRole("progressbar", { name: "Taux d'engagement des AE" });
    const cp = page.getByRole("progressbar", { name: "Taux de consommation des CP" });
    expect([
      await ae.getAttribute("aria-valuenow"),
      plain(await ae.getAttribute("aria-valuetext")),
    ]).toEqual(["0.8594", "85,94 %"]);
    expect([
      await cp.getAttribute("aria-valuenow"),
      plain(await cp.getAttribute("aria-valuetext")),
    ]).toEqual(["0.6672", "66,72 %"]);
    expect(await page.getByText("1 erreur, 6 avertissements.").isVisible()).toBe(true);
    // The DP of 15/01/2021 is later than the date: said, not counted.
    expect(
      await page
        .getByText("1 ligne postérieure au 31/12/2020, non comptée", { exact: false })
        .isVisible()
    ).toBe(true);
  });

  test("Vérifier lists the anomalies by severity and sheet; Enter on one selects its cell", async () => {
    await page.getByRole("button", { name: "Vérifier" }).click();
    await page.getByRole("heading", { name: "Anomalies (7)" }).waitFor();
    expect(await page.getByRole("heading", { name: "Erreurs (1)" }).isVisible()).toBe(true);
    expect(await page.getByRole("heading", { name: "Avertissements (6)" }).isVisible()).toBe(true);
    const errorSheets = await page
      .locator('section[aria-labelledby="anomalies-error"] h4')
      .allTextContents();
    expect(errorSheets).toEqual(["Engagements (1)"]);
    const item = page.locator('button[data-issue="IMPUTATION_NOT_AUTHORISED"]');
    expect(plain(await item.textContent())).toContain("Ligne 12, colonne Activité");
    await item.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("status").filter({ hasText: "'Engagements'!E12" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  test("Générer le rapport shows its progress, says what it wrote, and the download holds the Rapport", async () => {
    await page.evaluate(() => {
      const w = window as unknown as { sawProgress: boolean };
      w.sawProgress = false;
      new MutationObserver(() => {
        if (
          document.querySelector(
            '[role="progressbar"][aria-valuetext="Écriture de la feuille Rapport…"]'
          )
        )
          w.sawProgress = true;
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page.getByRole("button", { name: "Générer le rapport" }).click();
    const done = page.getByText("Feuille « Rapport » créée", { exact: false });
    await done.waitFor();
    expect(
      await page.evaluate(() => (window as unknown as { sawProgress: boolean }).sawProgress)
    ).toBe(true);
    expect(plain(await done.textContent())).toMatch(
      /Feuille « Rapport » créée : \d+ lignes, 7 anomalies listées\./
    );

    const book = await downloadWorkbook(page, "camino-2020.rapport.xlsx");
    expect(book.sheets).toEqual([
      "Convention",
      "Plafonds",
      "Imputations",
      "Engagements",
      "Paiements",
      "Prévisions",
      "Rapport",
    ]);
    const total = book.rowsOf("Rapport").find((r) => r[0] === "Total")!;
    expect(total.slice(2, 7)).toEqual([320000, 320000, 80000, 275000, 213500]);

    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(fs.statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
    expect(await axeViolations(page)).toEqual([]);
  });

  test("a workbook that is not a convention: the missing sheet, then the missing column, in French", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plafond-e2e-"));
    await page
      .getByLabel("Classeur de convention (.xlsx)")
      .setInputFiles(await brokenWorkbook(dir, false));
    const bar = page.getByText("Ce classeur n'est pas un classeur de convention", { exact: true });
    await bar.waitFor();
    expect(
      await page.getByText("La feuille « Imputations » est absente", { exact: false }).isVisible()
    ).toBe(true);
    expect(await page.getByRole("button", { name: "Générer le rapport" }).isDisabled()).toBe(true);

    await page
      .getByLabel("Classeur de convention (.xlsx)")
      .setInputFiles(await brokenWorkbook(dir, true));
    await page
      .getByText("La colonne « CP » est absente de la feuille « Plafonds »", { exact: false })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  importSteps(() => ({ page, origin: server.origin, requests }));

  test("no request left 127.0.0.1", () => {
    expect(requests).toContain(`${server.origin}/preview.html`);
    // production builds name scripts after their content
    expect(requests.some((u) => /\/preview\.[0-9a-f]{8}\.js$/.test(u))).toBe(true);
    const outside = requests.filter(
      (u) => !u.startsWith(`${server.origin}/`) && !u.startsWith("blob:") && !u.startsWith("data:")
    );
    expect(outside).toEqual([]);
    expect(requests.some((u) => u.includes("office.js"))).toBe(false);
  });
});
