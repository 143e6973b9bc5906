/**
 * The Excel adapter's writer: renders a ReportModel into the Rapport sheet through Office.js.
 *
 * Round trips: one to find the sheet Plafond marked (two when the sheet names are not given, none
 * when the lookup was queued before the caller's own sync), then one per request of at most
 * ~4.5 MB (Excel on the web refuses requests over 5 MB), so a report of a few thousand rows is
 * written in a single request whatever the convention's size.
 * Each request suspends calculation and screen updating until its sync.
 *
 * Text from the user's cells never becomes a formula: every text cell gets the text format "@"
 * before its value is written, in the same request.
 */
import { REPORT_MARK, REPORT_SHEET, type ReportModel } from "../../domain/report/model";
import { uniqueSheetName } from "../../domain/report/sheet-name";
import { isOwnMark, markFormula } from "../../domain/report/mark";
import { addReportChart } from "./chart";
import { columnWidthPoints, renderGrid, splitRows, type Grid } from "./grid";
import { printLayout } from "../../domain/report/print";
import { applyPrintLayout, printBytes, resetPrintLayout } from "./print";

/** Bytes per request, under Excel on the web's 5 MB payload limit with room for the envelope. */
export const PAYLOAD_LIMIT = 4_500_000;
/** What a request carries besides the cells (sheet set-up, widths, chart): a generous bound. */
const REQUEST_OVERHEAD = 64_000;
export const MARK_COMMENT = "Feuille écrite par Plafond : elle est remplacée à chaque rapport.";

export interface WriteOptions {
  /** The workbook's sheet names when the caller just read them: saves one round trip. */
  readonly sheetNames?: readonly string[];
  /** A lookup queued with queueSheetLookup and answered by a sync since: saves another. */
  readonly lookup?: SheetLookup;
  /** Request size limit in bytes (tests lower it to exercise the split). */
  readonly payloadLimit?: number;
  /** Called after each request: requests done, requests in all. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface WriteResult {
  readonly sheetName: string;
  /** True when a sheet Plafond had marked was cleared and reused. */
  readonly replaced: boolean;
  /** Rows of the model written. */
  readonly rows: number;
  /** context.sync() calls made, the sheet lookup included. */
  readonly syncs: number;
  /** Requests that carried the report itself (1 unless the report passes the payload limit). */
  readonly requests: number;
  /** Charts drawn. */
  readonly charts: number;
}

interface Probe {
  readonly name: string;
  readonly sheet: Excel.Worksheet;
  readonly mark: Excel.NamedItem;
}

/** The search for the sheet Plafond marked, queued: answered by the next `context.sync()`. */
export interface SheetLookup {
  readonly names: readonly string[];
  readonly probes: readonly Probe[];
}

/**
 * Queues the search for Plafond's worksheet-scoped mark (the xlsx writer sets the same one) and
 * for the charts of every sheet (a reused Rapport loses its own). No round trip: the caller's
 * next sync answers it, e.g. the one that reads the convention before a report is written.
 */
export function queueSheetLookup(
  context: Excel.RequestContext,
  names: readonly string[]
): SheetLookup {
  const worksheets = context.workbook.worksheets;
  const probes: Probe[] = names.map((name) => {
    const sheet = worksheets.getItem(name);
    const mark = sheet.names.getItemOrNullObject(REPORT_MARK);
    mark.load("name, formula");
    sheet.charts.load("items/name");
    return { name, sheet, mark };
  });
  return { names, probes };
}

async function lookUpSheets(
  context: Excel.RequestContext,
  options: WriteOptions,
  sync: () => Promise<void>
): Promise<SheetLookup> {
  if (options.lookup) return options.lookup;
  let names = options.sheetNames;
  if (names === undefined) {
    const worksheets = context.workbook.worksheets.load("items/name");
    await sync();
    names = worksheets.items.map((s) => s.name);
  }
  const lookup = queueSheetLookup(context, names);
  await sync();
  return lookup;
}

