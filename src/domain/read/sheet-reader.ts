import type { ColumnSpec } from "../contract";
import { issue, Issue, IssueCode } from "../issues";
import type { ColumnMap } from "../model";
import type { CellValue } from "../../grid";
import type { RawSheet } from "../../grid";
import { locateTable, LocatedTable } from "./table";
import { requiredMatchers, resolveColumns } from "./columns";

export const MSG_COLUMN_MISSING = (sheet: string, header: string) =>
  `La colonne « ${header} » est absente de la feuille « ${sheet} » : ajoutez-la à la ligne d'en-tête.`;

/** A sheet's table with its columns resolved, and a helper that locates issues on it. */
export class SheetReader {
  readonly columns: ColumnMap;
  readonly issues: Issue[] = [];
  readonly table: LocatedTable;

  private constructor(table: LocatedTable, columns: ColumnMap) {
    this.table = table;
    this.columns = columns;
  }

  /** Null (with COLUMN_MISSING issues pushed to `out`) when a required column is absent. */
  static open(sheet: RawSheet, specs: readonly ColumnSpec[], out: Issue[]): SheetReader | null {
    const table = locateTable(sheet, requiredMatchers(specs));
    if (!table) {
      for (const spec of specs.filter((s) => s.required)) {
        out.push(
          issue(
            "COLUMN_MISSING",
            sheet.name,
            null,
            spec.header,
            MSG_COLUMN_MISSING(sheet.name, spec.header)
          )
        );
      }
      return null;
    }
    const { columns, missing } = resolveColumns(table, specs);
    for (const spec of missing) {
      out.push(
        issue(
          "COLUMN_MISSING",
          sheet.name,
          table.headerRow,
          spec.header,
          MSG_COLUMN_MISSING(sheet.name, spec.header)
        )
      );
    }
    return missing.length ? null : new SheetReader(table, columns);
  }

  get sheet(): string {
    return this.table.sheet;
  }

  index(field: string): number {
    return this.columns[field]?.index ?? -1;
  }

  cell(cells: readonly CellValue[], field: string): CellValue {
    const i = this.index(field);
    return i < 0 ? null : (cells[i] ?? null);
  }

  header(field: string): string {
    return this.columns[field]?.header ?? field;
  }

  report(code: IssueCode, row: number, field: string, message: string): void {
    this.issues.push(issue(code, this.sheet, row, this.header(field), message));
  }
}
