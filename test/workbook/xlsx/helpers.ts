/** Test helpers: hand-made packages (fflate) and zip inspection. */
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { ZipArchive } from "../../../src/workbook/xlsx/zipRead";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A zip of the given parts, in the given order. */
export function zipParts(parts: Record<string, string | Uint8Array>, level: 0 | 6 = 6): Uint8Array {
  const z: Zippable = {};
  for (const [name, data] of Object.entries(parts))
    z[name] = [typeof data === "string" ? strToU8(data) : data, { level }];
  return zipSync(z);
}

/** Every entry's uncompressed bytes, in the archive's order. */
export function unzipAll(bytes: Uint8Array): Map<string, Uint8Array> {
  const zip = ZipArchive.open(bytes)!;
  const out = new Map<string, Uint8Array>();
  for (const e of zip.entries) out.set(e.name, zip.read(e));
  return out;
}

export function unzipText(bytes: Uint8Array, name: string): string {
  const parts = unzipSync(bytes, { filter: (f) => f.name === name });
  if (!parts[name]) throw new Error(`no part ${name}`);
  return strFromU8(parts[name]);
}

export function sheetXml(sheetData: string, extra = "", prefix = ""): string {
  const p = prefix ? prefix + ":" : "";
  const ns = prefix ? `xmlns:${prefix}="${MAIN_NS}"` : `xmlns="${MAIN_NS}"`;
  return `${XML_HEAD}<${p}worksheet ${ns} xmlns:r="${R_NS}"><${p}sheetData>${sheetData}</${p}sheetData>${extra}</${p}worksheet>`;
}

export interface MiniSheet {
  readonly name: string;
  readonly xml: string;
  readonly kind?: "worksheet" | "chartsheet";
  /** Target as written in workbook.xml.rels (default "worksheets/sheetN.xml"). */
  readonly target?: string;
  readonly rels?: string;
}

/** A minimal package: content types, root rels, workbook, its rels, the sheets, optional parts. */
export function miniWorkbook(
  sheets: readonly MiniSheet[],
  options: {
    sst?: string;
    styles?: string;
    workbookPr?: string;
    workbookExtra?: string;
    more?: Record<string, string | Uint8Array>;
  } = {}
): Uint8Array {
  const parts: Record<string, string | Uint8Array> = {};
  const overrides = sheets
    .map((s, i) => {
      const kind = s.kind ?? "worksheet";
      const path =
        kind === "chartsheet"
          ? `/xl/chartsheets/sheet${i + 1}.xml`
          : `/xl/worksheets/sheet${i + 1}.xml`;
      return `<Override PartName="${path}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${kind}+xml"/>`;
    })
    .join("");
  parts["[Content_Types].xml"] =
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}` +
    (options.sst
      ? `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`
      : "") +
    (options.styles
      ? `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`
      : "") +
    `</Types>`;
  parts["_rels/.rels"] =
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  parts["xl/workbook.xml"] =
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${R_NS}">${options.workbookPr ?? ""}<bookViews><workbookView/></bookViews><sheets>` +
    sheets
      .map(
        (s, i) =>
          `<sheet name="${s.name.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`
      )
      .join("") +
    `</sheets>${options.workbookExtra ?? ""}<calcPr calcId="191029"/></workbook>`;
  const rels = sheets.map((s, i) => {
    const kind = s.kind ?? "worksheet";
    const target =
      s.target ??
      (kind === "chartsheet" ? `chartsheets/sheet${i + 1}.xml` : `worksheets/sheet${i + 1}.xml`);
    return `<Relationship Id="rId${i + 1}" Type="${REL}/${kind}" Target="${target}"/>`;
  });
  if (options.sst)
    rels.push(`<Relationship Id="rId90" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (options.styles)
    rels.push(`<Relationship Id="rId91" Type="${REL}/styles" Target="styles.xml"/>`);
  parts["xl/_rels/workbook.xml.rels"] =
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`;
  sheets.forEach((s, i) => {
    const dir = (s.kind ?? "worksheet") === "chartsheet" ? "chartsheets" : "worksheets";
    parts[`xl/${dir}/sheet${i + 1}.xml`] = s.xml;
    if (s.rels) parts[`xl/${dir}/_rels/sheet${i + 1}.xml.rels`] = s.rels;
  });
  if (options.sst) parts["xl/sharedStrings.xml"] = options.sst;
  if (options.styles) parts["xl/styles.xml"] = options.styles;
  Object.assign(parts, options.more ?? {});
  return zipParts(parts);
}

export async function excelBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function loadExcel(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}