/** Empties a sheet Plafond wrote before: values, formats, links, charts, panes, widths. */
function resetSheet(probe: Probe): void {
  const { sheet } = probe;
  for (const chart of sheet.charts.items) chart.delete();
  resetPrintLayout(sheet);
  const all = sheet.getRange();
  all.clear("Hyperlinks");
  all.clear("All");
  all.format.useStandardWidth = true;
  sheet.freezePanes.unfreeze();
  sheet.visibility = "Visible";
}

function writeRows(sheet: Excel.Worksheet, grid: Grid, first: number, count: number): void {
  if (count === 0 || grid.columns === 0) return;
  const range = sheet.getRangeByIndexes(first, 0, count, grid.columns);
  // Properties (fonts, fills, links) first and values last, so the values shown are the model's;
  // the text format "@" precedes the values so that "=…" stays text.
  range.setCellProperties(grid.properties.slice(first, first + count));
  range.numberFormat = grid.numberFormats.slice(first, first + count);
  range.values = grid.values.slice(first, first + count);
}

function finish(
  sheet: Excel.Worksheet,
  model: ReportModel,
  layout: ReturnType<typeof printLayout>
): void {
  const widths = model.columnWidths;
  if (widths.length) {
    const columns = widths.map((w): Excel.SettableColumnProperties =>
      Number.isFinite(w) && w > 0 ? { format: { columnWidth: columnWidthPoints(w) } } : {}
    );
    sheet.getRangeByIndexes(0, 0, 1, widths.length).setColumnProperties(columns);
  }
  if (Number.isInteger(model.frozenRows) && model.frozenRows > 0)
    sheet.freezePanes.freezeRows(model.frozenRows);
  model.charts.forEach((chart, i) => addReportChart(sheet, model, chart, i));
  applyPrintLayout(sheet, layout, widths.length);
  sheet.activate();
  sheet.getRange("A1").select();
}

export async function writeReport(
  context: Excel.RequestContext,
  model: ReportModel,
  options: WriteOptions = {}
): Promise<WriteResult> {
  let syncs = 0;
  const sync = async () => {
    await context.sync();
    syncs++;
  };
  const { names, probes } = await lookUpSheets(context, options, sync);
  // Only the sheet its mark names is Plafond's: a copy of it carries the mark too (domain/report/mark.ts).
  const carrying = probes.filter((p) => !p.mark.isNullObject);
  const marked = carrying.find((p) => isOwnMark(p.mark.formula, p.name, carrying.length)) ?? null;

  const layout = printLayout(model); // the same pages as the .xlsx copy's
  const grid = renderGrid(model);
  const overhead = REQUEST_OVERHEAD + printBytes(layout);
  const blocks = splitRows(grid.rowBytes, options.payloadLimit ?? PAYLOAD_LIMIT, overhead);
  if (blocks.length === 0) blocks.push({ first: 0, count: 0 });

  const suspend = () => {
    context.application.suspendApiCalculationUntilNextSync();
    context.application.suspendScreenUpdatingUntilNextSync();
  };
  suspend();
  const sheetName = marked ? marked.name : uniqueSheetName(REPORT_SHEET, names);
  const sheet = marked ? marked.sheet : context.workbook.worksheets.add(sheetName);
  if (marked) resetSheet(marked);
  else sheet.names.add(REPORT_MARK, markFormula(sheetName), MARK_COMMENT).visible = false;

  for (let i = 0; i < blocks.length; i++) {
    if (i > 0) suspend(); // each suspension lasts until the next sync only
    writeRows(sheet, grid, blocks[i].first, blocks[i].count);
    if (i === blocks.length - 1) finish(sheet, model, layout);
    await sync();
    options.onProgress?.(i + 1, blocks.length);
  }
  return {
    sheetName,
    replaced: marked !== null,
    rows: grid.rows,
    syncs,
    requests: blocks.length,
    charts: model.charts.length,
  };
}
