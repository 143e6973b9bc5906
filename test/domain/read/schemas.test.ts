/**
 * The readers build what the zod schemas of model.ts describe (the schemas are not run by a
 * report: issue 14). On the example workbooks, and on arbitrary cells in every column of the small
 * sheets and the ledgers, every line read parses with its schema.
 */
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import type { CellValue } from "../../../src/grid";
import { loadConvention } from "../../../src/app/open-convention";
import { openXlsx } from "../../../src/workbook/xlsx";
import type { ConventionData } from "../../../src/domain/model";
import {
  AuthorisedImputationSchema,
  CeilingLineSchema,
  ConventionInfoSchema,
  EngagementLineSchema,
  ForecastLineSchema,
  PaymentLineSchema,
} from "../../../src/domain/model";
import { caminoSheets, read, sheet } from "../../helpers/book";
import { EXAMPLES } from "../../helpers/cli";

function expectConforming(data: ConventionData): void {
  ConventionInfoSchema.parse(data.info);
  for (const l of data.ceilings) CeilingLineSchema.parse(l);
  for (const l of data.imputations) AuthorisedImputationSchema.parse(l);
  for (const l of data.engagements) EngagementLineSchema.parse(l);
  for (const l of data.payments) PaymentLineSchema.parse(l);
  for (const l of data.forecasts) ForecastLineSchema.parse(l);
}

describe("what the readers build is what the schemas describe", () => {
  test.each(["camino-2020.xlsx", "camino-2020-2021.xlsx", "meae-disinfo-2020.xlsx"])(
    "%s",
    async (name) => {
      const loaded = await loadConvention(
        openXlsx(new Uint8Array(fs.readFileSync(path.join(EXAMPLES, name))))
      );
      expect(loaded.data).not.toBeNull();
      expectConforming(loaded.data!);
      expect(loaded.data!.ceilings.length).toBeGreaterThan(0);
      expect(loaded.data!.engagements.length).toBeGreaterThan(0);
    }
  );

  // What a controller may type in any cell: numbers, texts that look like amounts, dates,
  // years or codes, booleans, Excel errors, blanks.
  const cell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: 1800, max: 2300 }),
    fc.integer({ min: 0, max: 3_000_000 }),
    fc.constantFrom(
      "2020",
      "2020-09",
      "sept. 2020",
      "31/12/2020",
      "1er avril 2020",
      "12 000,50 €",
      "-3,5",
      "1e308",
      "#N/A",
      "Mise à disposition",
      "À rétablir",
      "0113-PEBC-ELAB",
      "",
      " "
    ),
    fc.string({ maxLength: 12 })
  );
  // Each column holds a value of its kind three times in four, anything else otherwise, so that
  // lines are read as well as refused.
  const column = (...valid: CellValue[]) =>
    fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...valid) }, { weight: 1, arbitrary: cell });
  const amount = column(140000, 1234.56, "12 000,50", -3.5, 0);
  const date = column(43922, "31/12/2020", "2020-06-15", "1er avril 2020");
  const cf = column("0113-PEBC-ELAB", "0181-CPRI-ELAB");
  const ceilingRow = fc.tuple(
    cf,
    column(2020, "2020", 2021),
    column("DGALN", ""),
    column("Mise à disposition", "À rétablir", ""),
    column("Convention", "Avenant 1"),
    amount,
    amount
  );
  const forecastRow = fc.tuple(
    cf,
    column("2020-09", "09/2020", "sept. 2020", 44075),
    amount,
    amount
  );
  const ejNumber = column("2103100001", "2103100002", 2103100003);
  const engagementRow = fc.tuple(
    ejNumber,
    date,
    cf,
    column("0113-07-16"),
    column("011301MB0601"),
    column("DININCUB75"),
    column("Atelier Numérique"),
    column("Devops"),
    amount
  );
  const paymentRow = fc.tuple(column("100000001", 100000002), date, ejNumber, amount);

  test("arbitrary cells in every column", () => {
    const seen = { ceilings: 0, forecasts: 0, engagements: 0, payments: 0 };
    fc.assert(
      fc.property(
        fc.array(ceilingRow, { maxLength: 6 }),
        fc.array(forecastRow, { maxLength: 6 }),
        fc.array(engagementRow, { maxLength: 6 }),
        fc.array(paymentRow, { maxLength: 6 }),
        (ceilings, forecasts, engagements, payments) => {
          const sheets = caminoSheets(engagements, payments).map((s) =>
            s.name === "Plafonds"
              ? sheet("Plafonds", [
                  ["Centre financier", "Exercice", "Financeur", "Nature", "Acte", "AE", "CP"],
                  ...ceilings,
                ])
              : s
          );
          sheets.push(
            sheet("Prévisions", [["Centre financier", "Mois", "AE", "CP"], ...forecasts])
          );
          const r = read(sheets);
          if (!r.data) return;
          expectConforming(r.data);
          seen.ceilings += r.data.ceilings.length;
          seen.forecasts += r.data.forecasts.length;
          seen.engagements += r.data.engagements.length;
          seen.payments += r.data.payments.length;
        }
      ),
      { numRuns: 200 }
    );
    // The arbitrary cells did reach each reader's output, not only its refusals.
    for (const n of Object.values(seen)) expect(n).toBeGreaterThan(0);
  });
});
