/**
 * The pane in Office's dark theme (the preview's `?theme=dark`) and in the light one: Fluent's
 * dark theme over the whole page, axe-core without a serious or critical violation in both;
 * and "Télécharger le PDF" after a report: the PDF made in the browser (pdf-lib and the fonts
 * fetched from the add-in's own server, nothing else), downloaded and read back with pdfjs.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { pdfPages } from "../helpers/pdf-pages";
import { ARGS, axeViolations, CHROMIUM, plain } from "./browser";
import { buildOnce, ROOT } from "./build-once";
import { serveFolder, type StaticServer } from "./static-server";

const CAMINO = path.join(ROOT, "examples", "camino-2020.xlsx");

describe.each([
  ["dark", "?theme=dark"],
  ["light", ""],
])("the pane in the %s theme", (theme, query) => {
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "plafond-chromium-"));

  beforeAll(async () => {
    server = await serveFolder(buildOnce());
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: ARGS,
      acceptDownloads: true,
      viewport: { width: 420, height: 900 },
      locale: "fr-FR",
    });
    context.on("request", (r) => requests.push(r.url()));
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.origin}/preview.html${query}`);
    await page.getByLabel("Classeur de convention (.xlsx)").setInputFiles(CAMINO);
    await page.getByLabel("Situation arrêtée au").fill("2020-12-31");
    await page.getByText("situation au 31/12/2020").waitFor();
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    fs.rmSync(profile, { recursive: true, force: true });
  });

  test("the page takes the theme's background; axe finds nothing serious", async () => {
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
    if (theme === "dark") expect(r + g + b).toBeLessThan(3 * 80);
    else expect(r + g + b).toBeGreaterThan(3 * 200);
    await page.getByRole("button", { name: "Vérifier" }).click();
    await page.getByRole("heading", { name: "Anomalies (7)" }).waitFor(); // the list, loaded on demand
    expect(await axeViolations(page)).toEqual([]);
  });

  test("Télécharger le PDF: the Rapport as a PDF, its figures those of the overview", async () => {
    await page.getByRole("button", { name: "Générer le rapport" }).click();
    await page.getByText("Feuille « Rapport » créée", { exact: false }).waitFor();
    await page.getByRole("button", { name: "Télécharger le PDF" }).click();
    const link = page.getByRole("link", { name: "télécharger MTES-DINUM-2020.rapport.pdf" });
    await link.waitFor({ timeout: 60_000 });
    expect(await axeViolations(page)).toEqual([]);
    // to look at (test/tmp is not committed)
    await page.screenshot({
      path: path.join(ROOT, "test", "tmp", `taskpane-${theme}.png`),
      fullPage: true,
    });
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe("MTES-DINUM-2020.rapport.pdf");
    const file = path.join(profile, "rapport.pdf");
    fs.copyFileSync((await download.path())!, file);
    const pages = pdfPages(file);
    expect(pages.length).toBeGreaterThan(1);
    const total = pages
      .flatMap((p) => p.lines)
      .find((l) => l.startsWith("Total") && l.includes("€"));
    expect(plain(total ?? "")).toContain(
      // As of 31/12/2020: the DP entered twice counts once, the DP of 2021 is later.
      "320 000,00 € 320 000,00 € 80 000,00 € 275 000,00 € 213 500,00 €"
    );
    expect(pages[0].lines[0]).toContain("MTES-DINUM-2020");
    // pdf-lib's chunk and the fonts came from the add-in's own server, as everything else
    expect(requests.some((u) => /\/fonts\/DejaVuSans\.[0-9a-f]{8}\.ttf$/.test(u))).toBe(true);
    const outside = requests.filter(
      (u) => !u.startsWith(`${server.origin}/`) && !u.startsWith("blob:") && !u.startsWith("data:")
    );
    expect(outside).toEqual([]);
  });
});
