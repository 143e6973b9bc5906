/**
 * Hand-made .xlsx packages for the hostile corpus: every byte is chosen, so a case can hold what
 * Excel writes (shared strings, cached formula values, error cells, quote-prefixed text, merged
 * ranges, hidden rows, tables with a totals row, the 1904 date system, rich text with phonetic
 * runs) without going through a library that would normalise it away.
 */
import { strToU8, zipSync, type Zippable } from "fflate";
import { columnLetter } from "../../src/grid";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const PKG_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/** A cell as the test means it; plain values are written the way Excel saves them. */
export type Cell =
  | string
  | number
  | boolean
  | null
  | { readonly error: string }
  /** A formula, with the value Excel cached at the last calculation (absent: never calculated). */
  | { readonly f: string; readonly cached?: number | string | { error: string } }
  /** A date cell: the serial of the ISO date (in the workbook's date system), date-formatted. */
  | { readonly date: string }
  /** Text typed with a leading apostrophe: a shared string whose style has quotePrefix. */
  | { readonly quoted: string }
  | { readonly inline: string }
  /** A number written as this exact text in <v> ("3E4", "2.100000001E9"), as some tools do. */
  | { readonly raw: string }
  /** A shared string made of rich-text runs, with an optional phonetic run (left out when read). */
  | { readonly runs: readonly string[]; readonly phonetic?: string };

export interface TableSpec {
  readonly name: string;
  /** A1 range of the whole table, header and totals rows included. */
  readonly ref: string;
  readonly columns: readonly string[];
  readonly totalsRow?: boolean;
}

export interface SheetSpec {
  readonly name: string;
  readonly rows: ReadonlyArray<ReadonlyArray<Cell>>;
  /** 1-based row of rows[0] (default 1) and 0-based column of every rows[i][0] (default 0). */
  readonly firstRow?: number;
  readonly firstCol?: number;
  readonly merges?: readonly string[];
  /** 1-based rows written with hidden="1". */
  readonly hiddenRows?: readonly number[];
  readonly tables?: readonly TableSpec[];
  /** Rows far below the others: [1-based row, cells from column A]. */
  readonly farRows?: ReadonlyArray<readonly [number, ReadonlyArray<Cell>]>;
  readonly state?: "hidden" | "veryHidden";
}

export interface BookOptions {
  readonly date1904?: boolean;
  /** Plain strings as inline strings (as some generators write them) instead of shared strings. */
  readonly inlineStrings?: boolean;
  /** Parts added as they are (paths without a leading slash) with their content types. */
  readonly extraParts?: Readonly<
    Record<string, { data: string | Uint8Array; contentType?: string }>
  >;
  /** Extra relationships of the workbook part: [type URI, target relative to xl/]. */
  readonly workbookRels?: ReadonlyArray<[string, string]>;
  /** Extra relationships and XML (after sheetData) of a sheet, by sheet index. */
  readonly sheetExtras?: Readonly<
    Record<number, { rels: ReadonlyArray<[string, string]>; xml: string }>
  >;
  /** XML inserted in workbook.xml after </sheets> (e.g. <pivotCaches>). */
  readonly workbookXmlExtra?: string;
  readonly defaultContentTypes?: ReadonlyArray<[string, string]>;
  readonly mainContentType?: string;
}

// A carriage return would be normalised away by XML parsers: Excel writes it as _x000D_.
const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "_x000D_");
const escAttr = (s: string) => esc(s).replace(/"/g, "&quot;");

const DAY_MS = 86400000;
/** Excel serial of an ISO date (1900 system, from March 1900 on; or the 1904 system). */
export function serialOf(iso: string, date1904 = false): number {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  return date1904 ? (ms - Date.UTC(1904, 0, 1)) / DAY_MS : (ms - Date.UTC(1899, 11, 30)) / DAY_MS;
}

// cellXfs: 0 General, 1 date (built-in 14), 2 text with quotePrefix, 3 euro format.
export const STYLE_DATE = 1;
const STYLES =
  `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
  `<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00\\ &quot;€&quot;"/></numFmts>` +
  `<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" quotePrefix="1"/>` +
  `<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

class SharedStrings {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();
  add(xml: string): number {
    let i = this.index.get(xml);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(xml);
      this.index.set(xml, i);
    }
    return i;
  }
  part(): string {
    const n = this.items.length;
    return `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${n}" uniqueCount="${n}">${this.items.map((x) => `<si>${x}</si>`).join("")}</sst>`;
  }
}

