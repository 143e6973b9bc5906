import { strToU8, zipSync } from "fflate";
import type { RawSheet } from "../src/grid";
import { columnLetter } from "../src/grid";

/** A plain .xlsx of the given sheets (shared strings, numbers), as Excel would save it. */
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A cell that holds a formula, written without a cached value so that the reader computes it. */
export interface FormulaCell {
  readonly f: string;
}

export interface BenchSheet {
  readonly name: string;
  readonly values: ReadonlyArray<ReadonlyArray<RawSheet["values"][number][number] | FormulaCell>>;
}

export function writeXlsx(sheets: readonly BenchSheet[]): Uint8Array {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const files: Record<string, Uint8Array> = {};
  sheets.forEach((sheet, n) => {
    const parts: string[] = [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    ];
    sheet.values.forEach((row, r) => {
      parts.push(`<row r="${r + 1}">`);
      row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        const ref = `${columnLetter(c)}${r + 1}`;
        if (typeof v === "number") parts.push(`<c r="${ref}"><v>${v}</v></c>`);
        else if (typeof v === "object" && "f" in v)
          parts.push(`<c r="${ref}"><f>${esc(v.f)}</f></c>`);
        else if (typeof v === "string") {
          let i = index.get(v);
          if (i === undefined) {
            i = strings.length;
            strings.push(v);
            index.set(v, i);
          }
          parts.push(`<c r="${ref}" t="s"><v>${i}</v></c>`);
        }
      });
      parts.push("</row>");
    });
    parts.push("</sheetData></worksheet>");
    files[`xl/worksheets/sheet${n + 1}.xml`] = strToU8(parts.join(""));
  });
  files["xl/sharedStrings.xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join("")}</sst>`
  );
  files["xl/workbook.xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets.map((s, n) => `<sheet name="${esc(s.name)}" sheetId="${n + 1}" r:id="rId${n + 1}"/>`).join("")}</sheets></workbook>`
  );
  files["xl/_rels/workbook.xml.rels"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map(
        (_, n) =>
          `<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${n + 1}.xml"/>`
      )
      .join(
        ""
      )}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
  );
  files["_rels/.rels"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  );
  files["[Content_Types].xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
      .map(
        (_, n) =>
          `<Override PartName="/xl/worksheets/sheet${n + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
      )
      .join(
        ""
      )}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`
  );
  const ordered: Record<string, Uint8Array> = {
    "[Content_Types].xml": files["[Content_Types].xml"],
  };
  for (const [k, v] of Object.entries(files)) if (k !== "[Content_Types].xml") ordered[k] = v;
  return zipSync(ordered, { level: 6 });
}
