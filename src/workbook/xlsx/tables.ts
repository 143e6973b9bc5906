/**
 * Excel tables (ListObjects): xl/tables/tableN.xml, reached from a sheet's relationships.
 */
import { columnIndex } from "../../grid";
import type { CellRange, SheetTable } from "../../grid";
import { findTag, rootPrefix } from "./xmlText";

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** A1-style reference ("B3:F20", "$B$3", "C5") → 0-based inclusive range; null if malformed. */
export function parseRangeRef(ref: string): CellRange | null {
  const [a, b = a] = ref.trim().split(":");
  const m1 = CELL.exec(a ?? "");
  const m2 = CELL.exec(b ?? "");
  if (!m1 || !m2) return null;
  const c1 = columnIndex(m1[1].toUpperCase());
  const c2 = columnIndex(m2[1].toUpperCase());
  const r1 = Number(m1[2]) - 1;
  const r2 = Number(m2[2]) - 1;
  if (r1 < 0 || r2 < 0) return null;
  return {
    top: Math.min(r1, r2),
    left: Math.min(c1, c2),
    bottom: Math.max(r1, r2),
    right: Math.max(c1, c2),
  };
}

export function parseTableXml(xml: string): SheetTable | null {
  const tag = findTag(xml, rootPrefix(xml) + "table");
  if (!tag) return null;
  const { attrs } = tag;
  const range = parseRangeRef(attrs.ref ?? "");
  if (!range) return null;
  const header = attrs.headerRowCount === undefined ? 1 : Number(attrs.headerRowCount);
  const totals = attrs.totalsRowCount === undefined ? 0 : Number(attrs.totalsRowCount);
  return {
    name: attrs.displayName ?? attrs.name ?? "",
    range,
    hasHeader: header !== 0,
    totalsRows: Number.isFinite(totals) && totals > 0 ? totals : 0,
  };
}
