/** Hostile files and paths: zip bombs, other formats, broken packages, odd paths, unwritable copies. */
import * as fs from "fs";
import * as path from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { BASE_LINE_A, BASE_LINE_B, BASE_TOTAL, baseSheets } from "./base";
import {
  bombStream,
  encryptedXlsx,
  entriesOf,
  legacyXls,
  odsFile,
  replaceEntry,
  SST_PREFIX,
  SST_SUFFIX,
  writeRawZip,
} from "./crafted";
import { reportArgs, type HostileCase, type Prepared, type Refusal } from "./harness";
import { buildXlsx, XML_HEAD } from "./xlsx-builder";

const base = () => buildXlsx(baseSheets());
/**
 * A zip bomb must be refused without the process growing by the bomb's size: the memory bound
 * shows it stopped before inflating (no test reads the clock, DEVELOPERS.md).
 */
const BOMB = { maxPeakMB: 200 } as const;

/** An input file of the given bytes and name, reported to copie.xlsx beside it. */
function fileCase(
  name: string,
  fileName: string,
  bytes: (dir: string) => Uint8Array | string | Promise<Uint8Array>,
  expected: Refusal
): HostileCase {
  return {
    name,
    expect: expected,
    prepare: async (dir) => {
      const file = path.join(dir, fileName);
      fs.writeFileSync(file, await bytes(dir));
      const out = path.join(dir, "copie.xlsx");
      return { args: reportArgs(file, out), untouched: [file], out };
    },
  };
}

/** The base workbook in `dir`/classeur.xlsx, and the arguments built from it. */
function withInput(
  name: string,
  args: (dir: string, input: string) => Omit<Prepared, "untouched">,
  expected: Refusal
): HostileCase {
  return {
    name,
    expect: expected,
    prepare: (dir) => {
      const input = path.join(dir, "classeur.xlsx");
      fs.writeFileSync(input, base());
      return { ...args(dir, input), untouched: [input] };
    },
  };
}

const edit = (pkg: Uint8Array, changes: Record<string, (xml: string) => string>) => {
  const parts = unzipSync(pkg);
  for (const [name, change] of Object.entries(changes))
    parts[name] = strToU8(change(strFromU8(parts[name])));
  return zipSync(parts);
};

