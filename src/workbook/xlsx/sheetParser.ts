/**
 * Worksheet XML → values, scanned as bytes (no DOM, no string of the whole part): one pass over
 * `<sheetData>`, reading only `<row>`, `<c>`, `<v>`, `<f>` and `<is>`.
 */
import { DAYS_1904 } from "./dateStyles";
import type { CellValue } from "../../grid";
import { isoToSerial } from "../../grid";
import { RowStore, type ParsedSheet } from "./rowStore";
import { RichTextScanner, richTextNames } from "./sharedStrings";
import { decodeCellText } from "./xmlText";
import { bytesOf, cdE, cdS, find, indexOfSeq, latin1, skipMarkup, unwrapCdata } from "./byteScan";
import { BeyondGridError, cellLabel, MAX_COLS, MAX_ROWS } from "./gridLimits";

import {
  EQ,
  GT,
  isEndTag,
  isSpace,
  isTag,
  LT,
  parseNumber,
  SLASH,
  sheetDataAt,
  sheetPrefix,
  utf8,
} from "./sheetBytes";

export type { ParsedSheet } from "./rowStore";

const T_N = 0;
const T_S = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_B = 4;
const T_E = 5;
const T_D = 6;

// Attribute scanner state (module-level to avoid allocating per attribute).
let aName = 0;
let aNameEnd = 0;
let aVal = 0;
let aValEnd = 0;
let selfClosing = false;

/** Reads the next attribute from `p`; returns the position after it, or -1 at the tag's end
 *  (then the position after `>` is in aVal and `selfClosing` says whether it was `/>`). */
function nextAttr(d: Uint8Array, p: number): number {
  let c = d[p];
  while (isSpace(c)) c = d[++p];
  if (c === GT || c === SLASH || c === undefined) {
    selfClosing = c === SLASH;
    aVal = c === SLASH ? p + 2 : p + 1;
    return -1;
  }
  aName = p;
  while (c !== EQ && !isSpace(c) && c !== undefined) c = d[++p];
  aNameEnd = p;
  while (c !== 34 && c !== 39 && c !== undefined) c = d[++p];
  aVal = p + 1;
  aValEnd = find(d, c, aVal);
  if (aValEnd < 0) aValEnd = d.length;
  return aValEnd + 1;
}

/**
 * The cells of a sheet's `<sheetData>`, scanned from one or more pieces of the part, each cut
 * after a complete row (sheetStream.ts feeds it as the part is inflated): the rows' state
 * (current row, its number, the next column) carries from one piece to the next.
 * `maxRows`: stop after that many rows from the first used one (the head of a sheet).
 * `dateStyles` (1904 workbooks only) lists the date-formatted styles, whose numbers are shifted
 * to the 1900 system (as every other host gives them).
 */
export class SheetScanner {
  private readonly ROW: Uint8Array;
  private readonly C: Uint8Array;
  private readonly V: Uint8Array;
  private readonly F: Uint8Array;
  private readonly IS: Uint8Array;
  private readonly SHEET_DATA: Uint8Array;
  private readonly V_CLOSE: Uint8Array;
  private readonly F_CLOSE: Uint8Array;
  private readonly IS_CLOSE: Uint8Array;
  private readonly textNames: ReturnType<typeof richTextNames>;
  private readonly store = new RowStore();
  private rowIndex = -1;
  private rowHasRef = false;
  private row: CellValue[] | null = null;
  private col = -1;
  /** The end of `<sheetData>` (or `maxRows`) was reached: nothing after counts. */
  done = false;

  constructor(
    prefix: string,
    private readonly sst: readonly string[],
    private readonly dateStyles: ReadonlySet<number> | null = null,
    private readonly maxRows = Infinity
  ) {
    this.ROW = bytesOf(prefix + "row");
    this.C = bytesOf(prefix + "c");
    this.V = bytesOf(prefix + "v");
    this.F = bytesOf(prefix + "f");
    this.IS = bytesOf(prefix + "is");
    this.SHEET_DATA = bytesOf(prefix + "sheetData");
    this.V_CLOSE = bytesOf(`</${prefix}v>`);
    this.F_CLOSE = bytesOf(`</${prefix}f>`);
    this.IS_CLOSE = bytesOf(`</${prefix}is>`);
    this.textNames = richTextNames(prefix);
  }

  /** Scans the tags of `d` after `pos` (-1: from its first byte) to its end. */
  scan(d: Uint8Array, pos: number): void {
    const { C, ROW, SHEET_DATA } = this;
    this.noVClose = this.noFClose = Infinity;
    while (!this.done) {
      pos = find(d, LT, pos + 1);
      if (pos < 0) break;
      if (d[pos + 1] === 33) pos = skipMarkup(d, pos);
      else if (isTag(d, pos, C)) pos = this.cell(d, pos);
      else if (isTag(d, pos, ROW)) pos = this.rowStart(d, pos);
      else if (isEndTag(d, pos, ROW)) this.row = null;
      else if (isEndTag(d, pos, SHEET_DATA)) this.done = true;
    }
  }

