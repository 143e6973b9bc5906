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
import { completeRows, inflateHead } from "./sheetHead";
import { parseSheetXml, type ParsedSheet } from "./sheetParser";
import { parseSheetPieces } from "./sheetStream";
import { parseTableXml } from "./tables";
import type { DefinedName } from "./workbookPart";
import { XlsxPackage, type OpenOptions, type SheetInfo } from "./xlsxPackage";

/**
 * Sheet parts from this size on are parsed while inflated, by pieces of PIECE_BYTES: below, one
 * piece would hold them. A piece of 1 MB stays in the processor's cache while it is scanned.
 */
export const STREAM_FROM_BYTES = 4 << 20;
const PIECE_BYTES = 1 << 20;

/** A sheet's head is first looked for in its part's first MB, then 4 and 16 MB. */
const HEAD_BYTES = 1 << 20;
const MAX_HEAD_BYTES = 16 << 20;

export class XlsxWorkbook implements WorkbookSource {
  private sst: string[] | null = null;
  /** Sheets by name (the first of a name, as a search would find it): one lookup per sheet read. */
  private readonly byName = new Map<string, SheetInfo>();

  /**
   * `streamFrom`: parts of at least this many bytes are read in pieces (STREAM_FROM_BYTES;
   * tests lower it to read small parts so).
   */
  constructor(
    readonly pkg: XlsxPackage,
    private readonly streamFrom = STREAM_FROM_BYTES
  ) {
    for (const s of pkg.sheets) if (!this.byName.has(s.name)) this.byName.set(s.name, s);
  }

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
    return this.byName.get(name)?.path ?? null;
  }

  /** True when the workbook counts dates from 1904 (serial numbers are then 1462 days less). */
  get date1904(): boolean {
    return this.pkg.workbook.date1904;
  }

  /** Large parts are parsed while they are inflated when the codec can (sheetStream.ts). */
  async readSheets(names: readonly string[]): Promise<RawSheet[]> {
    const sheets: RawSheet[] = [];
    for (const name of names) sheets.push((await this.readInPieces(name)) ?? this.readSheet(name));
    return sheets;
  }

  /** The sheet read from its part's pieces as they are inflated; null: read it whole. */
  private async readInPieces(name: string): Promise<RawSheet | null> {
    const info = this.byName.get(name);
    const entry = info?.path ? this.pkg.zip.find(info.path) : null;
    if (!info || !entry || entry.size < this.streamFrom) return null;
    if (info.kind !== "worksheet" && info.kind !== "macrosheet") return null;
    const path = info.path!;
    try {
      const pieces = this.pkg.zip.pieces(entry, PIECE_BYTES);
      if (!pieces) return null;
      const sst = this.sharedStrings();
      const parsed = await parseSheetPieces(pieces, sst, this.date1904 ? this.dateStyles() : null);
      if (parsed === null) this.pkg.zip.release(entry);
      return parsed && { name, ...parsed, tables: this.tables(path) };
    } catch (e) {
      if (e instanceof XlsxReadError) throw e;
      if (e instanceof BeyondGridError) throw beyondGrid(name, e.cell);
      throw corruptPart(path);
    }
  }

  readSheet(name: string): RawSheet {
    return this.readSheetIf(name, 0, () => true)!;
  }

  /**
   * The sheet, when its first `headRows` rows pass `accept` (else null): the head of a large part
   * comes from its first bytes, so a sheet that is refused is neither inflated whole nor turned
   * into values.
   */
  readSheetIf(
    name: string,
    headRows: number,
    accept: (head: RawSheet) => boolean
  ): RawSheet | null {
    const info = this.byName.get(name);
    if (!info) throw missingSheet(name);
    const empty: RawSheet = { name, values: [], origin: { row: 0, col: 0 }, tables: [] };
    if ((info.kind !== "worksheet" && info.kind !== "macrosheet") || info.path === null)
      return accept(empty) ? empty : null;
    const path = info.path;
    try {
      const parse = (bytes: Uint8Array, maxRows?: number) =>
        parseSheetXml(
          bytes,
          this.sharedStrings(),
          this.date1904,
          this.date1904 ? this.dateStyles() : null,
          maxRows
        );
      // The head from the first bytes of a large part, else from the whole part.
      // A head is parsed as the whole would be: decoded, comments out, prefixes as the root's.
      const early =
        headRows > 0
          ? this.headOf(path, (b) => parse(normalizeSheetBytes(b), headRows), headRows)
          : null;
      if (early && !accept({ name, ...early, tables: [] })) return null;
      const stored = this.pkg.readBytes(path);
      if (!stored) throw corruptPart(path);
      const bytes = normalizeSheetBytes(stored);
      if (headRows > 0 && !early && !accept({ name, ...parse(bytes, headRows), tables: [] }))
        return null;
      const { values, origin } = parse(bytes);
      return { name, values, origin, tables: this.tables(path) };
    } catch (e) {
      if (e instanceof XlsxReadError) throw e;
      if (e instanceof BeyondGridError) throw beyondGrid(name, e.cell);
      throw corruptPart(path);
    }
  }

  /**
   * The first `rows` rows of a part larger than 1 MB, from its first MB (then 4, 16): all of
   * them once that many rows are there; null when the head never holds them (read it whole).
   */
  private headOf(
    path: string,
    parse: (bytes: Uint8Array) => ParsedSheet,
    rows: number
  ): ParsedSheet | null {
    const entry = this.pkg.zip.find(path);
    if (!entry) return null;
    for (let want = HEAD_BYTES; want <= MAX_HEAD_BYTES && want < entry.size; want *= 4) {
      const bytes = completeRows(inflateHead(this.pkg.zip, entry, want));
      const head = bytes ? parse(bytes) : null;
      if (head && head.values.length >= rows) return head;
    }
    return null;
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
export function openXlsx(
  bytes: Uint8Array,
  options?: OpenOptions & { readonly streamFrom?: number }
): XlsxWorkbook {
  return new XlsxWorkbook(XlsxPackage.open(bytes, options), options?.streamFrom);
}
