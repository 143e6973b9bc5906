/**
 * Worksheet XML → values, scanned as bytes (no DOM, no string of the whole part): one pass over
 * `<sheetData>`, reading only `<row>`, `<c>`, `<v>`, `<f>` and `<is>`.
 */
import { DAYS_1904 } from "./dateStyles";
import type { CellValue } from "../../grid";
import { isoToSerial } from "../../grid";
import { RowStore, type ParsedSheet } from "./rowStore";
import { RichTextScanner, richTextNames } from "./sharedStrings";
import { decodeCellText, rootPrefix } from "./xmlText";
import { bytesOf, cdE, cdS, find, indexOfSeq, latin1, skipMarkup, unwrapCdata } from "./byteScan";
import { BeyondGridError, cellLabel, MAX_COLS, MAX_ROWS } from "./gridLimits";

export type { ParsedSheet } from "./rowStore";

const LT = 60;
const GT = 62;
const SLASH = 47;
const EQ = 61;

const T_N = 0;
const T_S = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_B = 4;
const T_E = 5;
const T_D = 6;

const utf8 = new TextDecoder("utf-8");
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Whether `<name` (followed by a name end) starts at `p`. */
function isTag(d: Uint8Array, p: number, name: Uint8Array): boolean {
  const n = name.length;
  for (let i = 0; i < n; i++) if (d[p + 1 + i] !== name[i]) return false;
  const c = d[p + 1 + n];
  return c === GT || c === SLASH || isSpace(c);
}

/** Whether `</name>` starts at `p`. */
function isEndTag(d: Uint8Array, p: number, name: Uint8Array): boolean {
  if (d[p + 1] !== SLASH) return false;
  const n = name.length;
  for (let i = 0; i < n; i++) if (d[p + 2 + i] !== name[i]) return false;
  const c = d[p + 2 + n];
  return c === GT || isSpace(c);
}

/** Parses a number from bytes: exact fast path for up to 15 digits, else the JS parser. */
function parseNumber(d: Uint8Array, s: number, e: number): number | string {
  let i = s;
  let neg = false;
  if (d[i] === 45) {
    neg = true;
    i++;
  }
  let mant = 0;
  let digits = 0;
  let scale = 0;
  let dot = false;
  for (; i < e; i++) {
    const c = d[i];
    if (c >= 48 && c <= 57) {
      if (++digits > 15) break;
      mant = mant * 10 + (c - 48);
      if (dot) scale++;
    } else if (c === 46 && !dot) dot = true;
    else break;
  }
  if (i === e && digits > 0) {
    const v = scale ? mant / POW10[scale] : mant;
    return neg ? -v : v;
  }
  const text = latin1(d, s, e).trim();
  const v = text === "" ? NaN : Number(text);
  return Number.isNaN(v) ? decodeCellText(utf8.decode(d.subarray(s, e))) : v;
}

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
 * `maxRows`: stop after that many rows from the first used one (the head of a sheet).
 * `date1904`: the workbook counts days from 1904. Then `dateStyles` lists the date-formatted
 * styles, whose numbers are shifted to the 1900 system (as every other host gives them).
 */