  result(): ParsedSheet {
    return this.store.rectangle();
  }

  /** A `<row>` tag at `pos`: the row it opens; returns where the scan goes on. */
  private rowStart(d: Uint8Array, pos: number): number {
    const store = this.store;
    let p = pos + 1 + this.ROW.length;
    let r = -1;
    let rStart = -1;
    let rEnd = -1;
    while ((p = nextAttr(d, p)) >= 0) {
      if (aNameEnd - aName === 1 && d[aName] === 114) {
        r = 0;
        rStart = aVal;
        rEnd = aValEnd;
        for (let q = aVal; q < aValEnd; q++) r = r * 10 + (d[q] - 48);
      }
    }
    this.rowHasRef = r > 0;
    const rowIndex = this.rowHasRef ? r - 1 : this.rowIndex + 1;
    this.rowIndex = rowIndex;
    if (rowIndex >= MAX_ROWS) {
      // The row's own text for the message, read only then (not a slice for each row).
      const rText = this.rowHasRef ? latin1(d, rStart, Math.min(rEnd, rStart + 32)) : "";
      throw new BeyondGridError(
        cellLabel(0, rowIndex, this.rowHasRef ? `de la ligne ${rText}` : null)
      );
    }
    // `maxRows`: only the first rows from the first used one are wanted (rows come in order).
    if (store.maxRow >= 0 && rowIndex - store.minRow >= this.maxRows) {
      this.done = true;
      return pos;
    }
    this.col = -1;
    this.row = selfClosing ? null : store.newRow(rowIndex);
    return aVal - 1;
  }

  /** A `<c>` tag at `pos`: its value set in the current row; returns where the scan goes on. */
  private cell(d: Uint8Array, pos: number): number {
    let p = pos + 1 + this.C.length;
    let refCol = -1;
    let refRow = -1;
    let type = T_N;
    let style = 0;
    const dateStyles = this.dateStyles;
    while ((p = nextAttr(d, p)) >= 0) {
      if (aNameEnd - aName !== 1) continue;
      const n = d[aName];
      if (n === 114) {
        // r="AB12"
        let q = aVal;
        let letters = 0;
        for (let c = d[q]; q < aValEnd && c >= 65 && c <= 90; c = d[++q])
          letters = letters * 26 + (c - 64);
        let digits = 0;
        for (let c = d[q]; q < aValEnd && c >= 48 && c <= 57; c = d[++q])
          digits = digits * 10 + (c - 48);
        refCol = letters - 1;
        refRow = digits - 1;
        if (refCol >= MAX_COLS || refRow >= MAX_ROWS)
          throw new BeyondGridError(cellLabel(refCol, refRow, latin1(d, aVal, aValEnd)));
      } else if (n === 115 && dateStyles !== null) {
        let st = 0;
        for (let q = aVal; q < aValEnd; q++) st = st * 10 + (d[q] - 48);
        style = st;
      } else if (n === 116) type = cellType(d, aVal, aValEnd - aVal);
    }
    p = aVal;
    const col = refCol >= 0 ? refCol : this.col + 1;
    this.col = col;
    if (col >= MAX_COLS) throw new BeyondGridError(cellLabel(col, this.rowIndex, null));
    let row = this.row;
    if (row === null) {
      this.rowIndex = refRow >= 0 ? refRow : this.rowIndex + 1;
      row = this.row = this.store.newRow(this.rowIndex);
      this.rowHasRef = true;
    } else if (!this.rowHasRef && refRow >= 0) {
      this.rowIndex = refRow;
      this.store.rows[this.store.rows.length - 1] = refRow;
      this.rowHasRef = true;
    }
    if (selfClosing) return p - 1;
    p = this.content(d, p);
    const v = this.value(d, type, style);
    if (v !== null) this.store.set(row, this.rowIndex, col, v);
    return p - 1;
  }

  /**
   * Where `close` (`</v>`, `</f>`) next starts from `from`, or -1. A search that found none is
   * not made again after it: cells of `<v>` never closed made each search run to the end of the
   * part (a 4 MB part took minutes).
   */
  private closeAt(d: Uint8Array, close: Uint8Array, from: number): number {
    const none = close === this.V_CLOSE ? this.noVClose : this.noFClose;
    if (from >= none) return -1;
    const at = indexOfSeq(d, close, from);
    if (at < 0) {
      if (close === this.V_CLOSE) this.noVClose = from;
      else this.noFClose = from;
    }
    return at;
  }