const plainText = (s: string) =>
  `<t${/^\s|\s$/.test(s) ? ' xml:space="preserve"' : ""}>${esc(s)}</t>`;

function cellXml(
  ref: string,
  v: Cell,
  sst: SharedStrings,
  date1904: boolean,
  inline: boolean
): string {
  if (v === null) return "";
  if (typeof v === "string" && inline)
    return `<c r="${ref}" t="inlineStr"><is>${plainText(v)}</is></c>`;
  if (typeof v === "number") return `<c r="${ref}"><v>${v}</v></c>`;
  if (typeof v === "boolean") return `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
  if (typeof v === "string") return `<c r="${ref}" t="s"><v>${sst.add(plainText(v))}</v></c>`;
  if ("error" in v) return `<c r="${ref}" t="e"><v>${esc(v.error)}</v></c>`;
  if ("date" in v)
    return `<c r="${ref}" s="${STYLE_DATE}"><v>${serialOf(v.date, date1904)}</v></c>`;
  if ("quoted" in v) return `<c r="${ref}" s="2" t="s"><v>${sst.add(plainText(v.quoted))}</v></c>`;
  if ("raw" in v) return `<c r="${ref}"><v>${v.raw}</v></c>`;
  if ("inline" in v) return `<c r="${ref}" t="inlineStr"><is>${plainText(v.inline)}</is></c>`;
  if ("runs" in v) {
    const runs = v.runs
      .map((r, i) => `<r>${i % 2 ? '<rPr><b/><sz val="11"/></rPr>' : ""}${plainText(r)}</r>`)
      .join("");
    const ph =
      v.phonetic === undefined
        ? ""
        : `<rPh sb="0" eb="1">${plainText(v.phonetic)}</rPh><phoneticPr fontId="0" type="noConversion"/>`;
    return `<c r="${ref}" t="s"><v>${sst.add(runs + ph)}</v></c>`;
  }
  const f = `<f>${esc(v.f)}</f>`;
  const c = v.cached;
  if (c === undefined) return `<c r="${ref}">${f}</c>`;
  if (typeof c === "number") return `<c r="${ref}">${f}<v>${c}</v></c>`;
  if (typeof c === "string") return `<c r="${ref}" t="str">${f}<v>${esc(c)}</v></c>`;
  return `<c r="${ref}" t="e">${f}<v>${esc(c.error)}</v></c>`;
}

function sheetXml(s: SheetSpec, sst: SharedStrings, o: BookOptions, extra: string): string {
  const first = s.firstRow ?? 1;
  const col0 = s.firstCol ?? 0;
  const hidden = new Set(s.hiddenRows ?? []);
  const numbered: Array<readonly [number, ReadonlyArray<Cell>]> = [
    ...s.rows.map((row, i) => [first + i, row] as const),
    ...(s.farRows ?? []),
  ];
  const rows = numbered.map(([r, row]) => {
    const cells = row
      .map((v, j) =>
        cellXml(
          `${columnLetter(col0 + j)}${r}`,
          v,
          sst,
          o.date1904 ?? false,
          o.inlineStrings ?? false
        )
      )
      .join("");
    return `<row r="${r}"${hidden.has(r) ? ' hidden="1"' : ""}>${cells}</row>`;
  });
  const merges = s.merges?.length
    ? `<mergeCells count="${s.merges.length}">${s.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
    : "";
  const tables = s.tables?.length
    ? `<tableParts count="${s.tables.length}">${s.tables.map((_, i) => `<tablePart r:id="rIdT${i + 1}"/>`).join("")}</tableParts>`
    : "";
  return (
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${R_NS}"><sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/><sheetData>${rows.join("")}</sheetData>${merges}` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${extra}${tables}</worksheet>`
  );
}

function tableXml(t: TableSpec, id: number): string {
  const [from, to] = t.ref.split(":");
  const bodyEnd = t.totalsRow ? to.replace(/\d+$/, (n) => String(Number(n) - 1)) : to;
  const cols = t.columns
    .map(
      (c, i) =>
        `<tableColumn id="${i + 1}" name="${escAttr(c)}"${t.totalsRow && i === t.columns.length - 1 ? ' totalsRowFunction="sum"' : ""}/>`
    )
    .join("");
  return (
    `${XML_HEAD}<table xmlns="${MAIN_NS}" id="${id}" name="${t.name}" displayName="${t.name}" ref="${t.ref}"${t.totalsRow ? ' totalsRowCount="1"' : ""}>` +
    `<autoFilter ref="${from}:${bodyEnd}"/><tableColumns count="${t.columns.length}">${cols}</tableColumns>` +
    `<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

const rels = (items: ReadonlyArray<[string, string, string]>) =>
  `${XML_HEAD}<Relationships xmlns="${PKG_RELS_NS}">${items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${escAttr(target)}"/>`).join("")}</Relationships>`;

/** The .xlsx bytes of the given sheets. */
export function buildXlsx(sheets: readonly SheetSpec[], options: BookOptions = {}): Uint8Array {
  const date1904 = options.date1904 ?? false;
  const sst = new SharedStrings();
  const parts: Record<string, string | Uint8Array> = {};
  const overrides: Array<[string, string]> = [
    [`/xl/workbook.xml`, options.mainContentType ?? `${CT}.sheet.main+xml`],
  ];
  let tableId = 0;
  sheets.forEach((s, i) => {
    const extra = options.sheetExtras?.[i];
    const sheetRels: Array<[string, string, string]> = [];
    (s.tables ?? []).forEach((t, k) => {
      tableId++;
      parts[`xl/tables/table${tableId}.xml`] = tableXml(t, tableId);
      overrides.push([`/xl/tables/table${tableId}.xml`, `${CT}.table+xml`]);
      sheetRels.push([`rIdT${k + 1}`, `${R_NS}/table`, `../tables/table${tableId}.xml`]);
    });
    extra?.rels.forEach(([type, target], k) => sheetRels.push([`rIdX${k + 1}`, type, target]));
    parts[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(s, sst, options, extra?.xml ?? "");
    if (sheetRels.length) parts[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] = rels(sheetRels);
    overrides.push([`/xl/worksheets/sheet${i + 1}.xml`, `${CT}.worksheet+xml`]);
  });
  const wbRels: Array<[string, string, string]> = sheets.map((_, i) => [
    `rId${i + 1}`,
    `${R_NS}/worksheet`,
    `worksheets/sheet${i + 1}.xml`,
  ]);
  wbRels.push(
    ["rIdS", `${R_NS}/styles`, "styles.xml"],
    ["rIdSST", `${R_NS}/sharedStrings`, "sharedStrings.xml"]
  );
  (options.workbookRels ?? []).forEach(([type, target], k) =>
    wbRels.push([`rIdW${k + 1}`, type, target])
  );
  overrides.push(
    ["/xl/styles.xml", `${CT}.styles+xml`],
    ["/xl/sharedStrings.xml", `${CT}.sharedStrings+xml`]
  );
  for (const [name, part] of Object.entries(options.extraParts ?? {})) {
    parts[name] = part.data;
    if (part.contentType) overrides.push([`/${name}`, part.contentType]);
  }
  parts["xl/workbook.xml"] =
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${R_NS}"><workbookPr${date1904 ? ' date1904="1"' : ""} defaultThemeVersion="166925"/>` +
    `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets>` +
    sheets
      .map(
        (s, i) =>
          `<sheet name="${escAttr(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`
      )
      .join("") +
    `</sheets>${options.workbookXmlExtra ?? ""}<calcPr calcId="191029"/></workbook>`;
  parts["xl/_rels/workbook.xml.rels"] = rels(wbRels);
  parts["xl/styles.xml"] = STYLES;
  parts["xl/sharedStrings.xml"] = sst.part();
  parts["_rels/.rels"] = rels([["rId1", `${R_NS}/officeDocument`, "xl/workbook.xml"]]);
  const defaults: Array<[string, string]> = [
    ["rels", "application/vnd.openxmlformats-package.relationships+xml"],
    ["xml", "application/xml"],
    ...(options.defaultContentTypes ?? []),
  ];
  const types =
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    defaults.map(([e, t]) => `<Default Extension="${e}" ContentType="${t}"/>`).join("") +
    overrides.map(([p, t]) => `<Override PartName="${escAttr(p)}" ContentType="${t}"/>`).join("") +
    `</Types>`;
  const zip: Zippable = { "[Content_Types].xml": strToU8(types) };
  for (const [name, data] of Object.entries(parts))
    zip[name] = typeof data === "string" ? strToU8(data) : data;
  return zipSync(zip, { level: 6 });
}