export function parseSheetXml(
  d: Uint8Array,
  sst: readonly string[],
  _date1904 = false,
  dateStyles: ReadonlySet<number> | null = null,
  maxRows = Infinity
): ParsedSheet {
  const prefix = rootPrefix(latin1(d, 0, Math.min(d.length, 4096)));
  const ROW = bytesOf(prefix + "row");
  const C = bytesOf(prefix + "c");
  const V = bytesOf(prefix + "v");
  const F = bytesOf(prefix + "f");
  const IS = bytesOf(prefix + "is");
  const SHEET_DATA = bytesOf(prefix + "sheetData");
  const V_CLOSE = bytesOf(`</${prefix}v>`);
  const F_CLOSE = bytesOf(`</${prefix}f>`);
  const IS_CLOSE = bytesOf(`</${prefix}is>`);
  const textNames = richTextNames(prefix);
  const store = new RowStore();

  let pos = indexOfSeq(d, bytesOf("<" + prefix + "sheetData"), 0);
  if (pos < 0 || d[find(d, GT, pos) - 1] === SLASH) return store.rectangle();
  let rowIndex = -1;
  let rowHasRef = false;
  let row: CellValue[] | null = null;
  let col = -1;
  for (;;) {
    pos = find(d, LT, pos + 1);
    if (pos < 0) break;
    if (d[pos + 1] === 33) {
      pos = skipMarkup(d, pos);
      continue;
    }
    if (isTag(d, pos, C)) {
      let p = pos + 1 + C.length;
      let refCol = -1;
      let refRow = -1;
      let type = T_N;
      let style = 0;
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
        } else if (n === 116) {
          const len = aValEnd - aVal;
          const t0 = d[aVal];
          if (len === 1)
            type = t0 === 115 ? T_S : t0 === 98 ? T_B : t0 === 101 ? T_E : t0 === 100 ? T_D : T_N;
          else if (len === 3 && t0 === 115) type = T_STR;
          else if (len === 9 && t0 === 105) type = T_INLINE;
        }
      }
      p = aVal;
      col = refCol >= 0 ? refCol : col + 1;
      if (col >= MAX_COLS) throw new BeyondGridError(cellLabel(col, rowIndex, null));
      if (row === null) {
        row = [];
        rowIndex = refRow >= 0 ? refRow : rowIndex + 1;
        store.rows.push(rowIndex);
        store.cells.push(row);
        rowHasRef = true;
      } else if (!rowHasRef && refRow >= 0) {
        rowIndex = refRow;
        store.rows[store.rows.length - 1] = rowIndex;
        rowHasRef = true;
      }
      if (selfClosing) {
        pos = p - 1;
        continue;
      }
      let vs = -1;
      let ve = -1;
      let inline: string | null = null;
      for (;;) {
        const q = find(d, LT, p);
        if (q < 0) {
          p = d.length;
          break;
        }
        if (d[q + 1] === 33) {
          p = skipMarkup(d, q) + 1;
          continue;
        }
        if (isEndTag(d, q, C)) {
          p = find(d, GT, q) + 1;
          break;
        }
        if (isTag(d, q, V)) {
          const gt = find(d, GT, q);
          if (d[gt - 1] === SLASH) {
            p = gt + 1;
            continue;
          }
          vs = gt + 1;
          ve = indexOfSeq(d, V_CLOSE, vs);
          if (ve < 0) ve = vs;
          p = ve + V_CLOSE.length;
        } else if (isTag(d, q, F)) {
          const gt = find(d, GT, q);
          if (d[gt - 1] === SLASH) p = gt + 1;
          else {
            const fe = indexOfSeq(d, F_CLOSE, gt);
            p = fe < 0 ? gt + 1 : fe + F_CLOSE.length;
          }
        } else if (isTag(d, q, IS)) {
          let ie = indexOfSeq(d, IS_CLOSE, q);
          if (ie < 0) ie = d.length;
          const xml = utf8.decode(d.subarray(q, ie));
          inline = new RichTextScanner(xml, textNames).text(0, xml.length);
          p = ie + IS_CLOSE.length;
        } else p = q + 1;
      }
      pos = p - 1;
      let v: CellValue;
      if (inline !== null && (type === T_INLINE || vs < 0)) v = inline;
      else if (vs < 0) v = null;
      else if (type === T_N) {
        unwrapCdata(d, vs, ve);
        v = cdE > cdS ? parseNumber(d, cdS, cdE) : null;
        if (typeof v === "number" && dateStyles !== null && dateStyles.has(style)) v += DAYS_1904;
      } else if (type === T_S) {
        let idx = 0;
        for (let q = vs; q < ve; q++) {
          const c = d[q];
          if (c >= 48 && c <= 57) idx = idx * 10 + (c - 48);
        }
        v = sst[idx] ?? null;
      } else if (type === T_B) v = d[vs] === 49 || d[vs] === 116;
      else {
        const text = decodeCellText(utf8.decode(d.subarray(vs, ve)));
        if (type === T_E) v = { error: text };
        else if (type === T_D) v = isoToSerial(text) ?? text;
        else v = text;
      }
      if (v !== null) store.set(row, rowIndex, col, v);
    } else if (isTag(d, pos, ROW)) {
      let p = pos + 1 + ROW.length;
      let r = -1;
      let rText = "";
      while ((p = nextAttr(d, p)) >= 0) {
        if (aNameEnd - aName === 1 && d[aName] === 114) {
          r = 0;
          rText = latin1(d, aVal, Math.min(aValEnd, aVal + 32));
          for (let q = aVal; q < aValEnd; q++) r = r * 10 + (d[q] - 48);
        }
      }
      rowHasRef = r > 0;
      rowIndex = rowHasRef ? r - 1 : rowIndex + 1;
      if (rowIndex >= MAX_ROWS)
        throw new BeyondGridError(
          cellLabel(0, rowIndex, rowHasRef ? `de la ligne ${rText}` : null)
        );
      // `maxRows`: only the first rows from the first used one are wanted (rows come in order).
      if (store.maxRow >= 0 && rowIndex - store.minRow >= maxRows) break;
      col = -1;
      if (selfClosing) row = null;
      else {
        row = [];
        store.rows.push(rowIndex);
        store.cells.push(row);
      }
      pos = aVal - 1;
    } else if (isEndTag(d, pos, ROW)) {
      row = null;
    } else if (isEndTag(d, pos, SHEET_DATA)) break;
  }
  return store.rectangle();
}
