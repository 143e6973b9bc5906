/**
 * The Rapport written in Excel prints as the .xlsx copy does: the page set-up of print.ts
 * (A4 landscape one page wide, print titles, header and footer, Plafond's row breaks, long texts
 * merged and wrapped with their row heights), queued with the cells, no round trip of its own;
 * a sheet written again loses the old breaks and merges first.
 */
import * as fs from "fs";
import * as path from "path";
import { buildReport } from "../../../src/domain/report/build";
import type { ReportModel } from "../../../src/domain/report/model";
import { printLayout, PRINT_MARGINS } from "../../../src/domain/report/print";
import { openConvention } from "../../../src/app/open-convention";
import { writeReport } from "../../../src/workbook/office/write";
import { openXlsx } from "../../../src/workbook/xlsx";
import { FakeExcel } from "./write-fake-excel";

const CAMINO = path.join(__dirname, "..", "..", "..", "examples", "camino-2020.xlsx");

async function caminoModel(): Promise<ReportModel> {
  const analysed = await openConvention(openXlsx(new Uint8Array(fs.readFileSync(CAMINO))), {
    asOf: "2020-12-31",
  });
  if (!analysed.ok) throw new Error("Camino should be a convention workbook");
  return buildReport(analysed.analysis, analysed.data);
}

describe("the Rapport's page set-up in Excel", () => {
  test("the layout of print.ts, in the same request as the cells", async () => {
    const model = await caminoModel();
    const layout = printLayout(model);
    const fake = new FakeExcel();
    fake.addSheet("Convention");
    const result = await writeReport(fake.context, model, { sheetNames: ["Convention"] });
    expect(result.requests).toBe(1);
    const sheet = fake.sheet("Rapport")!;
    const print = sheet.print;
    expect(print.layout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      leftMargin: PRINT_MARGINS.left * 72,
      topMargin: PRINT_MARGINS.top * 72,
    });
    expect(print.printTitleRows).toBe(
      `$${layout.titleRows.first + 1}:$${layout.titleRows.last + 1}`
    );
    expect(print.headersFooters).toEqual({
      leftHeader: "MTES-DINUM-2020",
      centerHeader: "",
      rightHeader: "Situation au 31/12/2020",
      leftFooter: "",
      centerFooter: "page &P / &N",
      rightFooter: "",
    });
    expect(print.breaks).toEqual(layout.rowBreaks.map((r) => `A${r + 1}`));
    expect(print.breaks.length).toBeGreaterThan(0);
    // each wrapped text merged over its columns, wrapped, with the heights print.ts computed
    expect(layout.wrapped.length).toBeGreaterThan(5);
    expect(print.merges.size).toBeGreaterThan(0);
    expect(print.wrapped.size).toBe(print.merges.size);
    expect(new Map(print.rowHeights)).toEqual(new Map(layout.rowHeights));
    // the page set-up rides on the cells' request
    const write = fake.requests[fake.requests.length - 1];
    expect(write.actions).toEqual(
      expect.arrayContaining(["setPrintTitleRows", "merge", "pageBreak.add"])
    );
  });

  test("written again: the old breaks and merges are removed before the new ones", async () => {
    const model = await caminoModel();
    const fake = new FakeExcel();
    fake.addSheet("Convention");
    await writeReport(fake.context, model, { sheetNames: ["Convention"] });
    const first = [...fake.sheet("Rapport")!.print.breaks];
    await writeReport(fake.context, model, { sheetNames: ["Convention", "Rapport"] });
    expect(fake.sheet("Rapport")!.print.breaks).toEqual(first);
    const actions = fake.requests[fake.requests.length - 1].actions;
    expect(actions.indexOf("removePageBreaks")).toBeLessThan(actions.indexOf("pageBreak.add"));
    expect(actions.indexOf("unmerge")).toBeLessThan(actions.indexOf("merge"));
  });
});
