/**
 * functions.json as the build generates it from the JSDoc of functions.ts (the same generator as
 * custom-functions-metadata-plugin), and functions-fr.json as webpack.config.js derives it.
 */
import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { FUNCTION_IDS } from "../../src/app/conv/catalog";

const ROOT = path.join(__dirname, "..", "..");
const { frenchMetadata } = require("../../webpack.config.js") as {
  frenchMetadata: (json: string, fr: unknown) => string;
};
const FRENCH = JSON.parse(
  fs.readFileSync(path.join(ROOT, "src/functions/metadata-fr.json"), "utf8")
);

interface Parameter {
  name: string;
  description?: string;
  type?: string;
  optional?: boolean;
}
interface Metadata {
  functions: {
    id: string;
    name: string;
    description: string;
    options?: { stream?: boolean };
    parameters: Parameter[];
    result: { type?: string; dimensionality?: string };
  }[];
}

const EXPECTED: Record<string, string> = {
  CEILING_AE: "PLAFOND_AE",
  CEILING_CP: "PLAFOND_CP",
  ENGAGED_AE: "ENGAGE_AE",
  PAID_CP: "PAYE_CP",
  REMAINING_AE: "RESTE_AE",
  REMAINING_CP: "RESTE_CP",
  OUTSTANDING: "RESTES_A_PAYER",
  RATE_AE: "TAUX_AE",
  RATE_CP: "TAUX_CP",
  CHECK_IMPUTATION: "VERIFIER_IMPUTATION",
  SUMMARY: "SYNTHESE",
  ISSUES: "ANOMALIES",
};

let json: string;
let english: Metadata;
beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata([
    path.join(ROOT, "src/functions/functions.ts"),
  ]);
  expect(generated.errors).toEqual([]);
  json = generated.metadataJson;
  english = JSON.parse(json);
});

test("functions.json: the twelve English ids, named as their ids, all streaming", () => {
  expect(english.functions.map((f) => f.id).sort()).toEqual(Object.keys(EXPECTED).sort());
  expect([...FUNCTION_IDS].sort()).toEqual(Object.keys(EXPECTED).sort());
  for (const f of english.functions) {
    expect([f.id, f.name, f.options?.stream]).toEqual([f.id, f.id, true]);
    expect(f.description).not.toBe("");
  }
});

test("amount functions take an optional centre financier, year and reporting date; the others their own arguments", () => {
  const byId = Object.fromEntries(english.functions.map((f) => [f.id, f]));
  for (const id of [
    "CEILING_AE",
    "CEILING_CP",
    "ENGAGED_AE",
    "PAID_CP",
    "REMAINING_AE",
    "REMAINING_CP",
    "OUTSTANDING",
    "RATE_AE",
    "RATE_CP",
  ]) {
    expect(byId[id].parameters.map((p) => [p.name, p.type, p.optional])).toEqual([
      ["centreFinancier", "string", true],
      ["year", "number", true],
      // A date cell arrives as a number, a typed date as text: any, read by app/conv/args.ts.
      ["asOf", "any", true],
    ]);
    expect(byId[id].result).toEqual({ type: "number" });
  }
  expect(byId.CHECK_IMPUTATION.parameters.map((p) => [p.name, p.type, p.optional])).toEqual([
    ["domaineFonctionnel", "string", undefined],
    ["centreFinancier", "string", undefined],
    ["activite", "string", undefined],
    ["centreDeCouts", "string", undefined],
  ]);
  expect(byId.CHECK_IMPUTATION.result).toEqual({ type: "string" });
  for (const id of ["SUMMARY", "ISSUES"])
    expect([byId[id].parameters.map((p) => [p.name, p.type, p.optional]), byId[id].result]).toEqual(
      [[["asOf", "any", true]], { dimensionality: "matrix" }]
    );
});

test("functions-fr.json: same ids, options and types; French names and descriptions", () => {
  const french: Metadata = JSON.parse(frenchMetadata(json, FRENCH));
  expect(Object.fromEntries(french.functions.map((f) => [f.id, f.name]))).toEqual(EXPECTED);
  french.functions.forEach((f, i) => {
    const en = english.functions[i];
    expect([f.id, f.options, f.result]).toEqual([en.id, en.options, en.result]);
    expect(f.description).not.toBe(en.description);
    expect(f.parameters.map((p) => [p.type, p.optional])).toEqual(
      en.parameters.map((p) => [p.type, p.optional])
    );
    for (const p of f.parameters) expect(p.description).toMatch(/ex\. /);
  });
  const remaining = french.functions.find((f) => f.id === "REMAINING_CP")!;
  expect(remaining.parameters.map((p) => p.name)).toEqual([
    "centre_financier",
    "exercice",
    "date_situation",
  ]);
  expect(remaining.description).toBe("CP disponibles en euros : plafond CP moins CP payés.");
});

test("a function or a parameter without its French entry fails the build, and so does a stray entry", () => {
  const { REMAINING_CP: _dropped, ...withoutOne } = FRENCH;
  expect(() => frenchMetadata(json, withoutOne)).toThrow("REMAINING_CP: no French entry");
  const strayFunction = { ...FRENCH, REMAINING_XX: FRENCH.REMAINING_CP };
  expect(() => frenchMetadata(json, strayFunction)).toThrow("REMAINING_XX: no such function");
  const { year: _year, ...oneParameter } = FRENCH.PAID_CP.parameters;
  expect(() =>
    frenchMetadata(json, { ...FRENCH, PAID_CP: { ...FRENCH.PAID_CP, parameters: oneParameter } })
  ).toThrow("PAID_CP(year): no French entry");
  const strayParameter = { ...FRENCH.PAID_CP.parameters, annee: FRENCH.PAID_CP.parameters.year };
  expect(() =>
    frenchMetadata(json, { ...FRENCH, PAID_CP: { ...FRENCH.PAID_CP, parameters: strayParameter } })
  ).toThrow("PAID_CP(annee): no such parameter");
});
