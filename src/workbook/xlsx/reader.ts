/**
 * The .xlsx reader: a WorkbookSource over a file's bytes. Opening reads only the package index
 * (zip directory, workbook, its relationships); a sheet is inflated and parsed when asked for,
 * shared strings once, on the first sheet read.
 */
import { dateStyleIndices } from "./dateStyles";
import type { RawSheet, SheetTable, WorkbookSource } from "../../grid";
import { XlsxReadError, corruptPart, missingSheet } from "./errors";
import { normalizeSheetBytes } from "./xmlNormalize";
import { BeyondGridError, beyondGrid } from "./gridLimits";
import { relKind, resolveTarget } from "./opc";
import { parseSharedStrings } from "./sharedStrings";
import { parseSheetXml } from "./sheetParser";
import { parseTableXml } from "./tables";
import type { DefinedName } from "./workbookPart";
import { XlsxPackage, type OpenOptions, type SheetInfo } from "./xlsxPackage";

export class XlsxWorkbook implements WorkbookSource {
  private sst: string[] | null = null;

  constructor(readonly pkg: XlsxPackage) {}

  sheetNames(): readonly string[] {
    return this.pkg.sheets.map((s) => s.name);
  }

  /** Every sheet in workbook order, with its kind, state and part path. */
  sheets(): readonly SheetInfo[] {
    return this.pkg.sheets;
  }

  definedNames(): readonly DefinedName[] {
    return this.pkg.workbook.definedNames;
  }

  /** Zip path of a sheet's part ("xl/worksheets/sheet1.xml"), null if unknown. */
  sheetPath(name: string): string | null {
    return this.pkg.sheets.find((s) => s.name === name)?.path ?? null;
  }

  /** True when the workbook counts dates from 1904 (serial numbers are then 1462 days less). */
  get date1904(): boolean {
    return this.pkg.workbook.date1904;
  }

  async readSheets(names: readonly string[]): Promise<RawSheet[]> {
    return names.map((name) => this.readSheet(name));
  }

  readSheet(name: string): RawSheet {
    return this.readSheetIf(name, 0, () => true)!;
  }

  /**
   * The sheet, when its first `headRows` rows pass `accept` (else null, the rest of the sheet
   * never turned into values): its part is inflated once, its head parsed first.
   */
  readSheetIf(name: string, headRows: number, accept: (head: RawSheet) => boolean): RawSheet | null {
    const info = this.pkg.sheets.find((s) => s.name === name);
    if (!info) throw missingSheet(name);
    const empty: RawSheet = { name, values: [], origin: { row: 0, col: 0 }, tables: [] };
    if ((info.kind !== "worksheet" && info.kind !== "macrosheet") || info.path === null)
      return accept(empty) ? empty : null;
    const path = info.path;
    const stored = this.pkg.readBytes(path);
    if (!stored) throw corruptPart(path);
    const bytes = normalizeSheetBytes(stored);
    try {
      const parse = (maxRows?: number) =>
        parseSheetXml(bytes, this.sharedStrings(), this.date1904, this.date1904 ? this.dateStyles() : null, maxRows);
      if (headRows > 0 && !accept({ name, ...parse(headRows), tables: [] })) return null;
      const { values, origin } = parse();
      return { name, values, origin, tables: this.tables(path) };
    } catch (e) {
      if (e instanceof XlsxReadError) throw e;
      if (e instanceof BeyondGridError) throw beyondGrid(name, e.cell);
      throw corruptPart(path);
    }
  }

  private dateStyleSet: Set<number> | null = null;

  /** Date-formatted styles, read only for 1904-system workbooks (see dateStyles.ts). */
  private dateStyles(): Set<number> {
    if (this.dateStyleSet === null) {
      const path = this.pkg.partOfKind("styles");
      const xml = path ? this.pkg.readText(path) : null;
      this.dateStyleSet = xml ? dateStyleIndices(xml) : new Set();
    }
    return this.dateStyleSet;
  }

  private sharedStrings(): string[] {
    if (this.sst === null) {
      const path = this.pkg.partOfKind("sharedStrings");
      const xml = path ? this.pkg.readText(path) : null;
      this.sst = xml ? parseSharedStrings(xml) : [];
    }
    return this.sst;
  }

  private tables(sheetPath: string): SheetTable[] {
    const tables: SheetTable[] = [];
    for (const rel of this.pkg.relsOf(sheetPath)) {
      if (rel.external || relKind(rel.type) !== "table") continue;
      const xml = this.pkg.readText(resolveTarget(sheetPath, rel.target));
      const table = xml ? parseTableXml(xml) : null;
      if (table) tables.push(table);
    }
    return tables;
  }
}

/** Opens an .xlsx file's bytes; throws XlsxReadError (French message) when it is not one. */
export function openXlsx(bytes: Uint8Array, options?: OpenOptions): XlsxWorkbook {
  return new XlsxWorkbook(XlsxPackage.open(bytes, options));
}
