/**
 * The portfolio in the preview (Chromium through playwright-core): the two example conventions
 * and the example extract opened at once, the figures those of `plafond portfolio --json` on the
 * same files, the lines outside every convention, and the portfolio workbook downloaded and read
 * back. No request leaves 127.0.0.1.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { ARGS, axeViolations, CHROMIUM, downloadWorkbook, plain } from "./browser";
import { buildOnce, ROOT } from "./build-once";
import { serveFolder, type StaticServer } from "./static-server";
import { plafond } from "../helpers/cli";
import { euro, percent } from "../../src/ui/format";

const BOOKS = ["camino-2020.xlsx", "meae-disinfo-2020.xlsx"].map((f) =>
  path.join(ROOT, "examples", f)
);
const EXTRACT = path.join(ROOT, "examples", "portfolio", "infbud53-dinum-2020.csv");

describe("the portfolio in the preview", () => {
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "plafond-chromium-"));
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "plafond-portfolio-")), "p.xlsx");
  const cli = plafond([
    "portfolio",
    ...BOOKS,
    "--chorus",
    EXTRACT,
    "--as-of",
    "2020-12-31",
    "--out",
    out,
    "--json",
  ]);

  beforeAll(async () => {
    server = await serveFolder(buildOnce());
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: ARGS,
      acceptDownloads: true,
      viewport: { width: 460, height: 1200 },
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
  });

  test("several workbooks and an extract give the figures of plafond portfolio", async () => {
    expect(cli.status).toBe(0);
    const json = JSON.parse(cli.stdout);
    await page.getByLabel("Classeurs de convention (plusieurs .xlsx)").setInputFiles(BOOKS);
    await page.getByLabel("Extraits Chorus (facultatif)").setInputFiles(EXTRACT);
    await page.getByLabel("Portefeuille arrêté au").fill("2020-12-31");
    await page.getByRole("button", { name: "Calculer le portefeuille" }).click();
    await page.getByRole("status").filter({ hasText: "2 conventions lues" }).waitFor();
    const table = page.getByRole("table", { name: "Portefeuille des conventions" });
    const rows = await table
      .locator("tbody tr")
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? ""))
      );
    const figures = (f: {
      ceilingAE: string;
      engagedAE: string;
      engagementRate: string | null;
      paidCP: string;
      cpConsumptionRate: string | null;
      outstanding: string;
    }) =>
      [
        euro(f.ceilingAE),
        euro(f.engagedAE),
        percent(f.engagementRate),
        euro(f.paidCP),
        percent(f.cpConsumptionRate),
        euro(f.outstanding),
      ].map(plain);
    const expected = [
      ...json.conventions.map(
        (c: {
          summary: {
            convention: { reference: string };
            total: Parameters<typeof figures>[0];
            issues: unknown[];
          };
        }) => [
          c.summary.convention.reference,
          ...figures(c.summary.total),
          String(c.summary.issues.length),
        ]
      ),
      [
        "Total",
        ...figures(json.totals.total),
        String(
          json.conventions.reduce(
            (n: number, c: { summary: { issues: unknown[] } }) => n + c.summary.issues.length,
            0
          )
        ),
      ],
    ];
    expect(rows.map((r) => r.map(plain))).toEqual(expected);
    expect(rows[2][1]).toBeTruthy();
    expect(plain(await page.getByText(/^Hors convention/).textContent())).toBe(
      "Hors convention : 2 lignes de l'extrait, AE 12 000,00 €, CP 6 000,00 €."
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  test("the portfolio workbook downloads, with the sheets of the command line's", async () => {
    const book = await downloadWorkbook(page, "portefeuille.xlsx");
    expect(book.sheets).toEqual(["Portefeuille", "Anomalies", "Hors convention"]);
    const rows = book.rowsOf("Portefeuille");
    // eachRow skips the empty second row: the header is the second row read.
    expect(rows[1].slice(0, 3)).toEqual(["Fichier", "Référence", "Délégant"]);
    // As of 31/12/2020 the DP of 2021 is later: no 2021 line.
    expect(rows.slice(2, 5).map((r) => [r[1], r[5], r[6]])).toEqual([
      ["MTES-DINUM-2020", "0113-PEBC-ELAB", 2020],
      ["MTES-DINUM-2020", "0181-CPRI-ELAB", 2020],
      ["MEAE-DINUM-2020", "0105-CRES-CDSI", 2020],
    ]);
    expect(
      book
        .rowsOf("Hors convention")
        .slice(1, 3)
        .map((r) => r[6])
    ).toEqual(["2103104521", "2103099001"]);
  });

  test("no request left 127.0.0.1", () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(
      requests.filter(
        (u) => !u.startsWith(server.origin) && !u.startsWith("blob:") && !u.startsWith("data:")
      )
    ).toEqual([]);
  });
});
