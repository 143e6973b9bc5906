/**
 * The pane's two hosts: FileHost (preview: an .xlsx from disk, the report as a download) and
 * OfficeHost (Excel.run). Selecting a cell in Excel is checked with office-addin-mock, whose
 * property bags fit a call that only activates, selects and syncs once.
 */
jest.mock("office-addin-manifest", () => ({
  // office-addin-mock imports this package only for its OfficeApp enum (an ESM-only dependency breaks jest)
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
}));

import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { OfficeMockObject } from "office-addin-mock";
import { reportCopyName as reportFileName } from "../../src/app/copy-name";
import { FileHost, XLSX_TYPE } from "../../src/preview/file-host";
import { STEPS, type Progress } from "../../src/ui/host";
import { OfficeHost } from "../../src/taskpane/office-host";
import { XlsxReadError } from "../../src/workbook/xlsx";
import { fakeExcelFromXlsx } from "../workbook/office/write-fake-excel";

const CAMINO = new Uint8Array(
  fs.readFileSync(path.join(__dirname, "..", "..", "examples", "camino-2020.xlsx"))
);

function blobUrls() {
  const blobs = new Map<string, Blob>();
  const revoked: string[] = [];
  let n = 0;
  return {
    blobs,
    revoked,
    urls: {
      create: (b: Blob) => (blobs.set(`blob:test/${++n}`, b), `blob:test/${n}`),
      revoke: (u: string) => void revoked.push(u),
    },
  };
}

describe("FileHost (the preview outside Excel)", () => {
  test("analyses the file, then writes the report into a copy offered for download", async () => {
    const { blobs, revoked, urls } = blobUrls();
    const host = new FileHost("camino-2020.xlsx", CAMINO, urls);
    expect(host.sourceLabel).toBe("Fichier camino-2020.xlsx (aperçu hors d'Excel)");
    const analysed = await host.analyse("2020-12-31");
    expect(analysed.kind === "ok" && analysed.view.summary.total.engagedAE).toBe("275000.00");

    const steps: Progress[] = [];
    const written = await host.generate("2020-12-31", (p) => steps.push(p));
    expect(steps).toEqual([STEPS.read, STEPS.analyse, STEPS.write, STEPS.done]);
    if (written.kind !== "ok") throw new Error("Camino is a convention");
    expect(written).toMatchObject({
      sheetName: "Rapport",
      replaced: false,
      charts: 0,
      download: { url: "blob:test/1", fileName: "camino-2020.rapport.xlsx" },
    });
    const blob = blobs.get("blob:test/1")!;
    expect(blob.type).toBe(XLSX_TYPE);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await blob.arrayBuffer()) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toContain("Rapport");

    await host.generate("2020-12-31", () => undefined);
    expect(revoked).toEqual(["blob:test/1"]); // the previous copy's memory is freed
    host.dispose();
    expect(revoked).toEqual(["blob:test/1", "blob:test/2"]);
  });

  test("a file that is no workbook: the xlsx reader's French message", async () => {
    const host = new FileHost(
      "notes.xlsx",
      new TextEncoder().encode("Centre financier;AE\n"),
      blobUrls().urls
    );
    await expect(host.analyse("2020-12-31")).rejects.toThrow(XlsxReadError);
    await expect(host.analyse("2020-12-31")).rejects.toThrow(/fichier texte/);
  });

  test("selecting a cell says what Excel would do", async () => {
    const host = new FileHost("a.xlsx", CAMINO, blobUrls().urls);
    expect(await host.selectCell({ sheet: "Engagements", row: 12, column: 4 })).toBe(
      "Aperçu hors d'Excel : dans Excel, la cellule 'Engagements'!E12 serait sélectionnée."
    );
  });

  test("report file names", () => {
    expect([
      reportFileName("camino-2020.xlsx"),
      reportFileName("Budget.XLSX"),
      reportFileName(".xlsx"),
      reportFileName("Budget.xlsm"),
    ]).toEqual([
      "camino-2020.rapport.xlsx",
      "Budget.rapport.xlsx",
      "classeur.rapport.xlsx",
      "Budget.rapport.xlsm",
    ]);
  });
});

describe("OfficeHost (Excel)", () => {
  test("selecting an anomaly's cell activates its sheet and selects the cell, in one sync", async () => {
    const calls: string[] = [];
    let syncs = 0;
    const context = new OfficeMockObject({
      workbook: {
        worksheets: {
          getItem: (name: string) => ({
            activate: () => calls.push(`activate ${name}`),
            getRangeByIndexes: (r: number, c: number, rows: number, cols: number) => ({
              select: () => calls.push(`select ${r},${c},${rows},${cols}`),
            }),
          }),
        },
      },
      sync: async () => void syncs++,
    }) as unknown as Excel.RequestContext;
    const host = new OfficeHost((batch) => batch(context));
    const said = await host.selectCell({ sheet: "Engagements", row: 12, column: 4 });
    expect(calls).toEqual(["activate Engagements", "select 11,4,1,1"]);
    expect(syncs).toBe(1);
    expect(said).toBe("Cellule 'Engagements'!E12 sélectionnée dans le classeur.");
  });

  test("analyse reads in 2 syncs; generate writes the Rapport in 3 in all, with the progress", async () => {
    const fake = fakeExcelFromXlsx(CAMINO);
    const host = new OfficeHost((batch) => batch(fake.context));
    expect((await host.analyse("2020-12-31")).kind).toBe("ok");
    expect(fake.syncs).toBe(2);
    const steps: string[] = [];
    const written = await host.generate("2020-12-31", (p) => steps.push(p.label));
    expect(fake.syncs).toBe(2 + 3);
    expect(written).toMatchObject({ kind: "ok", sheetName: "Rapport", charts: 1 });
    expect(steps[0]).toBe(STEPS.read.label);
    expect(steps[steps.length - 1]).toBe(STEPS.done.label);
  });
});
