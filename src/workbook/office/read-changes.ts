/**
 * Where the change events say a sheet changed: the rectangles to read again, or "whole" when
 * the change may have moved cells (rows, columns or cells inserted or deleted) or its address is
 * not a list of rectangles. Sheets added, deleted or renamed carry no worksheet id: the next read
 * sees them in the sheet list it loads anyway.
 */
import { MAX_COLS, MAX_ROWS } from "../../grid";
import type { CellRange } from "../../grid";
import { rangeOfAddress } from "./address";

/** A change event's fields (WorksheetChangedEventArgs, ExcelApi 1.7); no worksheetId: the sheets. */
export interface SheetChange {
  readonly worksheetId?: string;
  readonly address?: string;
  readonly changeType?: string;
  /** A sheet deleted (WorksheetDeletedEventArgs.worksheetId). */
  readonly deletedSheetId?: string;
}

/** Only an edit in place can be patched: anything else may have moved cells. */
const PATCHABLE = "RangeEdited";
/** Past this many edited rectangles on a sheet, their bounding box is read instead. */
export const MAX_RECTANGLES = 64;

/** The rectangles of an address ("B3", "A1:C4", "A1:B2,D5"), inside Excel's limits; null if not all are. */
export function rectanglesOf(address: string): CellRange[] | null {
  const out: CellRange[] = [];
  // "A1:B2,D5" (an event) or "Paiements!A1:B2,Paiements!D5" (areas): rangeOfAddress drops the sheet
  for (const part of address.split(",")) {
    const r = rangeOfAddress(part.trim());
    if (!r || r.top >= MAX_ROWS || r.left >= MAX_COLS) return null;
    out.push({
      ...r,
      bottom: Math.min(r.bottom, MAX_ROWS - 1),
      right: Math.min(r.right, MAX_COLS - 1),
    });
  }
  return out.length > 0 ? out : null;
}

export function boundingBox(rects: readonly CellRange[]): CellRange {
  return rects.reduce((a, r) => ({
    top: Math.min(a.top, r.top),
    left: Math.min(a.left, r.left),
    bottom: Math.max(a.bottom, r.bottom),
    right: Math.max(a.right, r.right),
  }));
}

/** Per sheet id: the rectangles to re-read, or "whole". */
export function planChanges(changes: readonly SheetChange[]): Map<string, CellRange[] | "whole"> {
  const plans = new Map<string, CellRange[] | "whole">();
  for (const c of changes) {
    if (c.worksheetId === undefined) continue; // sheets added, deleted, renamed: `open` sees them
    const known = plans.get(c.worksheetId);
    if (known === "whole") continue;
    const rects = c.changeType === PATCHABLE && c.address ? rectanglesOf(c.address) : null;
    if (!rects) plans.set(c.worksheetId, "whole");
    else plans.set(c.worksheetId, [...(known ?? []), ...rects]);
  }
  for (const [id, plan] of plans)
    if (plan !== "whole" && plan.length > MAX_RECTANGLES) plans.set(id, [boundingBox(plan)]);
  return plans;
}
