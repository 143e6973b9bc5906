/** Running `plafond import` and `plafond report` in tests (bin/plafond.js: rebuild dist/cli.js first). */
import { plafond } from "../helpers/cli";

export const importJson = (input: string, out: string) => {
  const r = plafond(["import", input, "--out", out, "--json"]);
  if (r.status !== 0) throw new Error(`import failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout);
};
export const errorsOf = (workbook: string) => {
  const r = plafond([
    "report",
    workbook,
    "--json",
    "--as-of",
    "2020-12-31",
    "--out",
    workbook.replace(/\.xlsx$/, ".rapport.xlsx"),
  ]);
  expect(r.status).toBe(0);
  const summary = JSON.parse(r.stdout);
  return {
    summary,
    errors: summary.issues.filter((i: { severity: string }) => i.severity === "error"),
  };
};
