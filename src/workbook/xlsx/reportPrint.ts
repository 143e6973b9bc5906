/**
 * The print layout of the Rapport (domain/report/print.ts) as worksheet XML: merged and wrapped
 * message cells, margins, A4 landscape one page wide, header and footer, manual row breaks; and
 * the print titles, a sheet-scoped `_xlnm.Print_Titles` defined name of workbook.xml.
 */
import { columnLetter } from "../../grid";
import { headerFooterCode, PRINT_MARGINS, type PrintLayout } from "../../domain/report/print";
import { escapeAttr, escapeCellText, findElement, rootPrefix } from "./xmlText";

export const PRINT_TITLES = "_xlnm.Print_Titles";

/** `<mergeCells>` (after sheetData) and the page set-up elements (after hyperlinks). */
export function printXml(layout: PrintLayout): { merges: string; page: string } {
  const merges = layout.wrapped
    .filter((w) => w.lastColumn > w.firstColumn)
    .map(
      (w) =>
        `<mergeCell ref="${columnLetter(w.firstColumn)}${w.row + 1}:${columnLetter(w.lastColumn)}${w.row + 1}"/>`
    );
  const m = PRINT_MARGINS;
  const breaks = layout.rowBreaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join("");
  return {
    merges: merges.length
      ? `<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>`
      : "",
    page:
      `<printOptions horizontalCentered="1"/>` +
      `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
      `<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>` +
      `<headerFooter><oddHeader>${escapeCellText(headerFooterCode(layout.header))}</oddHeader><oddFooter>${escapeCellText(headerFooterCode(layout.footer))}</oddFooter></headerFooter>` +
      (breaks
        ? `<rowBreaks count="${layout.rowBreaks.length}" manualBreakCount="${layout.rowBreaks.length}">${breaks}</rowBreaks>`
        : ""),
  };
}

/** `'Rapport'!$1:$2`: the title rows of the layout, on the sheet named `sheet`. */
export function printTitlesRef(sheet: string, layout: PrintLayout): string {
  return `'${sheet.replace(/'/g, "''")}'!$${layout.titleRows.first + 1}:$${layout.titleRows.last + 1}`;
}

/**
 * Sets the print titles of the sheet at `localSheetId`: its own `_xlnm.Print_Titles` replaced,
 * every other sheet's kept (unlike a Plafond mark, print titles exist per sheet).
 */
export function setPrintTitles(xml: string, localSheetId: number, value: string): string {
  const p = rootPrefix(xml);
  const entry = `<${p}definedName name="${PRINT_TITLES}" localSheetId="${localSheetId}">${escapeAttr(value)}</${p}definedName>`;
  const names = findElement(xml, p + "definedNames");
  if (!names || names.tag.selfClosing)
    throw new Error("workbook.xml: the report's mark comes first");
  let from = names.tag.end;
  for (;;) {
    const el = findElement(xml, p + "definedName", from, names.innerEnd);
    if (!el) break;
    const same =
      el.tag.attrs.name === PRINT_TITLES && el.tag.attrs.localSheetId === String(localSheetId);
    if (same) return xml.slice(0, el.tag.start) + entry + xml.slice(el.end);
    from = el.end;
  }
  return xml.slice(0, names.innerEnd) + entry + xml.slice(names.innerEnd);
}
