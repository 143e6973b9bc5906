import type { ColumnSpec } from "../contract";
import { normalizeKey } from "../text";
import type { ColumnMap } from "../model";
import type { HeaderMatcher, LocatedTable } from "./table";

export function matcherFor(spec: ColumnSpec): HeaderMatcher {
  const keys = new Set(spec.aliases.map(normalizeKey));
  return (header) => keys.has(normalizeKey(header));
}

export function requiredMatchers(specs: readonly ColumnSpec[]): HeaderMatcher[] {
  return specs.filter((s) => s.required).map(matcherFor);
}

/**
 * Assigns each field the column whose header matches its earliest alias, so that a sheet
 * with both "Montant" and "Montant AE" takes "Montant AE" for the AE amount.
 */
export function resolveColumns(
  table: LocatedTable,
  specs: readonly ColumnSpec[]
): { columns: ColumnMap; missing: ColumnSpec[] } {
  const byKey = new Map<string, number[]>();
  for (const [index, header] of table.headers) {
    const key = normalizeKey(header);
    const list = byKey.get(key) ?? [];
    list.push(index);
    byKey.set(key, list);
  }
  const taken = new Set<number>();
  const columns: Record<string, { header: string; index: number }> = {};
  const missing: ColumnSpec[] = [];
  for (const spec of specs) {
    let found: number | undefined;
    for (const alias of spec.aliases) {
      found = (byKey.get(normalizeKey(alias)) ?? []).find((i) => !taken.has(i));
      if (found !== undefined) break;
    }
    if (found === undefined) {
      if (spec.required) missing.push(spec);
      continue;
    }
    taken.add(found);
    columns[spec.field] = { header: table.headers.get(found) ?? spec.header, index: found };
  }
  return { columns, missing };
}