  // From these positions of the bytes being scanned, no `</v>` (`</f>`) follows.
  private noVClose = Infinity;
  private noFClose = Infinity;

  // The content of the cell last read by `content`: its <v> bytes, or its inline string.
  private vs = -1;
  private ve = -1;
  private inline: string | null = null;

  /** The elements inside a `<c>` from `p`: `<v>` and `<is>` noted, `<f>` skipped; returns the
   *  position after `</c>`. */
  private content(d: Uint8Array, p: number): number {
    const { C, V, F, IS, V_CLOSE, F_CLOSE, IS_CLOSE } = this;
    this.vs = -1;
    this.ve = -1;
    this.inline = null;
    for (;;) {
      const q = find(d, LT, p);
      if (q < 0) return d.length;
      if (d[q + 1] === 33) {
        p = skipMarkup(d, q) + 1;
        continue;
      }
      if (isEndTag(d, q, C)) {
        const gt = find(d, GT, q);
        return gt < 0 ? d.length : gt + 1;
      }
      if (isTag(d, q, V)) {
        const gt = find(d, GT, q);
        // A tag never closed ends the part (its search from the start again would never end).
        if (gt < 0) return d.length;
        if (d[gt - 1] === SLASH) {
          p = gt + 1;
          continue;
        }
        this.vs = gt + 1;
        let ve = this.closeAt(d, V_CLOSE, gt + 1);
        if (ve < 0) ve = gt + 1;
        this.ve = ve;
        p = ve + V_CLOSE.length;
      } else if (isTag(d, q, F)) {
        const gt = find(d, GT, q);
        if (gt < 0) return d.length;
        if (d[gt - 1] === SLASH) p = gt + 1;
        else {
          const fe = this.closeAt(d, F_CLOSE, gt);
          p = fe < 0 ? gt + 1 : fe + F_CLOSE.length;
        }
      } else if (isTag(d, q, IS)) {
        let ie = indexOfSeq(d, IS_CLOSE, q);
        if (ie < 0) ie = d.length;
        const xml = utf8.decode(d.subarray(q, ie));
        this.inline = new RichTextScanner(xml, this.textNames).text(0, xml.length);
        p = ie + IS_CLOSE.length;
      } else p = q + 1;
    }
  }

  /** The value of the cell whose content `content` just read. */
  private value(d: Uint8Array, type: number, style: number): CellValue {
    const { vs, ve, inline } = this;
    if (inline !== null && (type === T_INLINE || vs < 0)) return inline;
    if (vs < 0) return null;
    if (type === T_N) {
      unwrapCdata(d, vs, ve);
      const v = cdE > cdS ? parseNumber(d, cdS, cdE) : null;
      const dateStyles = this.dateStyles;
      return typeof v === "number" && dateStyles !== null && dateStyles.has(style)
        ? v + DAYS_1904
        : v;
    }
    if (type === T_S) {
      let idx = 0;
      for (let q = vs; q < ve; q++) {
        const c = d[q];
        if (c >= 48 && c <= 57) idx = idx * 10 + (c - 48);
      }
      return this.sst[idx] ?? null;
    }
    if (type === T_B) return d[vs] === 49 || d[vs] === 116;
    const text = decodeCellText(utf8.decode(d.subarray(vs, ve)));
    if (type === T_E) return { error: text };
    if (type === T_D) return isoToSerial(text) ?? text;
    return text;
  }
}

/** A cell's `t` attribute: s, b, e, d, str, inlineStr; anything else is a number. */
function cellType(d: Uint8Array, at: number, len: number): number {
  const t0 = d[at];
  if (len === 1)
    return t0 === 115 ? T_S : t0 === 98 ? T_B : t0 === 101 ? T_E : t0 === 100 ? T_D : T_N;
  if (len === 3 && t0 === 115) return T_STR;
  if (len === 9 && t0 === 105) return T_INLINE;
  return T_N;
}

/**
 * A whole sheet part's cells. `date1904`: the workbook counts days from 1904; then `dateStyles`
 * lists its date-formatted styles (see SheetScanner).
 */
export function parseSheetXml(
  d: Uint8Array,
  sst: readonly string[],
  _date1904 = false,
  dateStyles: ReadonlySet<number> | null = null,
  maxRows = Infinity
): ParsedSheet {
  const prefix = sheetPrefix(d);
  const scanner = new SheetScanner(prefix, sst, dateStyles, maxRows);
  const { at, empty } = sheetDataAt(d, prefix);
  if (!empty) scanner.scan(d, at);
  return scanner.result();
}
