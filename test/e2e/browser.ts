/** What the browser tests share: Chromium's options, French spaces made plain, axe-core. */
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
export const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Spaces as the pane writes them (U+202F between thousands, U+00A0 before € and %) made plain. */
export const plain = (s: string | null) =>
  (s ?? "")
    .replace(/[\u202f\u00a0]/g, " ")
    .replace(/\s+/g, " ")
    .trim();

interface AxeResult {
  violations: Array<{
    id: string;
    impact: string | null;
    help: string;
    nodes: Array<{ target: string[] }>;
  }>;
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run(): Promise<unknown> } }).axe.run()
  )) as AxeResult;
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`
    );
}

/**
 * Clicks the pane's download link, checks the file name it offers and reads the workbook back:
 * its sheet names, and the rows of any sheet (values as exceljs gives them).
 */
export async function downloadWorkbook(page: Page, fileName: string) {
  const link = page.getByRole("link", { name: `télécharger ${fileName}` });
  await link.waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  if (download.suggestedFilename() !== fileName)
    throw new Error(`download named ${download.suggestedFilename()}, not ${fileName}`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile((await download.path())!);
  const rowsOf = (sheet: string): unknown[][] => {
    const rows: unknown[][] = [];
    book.getWorksheet(sheet)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return rows;
  };
  return { sheets: book.worksheets.map((w) => w.name), rowsOf };
}
