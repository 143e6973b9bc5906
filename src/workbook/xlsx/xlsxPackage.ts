/**
 * An .xlsx package opened for reading: recognises what the input is (and says so in French
 * when it is not a workbook), then resolves the workbook part and its sheets' part paths.
 */
import { XlsxReadError } from "./errors";
import { parseRels, relKind, relsPathFor, resolveTarget, type Relationship } from "./opc";
import {
  isStrictWorkbook,
  parseWorkbookXml,
  type SheetState,
  type WorkbookXml,
} from "./workbookPart";
import { MAX_INFLATED_BYTES, ZipArchive } from "./zipRead";
import { normalizeXmlText } from "./xmlNormalize";

export type SheetKind = "worksheet" | "chartsheet" | "dialogsheet" | "macrosheet" | "other";

export interface SheetInfo {
  readonly name: string;
  /** 0-based position in the workbook's sheet list (what localSheetId refers to). */
  readonly index: number;
  readonly sheetId: number;
  readonly relId: string;
  readonly kind: SheetKind;
  /** Zip path of the sheet part, or null when its relationship is missing. */
  readonly path: string | null;
  readonly state: SheetState;
}

export interface OpenOptions {
  /** Total uncompressed bytes accepted (default 1.5 GB). */
  readonly maxInflatedBytes?: number;
}

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** True for text files: a UTF-16 BOM, or no NUL and hardly any control characters. */
function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const n = Math.min(bytes.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return false;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) controls++;
  }
  return controls * 100 <= n;
}

function sheetKind(type: string): SheetKind {
  const kind = relKind(type);
  if (kind === "worksheet" || kind === "chartsheet" || kind === "dialogsheet") return kind;
  if (kind === "xlMacrosheet" || kind === "xlIntlMacrosheet") return "macrosheet";
  return "other";
}

export class XlsxPackage {
  private constructor(
    readonly zip: ZipArchive,
    readonly workbookPath: string,
    readonly workbookXml: string,
    readonly workbook: WorkbookXml,
    readonly workbookRels: readonly Relationship[],
    readonly sheets: readonly SheetInfo[]
  ) {}

  static open(bytes: Uint8Array, options: OpenOptions = {}): XlsxPackage {
    if (bytes.length === 0) throw new XlsxReadError("EMPTY");
    if (startsWith(bytes, CFB_SIGNATURE)) throw new XlsxReadError("OLE");
    let zip: ZipArchive | null;
    try {
      zip = ZipArchive.open(bytes, options.maxInflatedBytes ?? MAX_INFLATED_BYTES);
    } catch (e) {
      if (e instanceof XlsxReadError) throw e;
      throw new XlsxReadError("NOT_XLSX");
    }
    if (!zip) throw new XlsxReadError(looksLikeText(bytes) ? "TEXT" : "NOT_XLSX");
    const mimetype = zip.find("mimetype");
    if (mimetype && zip.readText(mimetype).startsWith("application/vnd.oasis.opendocument")) {
      throw new XlsxReadError("ODS");
    }
    const workbookPath = findWorkbookPath(zip);
    if (/\.bin$/i.test(workbookPath) || zip.has("xl/workbook.bin")) throw new XlsxReadError("XLSB");
    const wbEntry = zip.find(workbookPath);
    if (!wbEntry) throw new XlsxReadError("NO_WORKBOOK");
    const workbookXml = normalizeXmlText(zip.readText(wbEntry));
    if (isStrictWorkbook(workbookXml)) throw new XlsxReadError("STRICT");
    if (!/<([\w.-]+:)?workbook[\s>]/.test(workbookXml.slice(0, 4096)))
      throw new XlsxReadError("NO_WORKBOOK");
    const workbook = parseWorkbookXml(workbookXml);
    const relsEntry = zip.find(relsPathFor(workbookPath));
    const workbookRels = relsEntry ? parseRels(normalizeXmlText(zip.readText(relsEntry))) : [];
    const byId = new Map(workbookRels.map((r) => [r.id, r]));
    const sheets = workbook.sheets.map((s, index): SheetInfo => {
      const rel = byId.get(s.relId);
      return {
        name: s.name,
        index,
        sheetId: s.sheetId,
        relId: s.relId,
        kind: rel ? sheetKind(rel.type) : "other",
        path: rel && !rel.external ? resolveTarget(workbookPath, rel.target) : null,
        state: s.state,
      };
    });
    return new XlsxPackage(zip, workbookPath, workbookXml, workbook, workbookRels, sheets);
  }

  get workbookRelsPath(): string {
    return relsPathFor(this.workbookPath);
  }

  /** Zip path of the workbook-level part of the given relationship kind ("styles"…). */
  partOfKind(kind: string): string | null {
    const rel = this.workbookRels.find((r) => relKind(r.type) === kind && !r.external);
    return rel ? resolveTarget(this.workbookPath, rel.target) : null;
  }

  readText(path: string): string | null {
    const entry = this.zip.find(path);
    return entry ? normalizeXmlText(this.zip.readText(entry)) : null;
  }

  readBytes(path: string): Uint8Array | null {
    const entry = this.zip.find(path);
    return entry ? this.zip.read(entry) : null;
  }

  /** Relationships of a part (empty when it has none). */
  relsOf(path: string): Relationship[] {
    const xml = this.readText(relsPathFor(path));
    return xml ? parseRels(xml) : [];
  }
}

function findWorkbookPath(zip: ZipArchive): string {
  const rootRels = zip.find("_rels/.rels");
  if (rootRels) {
    const rels = parseRels(normalizeXmlText(zip.readText(rootRels)));
    const strict = rels.some((r) => r.type.includes("purl.oclc.org/ooxml"));
    if (strict) throw new XlsxReadError("STRICT");
    const doc = rels.find((r) => relKind(r.type) === "officeDocument" && !r.external);
    if (doc) {
      const path = resolveTarget("", doc.target);
      if (zip.has(path)) return path;
    }
  }
  return "xl/workbook.xml";
}
