/**
 * Writes a copy of the user's workbook holding the report sheet, keeping every other part of
 * the package as it is (same bytes, names and order; stored data copied without recompression).
 * Only the package index parts, styles.xml (appended to) and the report sheet itself change.
 */
import { REPORT_MARK, REPORT_SHEET, type ReportModel } from "../../domain/report/model";
import { uniqueSheetName } from "../../domain/report/sheet-name";
import { isOwnMark, markValue } from "../../domain/report/mark";
import { maxOf } from "../../domain/arrays";
import { dropSheetFromCalcChain } from "./calcChain";

export { uniqueSheetName } from "../../domain/report/sheet-name";
import { XlsxReadError } from "./errors";
import {
  REL_TYPE_STYLES,
  REL_TYPE_WORKSHEET,
  relKind,
  relativeTarget,
  resolveTarget,
  unusedRelId,
  type Relationship,
} from "./opc";
import {
  STYLES_CT,
  WORKSHEET_CT,
  addOverride,
  addRelationship,
  addSheetEntry,
  removeOverride,
  removeRelationship,
  setSheetMark,
} from "./packageEdit";
import { renderReportSheet, reportStyleKeys } from "./reportSheet";
import { printTitlesRef, setPrintTitles } from "./reportPrint";
import { printLayout } from "../../domain/report/print";
import { appendReportStyles } from "./stylesPart";
import { XlsxPackage, type SheetInfo } from "./xlsxPackage";
import { partKey } from "./zipRead";
import { writeZip, type ZipOutItem } from "./zipWrite";

export interface ReportCopyOptions {
  /** Name of the sheet to create (default "Rapport"); "(2)", "(3)"… added when taken. */
  readonly baseName?: string;
}

export interface ReportCopy {
  readonly bytes: Uint8Array;
  readonly sheetName: string;
  /** True when a sheet Plafond had marked was replaced in place. */
  readonly replaced: boolean;
}

const CONTENT_TYPES = "[Content_Types].xml";
const encoder = new TextEncoder();

/** The worksheet Plafond marked with a sheet-scoped REPORT_MARK name, if any. */
export function markedSheet(pkg: XlsxPackage): SheetInfo | null {
  const marks = pkg.workbook.definedNames.filter(
    (n) => n.name.toUpperCase() === REPORT_MARK.toUpperCase() && n.localSheetId !== undefined
  );
  for (const n of marks) {
    const sheet = pkg.sheets[n.localSheetId!];
    // A copy of Plafond's sheet carries its mark too: only the sheet the mark names is Plafond's.
    if (!sheet || !isOwnMark(n.value, sheet.name, marks.length)) continue;
    if (sheet.kind === "worksheet" && sheet.path !== null && pkg.zip.has(sheet.path)) return sheet;
  }
  return null;
}

