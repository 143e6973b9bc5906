/**
 * The hostile corpus: every case runs the real command line on an input built for it and states
 * its outcome (figures and located issues, or one French line with nothing written).
 */
import { runCase } from "./harness";
import { valueCases } from "./cases-values";
import { layoutCases } from "./cases-layout";
import { sheetCases } from "./cases-sheets";
import { fileCases } from "./cases-files";
import { scaleCases } from "./cases-scale";
import { outputCases } from "./cases-output";
import { packageCases } from "./cases-package";
import { limitCases } from "./cases-limits";
import { csvCases } from "./cases-csv";

const cases = [
  ...valueCases,
  ...layoutCases,
  ...sheetCases,
  ...fileCases,
  ...scaleCases,
  ...outputCases,
  ...packageCases,
  ...limitCases,
  ...csvCases,
];

describe("plafond report on hostile inputs", () => {
  test("the corpus holds at least 40 cases, each named once", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  test.each(cases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    await runCase(c);
  });
});
