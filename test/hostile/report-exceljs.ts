/**
 * The second reader of every copy: exceljs (an independent implementation from the registry)
 * opens the written package and must find, in the Rapport's situation table, the summary's
 * figures. With Plafond's own reader (report-check.ts) and the summary, that makes three.
 */
import ExcelJS from "exceljs";
import type { Summary } from "../../src/domain/summary";
import { FIGURES, SITUATION_TITLE as TITLE } from "./report-check";

/** A cell as exceljs gives it, as the summary prints it (numbers to 2 or 4 decimals, "—" null). */
function figure(v: ExcelJS.CellValue, key: (typeof FIGURES)[number]): string | null {
  if (v === "—") return null;
  if (typeof v !== "number") return `(${typeof v}) ${String(v)}`;
  return v.toFixed(key.endsWith("Rate") ? 4 : 2);
}

/** Rounded the way a double can hold it: the summary's decimal string read as a number. */
const asDouble = (s: string | null, key: (typeof FIGURES)[number]) =>
  s === null ? null : Number(s).toFixed(key.endsWith("Rate") ? 4 : 2);

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/**
 * `input`: the workbook given to Plafond. When exceljs cannot open the input itself (sheet names
 * differing only by case, which Excel forbids but the corpus holds), the copy is not held to it.
 */
export async function expectExceljsMatchesSummary(
  bytes: Uint8Array,
  summary: Summary,
  sheetName: string,
  input: Uint8Array
): Promise<void> {
  let wb: ExcelJS.Workbook;
  try {
    wb = await load(bytes);
  } catch (e) {
    const inputFails = await load(input).then(
      () => false,
      () => true
    );
    if (inputFails) return;
    throw e;
  }
  const ws = wb.getWorksheet(sheetName);
  expect(ws).toBeDefined();
  let title = -1;
  ws!.eachRow((row, n) => {
    if (title < 0 && row.getCell(1).value === TITLE) title = n;
  });
  expect(title).toBeGreaterThan(0);
  const read: Array<Record<string, string | number | null>> = [];
  for (let n = title + 2; n < title + 2 + summary.lines.length + 1; n++) {
    const row = ws!.getRow(n);
    const first = row.getCell(1).value;
    const line: Record<string, string | number | null> =
      first === "Total"
        ? {}
        : { centreFinancier: String(first), year: Number(row.getCell(2).value) };
    FIGURES.forEach((key, i) => (line[key] = figure(row.getCell(3 + i).value, key)));
    read.push(line);
  }
  const expected = [...summary.lines, summary.total].map((l, i) => {
    const out: Record<string, string | number | null> =
      i < summary.lines.length
        ? {
            centreFinancier: (l as Summary["lines"][number]).centreFinancier,
            year: (l as Summary["lines"][number]).year,
          }
        : {};
    for (const key of FIGURES) out[key] = asDouble(l[key] as string | null, key);
    return out;
  });
  expect(read).toEqual(expected);
}