export function writeReportCopy(
  input: Uint8Array,
  model: ReportModel,
  options: ReportCopyOptions = {}
): ReportCopy {
  const pkg = XlsxPackage.open(input);
  const changed = new Map<string, string>();
  const removed = new Set<string>();
  const added: Array<{ name: string; text: string }> = [];
  const change = (path: string, xml: string) => changed.set(partKey(path), xml);
  const taken = (path: string) =>
    pkg.zip.has(path) || added.some((a) => partKey(a.name) === partKey(path));
  const dir = pkg.workbookPath.slice(0, pkg.workbookPath.lastIndexOf("/") + 1);
  const relsPath = pkg.workbookRelsPath;
  const rels: Relationship[] = [...pkg.workbookRels];
  const originalRels = pkg.readText(relsPath);
  const originalTypes = pkg.readText(CONTENT_TYPES);
  let relsXml = originalRels;
  let contentTypes = originalTypes;
  if (contentTypes === null)
    throw new XlsxReadError(
      "CORRUPT",
      "Le fichier est endommagé : la partie [Content_Types].xml est absente."
    );
  const addRel = (type: string, part: string): string => {
    const id = unusedRelId(rels);
    rels.push({ id, type, target: relativeTarget(pkg.workbookPath, part), external: false });
    relsXml = addRelationship(relsXml, {
      id,
      type,
      target: relativeTarget(pkg.workbookPath, part),
    });
    return id;
  };

  // Styles: appended to the existing part, or a minimal part created.
  const stylesRel = pkg.workbookRels.find((r) => relKind(r.type) === "styles" && !r.external);
  const stylesPath = stylesRel ? resolveTarget(pkg.workbookPath, stylesRel.target) : null;
  const stylesXml = stylesPath ? pkg.readText(stylesPath) : null;
  const layout = printLayout(model); // the printed pages: computed once, for the sheet and workbook.xml
  const styles = appendReportStyles(stylesXml, reportStyleKeys(model, layout));
  if (stylesPath && stylesXml !== null) {
    if (styles.xml !== stylesXml) change(stylesPath, styles.xml);
  } else {
    let path = stylesPath ?? `${dir}styles.xml`;
    for (let n = 1; stylesPath === null && taken(path); n++) path = `${dir}styles${n}.xml`;
    added.push({ name: path, text: styles.xml });
    if (!stylesRel) addRel(REL_TYPE_STYLES, path);
    contentTypes = addOverride(contentTypes, path, STYLES_CT);
  }
  const sheetXml = renderReportSheet(model, styles.xf, pkg.workbook.date1904, layout);

  const marked = markedSheet(pkg);
  let sheetName: string;
  if (marked && marked.path) {
    sheetName = marked.name;
    change(marked.path, sheetXml);
    const titled = setPrintTitles(
      pkg.workbookXml,
      pkg.sheets.indexOf(marked),
      printTitlesRef(sheetName, layout)
    );
    if (titled !== pkg.workbookXml) change(pkg.workbookPath, titled);
    const chainRel = pkg.workbookRels.find((r) => relKind(r.type) === "calcChain" && !r.external);
    const chainPath = chainRel ? resolveTarget(pkg.workbookPath, chainRel.target) : null;
    const chainXml = chainPath ? pkg.readText(chainPath) : null;
    const chain =
      chainPath && chainXml !== null ? dropSheetFromCalcChain(chainXml, marked.sheetId) : null;
    if (chainPath && chain !== null) {
      if (chain !== "") change(chainPath, chain);
      else {
        removed.add(partKey(chainPath));
        relsXml = removeRelationship(relsXml ?? "", chainRel!.id);
        contentTypes = removeOverride(contentTypes, chainPath);
      }
    }
  } else {
    sheetName = uniqueSheetName(
      options.baseName ?? REPORT_SHEET,
      pkg.sheets.map((s) => s.name)
    );
    let n = pkg.sheets.length + 1;
    while (taken(`${dir}worksheets/sheet${n}.xml`)) n++;
    const path = `${dir}worksheets/sheet${n}.xml`;
    added.push({ name: path, text: sheetXml });
    const relId = addRel(REL_TYPE_WORKSHEET, path);
    contentTypes = addOverride(contentTypes, path, WORKSHEET_CT);
    const sheetId = maxOf([0, ...pkg.sheets.map((s) => s.sheetId)]) + 1;
    let wb = addSheetEntry(pkg.workbookXml, { name: sheetName, sheetId, relId });
    wb = setSheetMark(wb, REPORT_MARK, pkg.sheets.length, markValue(sheetName));
    wb = setPrintTitles(wb, pkg.sheets.length, printTitlesRef(sheetName, layout));
    change(pkg.workbookPath, wb);
  }
  if (relsXml !== null && relsXml !== originalRels) {
    if (pkg.zip.has(relsPath)) change(relsPath, relsXml);
    else added.push({ name: relsPath, text: relsXml });
  }
  if (contentTypes !== originalTypes) change(CONTENT_TYPES, contentTypes);

  const items: ZipOutItem[] = [];
  for (const entry of pkg.zip.entries) {
    const key = partKey(entry.name);
    if (removed.has(key)) continue;
    const newText = changed.get(key);
    if (newText !== undefined) {
      items.push({ kind: "new", name: entry.name, data: encoder.encode(newText) });
      changed.delete(key); // a duplicate entry name keeps its own bytes
    } else items.push({ kind: "copy", entry, raw: pkg.zip.rawData(entry) });
  }
  for (const a of added) items.push({ kind: "new", name: a.name, data: encoder.encode(a.text) });
  return { bytes: writeZip(items), sheetName, replaced: marked !== null };
}