export const fileCases: HostileCase[] = [
  fileCase(
    "zip bomb: shared strings declaring 60 000 strings of 1 MB (60 GB, zip64) are refused before inflating",
    "bombe.xlsx",
    async () => {
      const s = await bombStream(SST_PREFIX, 8, SST_SUFFIX);
      return replaceEntry(base(), "xl/sharedStrings.xml", {
        data: s.data,
        method: 8,
        crc: s.crc,
        size: 60000 * 1048576,
      });
    },
    { exit: 2, stderr: /trop volumineux/, ...BOMB }
  ),
  fileCase(
    "zip bomb: a real 1.6 GB shared-strings part packed in 1.6 MB",
    "bombe.xlsx",
    async () => {
      const s = await bombStream(SST_PREFIX, 1600, SST_SUFFIX);
      return replaceEntry(base(), "xl/sharedStrings.xml", {
        data: s.data,
        method: 8,
        crc: s.crc,
        size: s.size,
      });
    },
    { exit: 2, stderr: /trop volumineux/, ...BOMB }
  ),
  fileCase(
    "zip bomb: a part that inflates to 300 MB from 300 KB while declaring 4 KB",
    "bombe.xlsx",
    async () => {
      const s = await bombStream(SST_PREFIX, 300, SST_SUFFIX);
      return replaceEntry(base(), "xl/sharedStrings.xml", {
        data: s.data,
        method: 8,
        crc: s.crc,
        size: 4096,
      });
    },
    { exit: 2, stderr: /au-delà de la taille annoncée/, ...BOMB }
  ),
  fileCase(
    "zip bomb: a sheet read in pieces (8 MB declared) that inflates to 300 MB is stopped a piece past its size",
    "bombe.xlsx",
    async () => {
      const head = `${XML_HEAD}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>`;
      const s = await bombStream(head, 300, "</t></is></c></row></sheetData></worksheet>");
      return replaceEntry(base(), "xl/worksheets/sheet4.xml", {
        data: s.data,
        method: 8,
        crc: s.crc,
        size: 8 << 20,
      });
    },
    { exit: 2, stderr: /sheet4\.xml se décompresse au-delà de la taille annoncée/, ...BOMB }
  ),
  fileCase(
    "a password-protected workbook (an encrypted OLE compound file)",
    "protégé.xlsx",
    () => encryptedXlsx(),
    { exit: 2, stderr: /protégé par mot de passe ou au format Excel 97-2003/ }
  ),
  fileCase("an Excel 97-2003 workbook (.xls)", "ancien.xls", () => legacyXls(), {
    exit: 2,
    stderr: /Excel 97-2003 \(\.xls\)/,
  }),
  fileCase("an OpenDocument spreadsheet (.ods)", "libre.ods", () => odsFile(), {
    exit: 2,
    stderr: /OpenDocument \(LibreOffice, \.ods\)/,
  }),
  fileCase("an OpenDocument spreadsheet renamed .xlsx", "libre.xlsx", () => odsFile(), {
    exit: 2,
    stderr: /OpenDocument/,
  }),
  fileCase(
    "a CSV export named .xlsx",
    "export.xlsx",
    () => "N° EJ;Date;Montant AE\r\n2100000001;15/04/2020;30 000,00\r\n",
    { exit: 2, stderr: /fichier texte \(CSV ou autre\)/ }
  ),
  fileCase(
    "a UTF-16 text export (Excel's « Texte Unicode ») named .xlsx",
    "unicode.xlsx",
    () =>
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from("N° EJ\tMontant AE\r\n2100000001\t30000\r\n", "utf16le"),
      ]),
    { exit: 2, stderr: /fichier texte/ }
  ),
  fileCase("an empty file", "vide.xlsx", () => new Uint8Array(0), {
    exit: 2,
    stderr: /Le fichier est vide/,
  }),
  fileCase(
    "a workbook cut short (interrupted download)",
    "coupé.xlsx",
    () => base().subarray(0, 3000),
    { exit: 2, stderr: /n'est pas un classeur Excel \(\.xlsx\) lisible/ }
  ),
  fileCase(
    "a workbook whose Plafonds part holds garbage instead of compressed XML",
    "abîmé.xlsx",
    () =>
      writeRawZip(
        entriesOf(base()).map((e) =>
          e.name === "xl/worksheets/sheet2.xml"
            ? {
                ...e,
                data: Uint8Array.from({ length: e.data.length }, (_, i) => (i * 97 + 13) % 256),
              }
            : e
        )
      ),
    { exit: 2, stderr: /endommagé : la partie xl\/worksheets\/sheet2\.xml/ }
  ),
  fileCase(
    "a package without [Content_Types].xml: read, but no faithful copy can be written",
    "sans-types.xlsx",
    () => {
      const parts = unzipSync(base());
      delete parts["[Content_Types].xml"];
      return zipSync(parts);
    },
    { exit: 2, stderr: /endommagé : la partie \[Content_Types\]\.xml est absente/ }
  ),
  fileCase(
    "a part nobody reads (docProps/core.xml) with a broken local header",
    "entête.xlsx",
    () => {
      const pkg = buildXlsx(baseSheets(), {
        extraParts: {
          "docProps/core.xml": {
            data: `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"/>`,
          },
        },
      });
      const bytes = Buffer.from(pkg);
      const LOCAL = Buffer.from([0x50, 0x4b, 3, 4]);
      // The local header of docProps/core.xml (its name follows the 30-byte header) loses its signature.
      for (let p = bytes.indexOf(LOCAL); p >= 0; p = bytes.indexOf(LOCAL, p + 1)) {
        if (bytes.toString("latin1", p + 30, p + 30 + 17) === "docProps/core.xml") {
          bytes.fill(0, p, p + 4);
          return bytes;
        }
      }
      throw new Error("no local header for docProps/core.xml");
    },
    { exit: 2, stderr: /endommagé : la partie docProps\/core\.xml ne peut pas être lue/ }
  ),
  fileCase(
    "a Strict Open XML workbook",
    "strict.xlsx",
    () =>
      edit(base(), {
        "xl/workbook.xml": (x) =>
          x.replace(
            "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
            "http://purl.oclc.org/ooxml/spreadsheetml/main"
          ),
      }),
    { exit: 2, stderr: /Strict Open XML/ }
  ),
  fileCase(
    "a Word document named .xlsx",
    "lettre.xlsx",
    () =>
      zipSync({
        "[Content_Types].xml": strToU8(
          `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`
        ),
        "_rels/.rels": strToU8(
          `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`
        ),
        "word/document.xml": strToU8(
          `${XML_HEAD}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Convention</w:t></w:r></w:p></w:body></w:document>`
        ),
      }),
    { exit: 2, stderr: /archive zip mais pas un classeur Excel/ }
  ),
  {
    name: "a folder given as the workbook",
    expect: { exit: 2, stderr: /est un dossier, pas un classeur \.xlsx/ },
    prepare: (dir) => {
      fs.mkdirSync(path.join(dir, "classeur.xlsx"));
      return {
        args: reportArgs(path.join(dir, "classeur.xlsx"), path.join(dir, "copie.xlsx")),
        untouched: [],
        out: path.join(dir, "copie.xlsx"),
      };
    },
  },
  {
    name: "a path that does not exist",
    expect: { exit: 2, stderr: /fichier introuvable : .*absent\.xlsx/ },
    prepare: (dir) => ({
      args: reportArgs(path.join(dir, "absent.xlsx"), path.join(dir, "copie.xlsx")),
      untouched: [],
      out: path.join(dir, "copie.xlsx"),
    }),
  },
  {
    name: "paths with spaces and accents, for the workbook and for the copy",
    expect: { exit: 0, lines: [BASE_LINE_A, BASE_LINE_B], total: BASE_TOTAL, issues: [] },
    prepare: (dir) => {
      const input = path.join(dir, "Mes conventions", "Convention DINUM – été 2020.xlsx");
      const out = path.join(dir, "Rapports à envoyer", "copie du rapport (déc.) é.xlsx");
      fs.mkdirSync(path.dirname(input));
      fs.mkdirSync(path.dirname(out));
      fs.writeFileSync(input, base());
      return { args: reportArgs(input, out), untouched: [input], out };
    },
  },
  withInput(
    "--out equal to the input, spelled ./classeur.xlsx",
    (dir) => ({
      args: ["report", "classeur.xlsx", "--out", "./classeur.xlsx"],
      cwd: dir,
      out: null,
      watch: dir,
    }),
    { exit: 2, stderr: /ne peut pas être le classeur d'origine/ }
  ),
  withInput(
    "--out equal to the input, spelled ../<folder>/classeur.xlsx and with a doubled slash",
    (dir) => ({
      args: ["report", `.//classeur.xlsx`, "--out", `../${path.basename(dir)}/classeur.xlsx`],
      cwd: dir,
      out: null,
      watch: dir,
    }),
    { exit: 2, stderr: /ne peut pas être le classeur d'origine/ }
  ),
  withInput(
    "--out a symbolic link to the input: the same file, refused",
    (dir, input) => {
      const link = path.join(dir, "lien.xlsx");
      fs.symlinkSync(input, link);
      return { args: reportArgs(input, link), out: null, watch: dir };
    },
    { exit: 2, stderr: /ne peut pas être le classeur d'origine/ }
  ),
  withInput(
    "a copy whose folder is a regular file (notes.txt/copie.xlsx)",
    (dir) => {
      fs.writeFileSync(path.join(dir, "notes.txt"), "à garder");
      return {
        args: reportArgs(
          path.join(dir, "classeur.xlsx"),
          path.join(dir, "notes.txt", "copie.xlsx")
        ),
        out: path.join(dir, "notes.txt", "copie.xlsx"),
        watch: dir,
      };
    },
    { exit: 3, stderr: /impossible d'écrire la copie .*notes\.txt.*copie\.xlsx/ }
  ),
  withInput(
    "a copy under /proc, where nobody can write",
    (dir, input) => ({
      args: reportArgs(input, "/proc/copie-plafond.xlsx"),
      out: "/proc/copie-plafond.xlsx",
      watch: dir,
    }),
    { exit: 3, stderr: /impossible d'écrire la copie \/proc\/copie-plafond\.xlsx/ }
  ),
  withInput(
    "a copy in a folder that does not exist",
    (dir, input) => ({
      args: reportArgs(input, path.join(dir, "absent", "copie.xlsx")),
      out: path.join(dir, "absent", "copie.xlsx"),
      watch: dir,
    }),
    { exit: 3, stderr: /impossible d'écrire la copie/ }
  ),
  withInput(
    "--as-of a date that does not exist (2020-02-30)",
    (dir, input) => ({
      args: ["report", input, "--as-of", "2020-02-30", "--out", path.join(dir, "copie.xlsx")],
      out: path.join(dir, "copie.xlsx"),
    }),
    { exit: 2, stderr: /date --as-of invalide : « 2020-02-30 »/ }
  ),
];
