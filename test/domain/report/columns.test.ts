/**
 * Every column the Rapport uses has a width (src/domain/report/build.ts): the year table holds
 * one more column than the UO table, and its last one (restes à payer) had none — shown ### in
 * Excel, left out of the PDF, whose layout follows the widths.
 */
import * as path from "path";
import { reportModelOf } from "../../helpers/report-model";

const EXAMPLES = path.join(__dirname, "../../../examples");

describe("the Rapport's columns", () => {
  it.each(["camino-2020.xlsx", "camino-2020-2021.xlsx", "meae-disinfo-2020.xlsx"])(
    "%s: every cell sits in a column with a width, amounts in columns of 16 characters or more",
    async (file) => {
      const model = await reportModelOf(path.join(EXAMPLES, file), "2020-12-31");
      const used = model.rows.reduce((n, row) => Math.max(n, row.length), 0);
      expect(used).toBeGreaterThan(12);
      expect(model.columnWidths.length).toBeGreaterThanOrEqual(used);
      model.rows.forEach((row) =>
        row.forEach((cell, c) => {
          if (cell?.format === "euro") expect(model.columnWidths[c]).toBeGreaterThanOrEqual(16);
        })
      );
    }
  );
});
