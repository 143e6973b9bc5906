/**
 * The data rows of an extract, below its header: rows of a text file with the wrong number of
 * fields are reported and left out, `Résultat` subtotal rows and empty rows are passed over, and
 * a long extract (one row per `Type montant`) is pivoted back to one row per line.
 */
import type { CellValue } from "../../grid";
import type { IssueCode } from "../issues";
import { Amount, minusAmount, plusAmount } from "../tally";
import { cellText, withoutAccents } from "../text";
import { measureKind } from "./headers";
import type { ExtractLayout } from "./layout";
import { MSG_CHORUS_AMOUNT, MSG_ROW_WIDTH } from "./messages";
import type { ChorusInput, MeasureKind } from "./types";
import { readAmount } from "./values";

export interface Measures {
  engage: Amount | null;
  bascule: Amount | null;
  aeYear: Amount | null;
  paye: Amount | null;
}

export interface DataRow {
  readonly row: number;
  readonly cells: readonly CellValue[];
  readonly m: Measures;
}

export type Report = (code: IssueCode, row: number, column: number | null, message: string) => void;

/** Adds two amounts exactly (integer cents when both are). */
export function addAmounts(a: Amount | null, b: Amount | null, sign = 1): Amount | null {
  if (b === null) return a;
  const base = a ?? 0;
  return sign < 0 ? minusAmount(base, b) : plusAmount(base, b);
}

/** "Résultat", "Résultat global", "Sous-résultat" as a word (a "Résultats SARL" supplier is data). */
const RESULT = /(^|[^a-z])resultat([^a-z]|$)/;

/** A subtotal row holds one of these (isSubtotal looks no further without one). */
export const SUBTOTAL_MARKS: readonly string[] = ["sultat", "SULTAT"];

export function isSubtotal(cells: readonly CellValue[]): boolean {
  for (const v of cells) {
    if (typeof v !== "string" || v.length < 8) continue;
    if (v.indexOf(SUBTOTAL_MARKS[0]) < 0 && v.indexOf(SUBTOTAL_MARKS[1]) < 0) continue;
    if (RESULT.test(withoutAccents(v).toLowerCase())) return true;
  }
  return false;
}

export function isBlankRow(cells: readonly CellValue[]): boolean {
  for (const v of cells)
    if (v !== null && v !== undefined && !(typeof v === "string" && v.trim() === "")) return false;
  return true;
}

const KIND_SLOT: Partial<Record<MeasureKind, keyof Measures>> = {
  engage: "engage",
  bascule: "bascule",
  aeYear: "aeYear",
  paye: "paye",
};

/**
 * Calls `visit` for each data row, in order; returns how many rows were reported unreadable.
 * `kinds` receives the measures the extract holds before the first visit.
 */
export function forEachDataRow(
  input: ChorusInput,
  layout: ExtractLayout,
  report: Report,
  kinds: Set<keyof Measures>,
  visit: (r: DataRow) => void
): number {
  const { plan } = layout;
  const width = plan.width;
  // A header ending with empty separators ("…;Montant payé;;;") is wider than its named columns:
  // a row that stops after the last named column still fits (what is missing is unnamed).
  let named = 0;
  for (const c of plan.headers.keys()) if (c + 1 > named) named = c + 1;
  const fits = (row: readonly CellValue[]) => {
    if (row.length === width) return true;
    if (row.length < width) return row.length >= named;
    for (let c = width; c < row.length; c++) if (cellText(row[c]) !== "") return false;
    return true;
  };
  const ejHeader = plan.fields.ej === undefined ? null : plan.headers.get(plan.fields.ej)!;
  const slots = plan.measures.map((m) => (m.kind === null ? undefined : KIND_SLOT[m.kind]));
  if (!layout.long) for (const slot of slots) if (slot) kinds.add(slot);
  const long = layout.long ? { type: plan.fields.typeMontant!, value: plan.measures[0] } : null;
  const groups = new Map<string, DataRow>();
  let skipped = 0;
  function read(cells: readonly CellValue[], row: number, index: number): Amount | null {
    const r = readAmount(cells[index]);
    if (r.ok) return r.amount;
    report(
      "AMOUNT_INVALID",
      row,
      index,
      MSG_CHORUS_AMOUNT(plan.headers.get(index) ?? "", r.reason)
    );
    return 0;
  }

  const values = input.values;
  const rowAt = input.rowAt ?? ((i: number) => values[i]);
  const mayBeSubtotal = input.rowsHolding?.(SUBTOTAL_MARKS) ?? (() => true);
  for (let i = layout.headerIndex + 1, n = values.length; i < n; i++) {
    let cells = rowAt(i);
    const row = input.rowOf(i);
    if (input.strictWidth && !fits(cells)) {
      const alt = input.alternatives?.get(i);
      if (alt && fits(alt)) cells = alt;
      else if (!isBlankRow(cells)) {
        report("CHORUS_ROW_SKIPPED", row, null, MSG_ROW_WIDTH(cells.length, width));
        skipped++;
        continue;
      }
    }
    if (isBlankRow(cells) || (mayBeSubtotal(i) && isSubtotal(cells))) continue;
    // A header repeated further down (pages glued together) is no data.
    if (ejHeader !== null && cellText(cells[plan.fields.ej!]) === ejHeader) continue;

    if (long) {
      const slot = KIND_SLOT[measureKind(cellText(cells[long.type])) ?? "other"];
      const amount = read(cells, row, long.value.index);
      const key = cells
        .map((v, c) => (c === long.type || c === long.value.index ? "" : cellText(v)))
        .join("\u0001");
      let group = groups.get(key);
      if (!group)
        groups.set(
          key,
          (group = { row, cells, m: { engage: null, bascule: null, aeYear: null, paye: null } })
        );
      if (slot) {
        group.m[slot] = addAmounts(group.m[slot], amount ?? 0);
        kinds.add(slot);
      }
      continue;
    }
    const m: Measures = { engage: null, bascule: null, aeYear: null, paye: null };
    for (let k = 0; k < slots.length; k++) {
      const slot = slots[k];
      if (slot && m[slot] === null) m[slot] = read(cells, row, plan.measures[k].index);
    }
    visit({ row, cells, m });
  }
  for (const group of groups.values()) visit(group);
  return skipped;
}
