/**
 * The report's line charts (cumulative AE and CP by month against the ceilings), drawn from
 * the cells just written. Series columns need not be adjacent: the chart starts from the first
 * series and the others are added with their own values and the months as categories.
 */
import type { ReportChart, ReportModel } from "../../domain/report/model";
import { columnLetter } from "../../grid";

/** Names of the charts Plafond adds (a reused Rapport loses its charts before being redrawn). */
export const CHART_NAME = "Plafond - cumuls";

const WIDTH_COLUMNS = 9;
const HEIGHT_ROWS = 18;

function seriesName(model: ReportModel, chart: ReportChart, column: number): string {
  const cell = model.rows[chart.headerRow]?.[column];
  const value = cell?.value;
  return value === null || value === undefined || value === ""
    ? `Colonne ${columnLetter(column)}`
    : String(value);
}

export function addReportChart(
  sheet: Excel.Worksheet,
  model: ReportModel,
  chart: ReportChart,
  index: number
): boolean {
  const count = chart.lastRow - chart.firstRow + 1;
  const [first, ...rest] = chart.seriesColumns;
  if (count < 1 || first === undefined) return false;
  const column = (c: number) => sheet.getRangeByIndexes(chart.firstRow, c, count, 1);
  const categories = column(chart.categoryColumn);

  // String literals, not Excel.ChartType.line: the enums exist only where office.js is loaded.
  const added = sheet.charts.add("Line", column(first), "Columns");
  added.name = index === 0 ? CHART_NAME : `${CHART_NAME} ${index + 1}`;
  added.title.text = chart.title;
  added.legend.position = "Bottom";
  added.axes.valueAxis.numberFormat = '#,##0 "€"';
  const firstSeries = added.series.getItemAt(0);
  firstSeries.name = seriesName(model, chart, first);
  firstSeries.setXAxisValues(categories);
  for (const c of rest) {
    const series = added.series.add(seriesName(model, chart, c));
    series.setValues(column(c));
    series.setXAxisValues(categories);
  }
  const top = chart.anchor.row;
  const left = chart.anchor.column;
  added.setPosition(
    `${columnLetter(left)}${top + 1}`,
    `${columnLetter(left + WIDTH_COLUMNS - 1)}${top + HEIGHT_ROWS}`
  );
  return true;
}
