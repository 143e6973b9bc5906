/**
 * The pane's import without a browser: what it shows of the Camino convention, how it reads a
 * file (text encodings, a PDF through the pdfjs it is given, refusals in French), and where each
 * host writes the sheets (a new workbook to download outside Excel, the open workbook in Excel).
 */
jest.mock("office-addin-manifest", () => ({ OfficeApp: { Excel: "excel" } }));

import * as fs from "fs";
import * as path from "path";
import { importConvention, importedSheets } from "../../src/domain/import";
import { NewWorkbookImport } from "../../src/preview/import-host";
import { FileHost } from "../../src/preview/file-host";
import * as M from "../../src/ui/import-messages";
import { conventionFileText, MSG_FILE_BINARY, MSG_FILE_EMPTY } from "../../src/app/convention-file";
import { extractPdfText } from "../../src/workbook/pdf";

/** The pane's reading of a convention's file, with the pdfjs given. */
const conventionText = (name: string, bytes: Uint8Array, load: () => Promise<unknown>) =>
  conventionFileText(name, bytes, (pdf) => extractPdfText(pdf, load));
import { importView, readSentence, workbookBaseName } from "../../src/ui/import-view";
import { OfficeHost } from "../../src/taskpane/office-host";
import { openConvention } from "../../src/app/open-convention";
import { openXlsx } from "../../src/workbook/xlsx";
import { FakeExcel } from "../workbook/office/write-fake-excel";

const TEXT = fs.readFileSync(
  path.join(__dirname, "..", "e2e", "fixtures", "mtes-dinum-camino-2020.txt"),
  "utf8"
);
const RESULT = importConvention(TEXT);
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, " ");

function urls() {
  const blobs = new Map<string, Blob>();
  const revoked: string[] = [];
  let n = 0;
  return {
    blobs,
    revoked,
    urls: {
      create: (b: Blob) => (blobs.set(`blob:t/${++n}`, b), `blob:t/${n}`),
      revoke: (u: string) => void revoked.push(u),
    },
  };
}

describe("what the pane shows of Camino", () => {
  const view = importView(RESULT);

  test("parties and dates, 'non trouvé' where the text leaves a blank", () => {
    expect(view.fields.map((f) => [f.label, f.value])).toEqual([
      ["Référence", "MTES-DINUM-2020"],
      ["Délégant", RESULT.delegant],
      ["Délégataire", "Direction Interministérielle du Numérique (DINUM)"],
      ["Date de signature", M.NOT_FOUND],
      ["Date de début", M.NOT_FOUND],
      ["Date de fin", "31/12/2020"],
      ["Préavis", "3 mois"],
    ]);
    const end = view.fields.find((f) => f.key === "end")!;
    expect(end.sources).toEqual([
      { text: expect.stringMatching(/^Aucune date de fin/), note: expect.stringMatching(/2020/) },
    ]);
    expect(view.fields.find((f) => f.key === "signature")!.sources).toEqual([]);
  });

  test("ceilings per UO, year and financeur, 'à rétablir' flagged, with their sentences", () => {
    expect(
      view.ceilings.map((c) => [c.centreFinancier, c.detail, c.pending, plain(c.ae), plain(c.cp)])
    ).toEqual([
      ["0113-PEBC-ELAB", "2020 · DGALN", false, "140 000,00 €", "140 000,00 €"],
      ["0113-PEBC-ELAB", "2020 · ONF", true, "80 000,00 €", "80 000,00 €"],
      ["0181-CPRI-ELAB", "2020 · DGPR", false, "100 000,00 €", "100 000,00 €"],
    ]);
    expect(view.ceilings[1].sources.map((s) => s.text)).toEqual([
      expect.stringContaining("80 000 EUR au titre de l'avenant 2020"),
      expect.stringContaining("(à rétablir)"),
    ]);
  });

  test("imputations with their four codes, then what is left to fill", () => {
    expect(view.imputations.map((i) => [i.centreFinancier, ...i.codes.map(([, c]) => c)])).toEqual([
      ["0113-PEBC-ELAB", "0113-07-16", "011301MB0601", "DININCUB75"],
      ["0181-CPRI-ELAB", "0181-11-03", "018111AM0303", "DININCUB75"],
    ]);
    expect(view.imputations[0].sources.map((s) => s.text)).toContain("Sous-action : 0113-07-16");
    expect(view.missing).toEqual(["Date de signature", "Date de début"]);
    expect(view.warnings).toEqual([]);
    expect(readSentence(view)).toBe(
      "Convention lue : 3 plafonds, 2 imputations, 2 champs à compléter."
    );
  });

  test("names for the new workbook", () => {
    expect([
      workbookBaseName("convention camino.pdf", "X"),
      workbookBaseName(null, "MTES-DINUM-2020"),
      workbookBaseName(null, null),
      workbookBaseName('a/b:c*?"<>|.txt', null),
      workbookBaseName("..pdf", null),
    ]).toEqual(["convention camino", "MTES-DINUM-2020", "convention", "a-b-c-", "convention"]);
  });
});

describe("reading a convention's file", () => {
  const never = async () => {
    throw new Error("pdfjs must not load for a text");
  };
  const bytes = (s: string) => new TextEncoder().encode(s);

  test("texts: UTF-8, Windows-1252, UTF-16 with its mark", async () => {
    expect(await conventionText("a.txt", bytes("Délégant : MTES"), never)).toBe("Délégant : MTES");
    const cp1252 = Uint8Array.from([0x44, 0xe9, 0x6c, 0xe9, 0x67, 0x61, 0x6e, 0x74, 0x20, 0x80]);
    expect(await conventionText("b.txt", cp1252, never)).toBe("Délégant €");
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[..."Été"].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(await conventionText("c.txt", utf16, never)).toBe("Été");
  });

  test("refusals name the file", async () => {
    await expect(conventionText("vide.txt", new Uint8Array(), never)).rejects.toThrow(
      MSG_FILE_EMPTY("vide.txt")
    );
    await expect(conventionText("blancs.txt", bytes(" \n "), never)).rejects.toThrow(
      MSG_FILE_EMPTY("blancs.txt")
    );
    await expect(
      conventionText("b.xlsx", Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0]), never)
    ).rejects.toThrow(MSG_FILE_BINARY("b.xlsx"));
  });

  test("a PDF goes through the pdfjs given, page by page; a broken one is refused in French", async () => {
    const page = (str: string) => ({
      getTextContent: async () => ({
        items: [{ str, transform: [10, 0, 0, 10, 50, 700], width: 80 }],
      }),
      cleanup: () => undefined,
    });
    const pdfjs = {
      getDocument: () => ({
        promise: Promise.resolve({
          numPages: 2,
          getPage: async (n: number) => page(n === 1 ? "Convention de délégation" : "Article 2"),
          destroy: async () => undefined,
        }),
      }),
    };
    const pdf = bytes("%PDF-1.7 …");
    expect(await conventionText("c.pdf", pdf, async () => pdfjs)).toBe(
      "Convention de délégation\n\nArticle 2"
    );
    const broken = { getDocument: () => ({ promise: Promise.reject(new Error("Invalid PDF")) }) };
    await expect(conventionText("c.pdf", pdf, async () => broken)).rejects.toThrow(
      "c.pdf : le fichier n'est pas un PDF lisible."
    );
  });
});

describe("where the sheets go", () => {
  const sheets = importedSheets(RESULT);

  test("outside Excel: a new workbook to download, which reads as the convention", async () => {
    const u = urls();
    const host = new NewWorkbookImport(u.urls);
    expect(host.importTarget).toBe(M.TARGET_NEW_WORKBOOK);
    const outcome = await host.createSheets(sheets, "MTES-DINUM-2020");
    expect(outcome).toEqual({
      kind: "created",
      sheets: [
        "Convention",
        "Plafonds",
        "Imputations",
        "Engagements",
        "Paiements",
        "Prévisions",
        "Sources",
      ],
      download: { url: "blob:t/1", fileName: "MTES-DINUM-2020.xlsx" },
    });
    const bytes = new Uint8Array(await u.blobs.get("blob:t/1")!.arrayBuffer());
    const analysed = await openConvention(openXlsx(bytes), { asOf: "2020-12-31" });
    if (!analysed.ok) throw new Error(JSON.stringify(analysed.problems));
    expect(
      analysed.data.ceilings.map((c) => [c.centreFinancier, c.nature, c.ae.toString()])
    ).toEqual([
      ["0113-PEBC-ELAB", "Mise à disposition", "140000"],
      ["0113-PEBC-ELAB", "À rétablir", "80000"],
      ["0181-CPRI-ELAB", "Mise à disposition", "100000"],
    ]);
    await host.createSheets(sheets, "x");
    expect(u.revoked).toEqual(["blob:t/1"]); // one workbook kept at a time
  });

  test("the preview's file host writes a new workbook too: the opened file is left alone", async () => {
    const u = urls();
    const host = new FileHost("camino.xlsx", new Uint8Array([1, 2, 3]), u.urls);
    const outcome = await host.createSheets(sheets, "convention");
    expect(outcome.kind === "created" && outcome.download?.fileName).toBe("convention.xlsx");
    host.dispose();
    expect(u.revoked).toEqual(["blob:t/1"]);
  });

  test("in Excel: into the open workbook; refused when a sheet of these names is there", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Feuil1", [["notes"]]);
    const host = new OfficeHost((batch) => batch(fake.context));
    expect(host.importTarget).toBe(M.TARGET_EXCEL);
    const created = await host.createSheets(sheets);
    expect(created).toEqual({ kind: "created", sheets: sheets.map((s) => s.name) });
    expect(await host.createSheets(sheets)).toEqual({
      kind: "exists",
      existing: sheets.map((s) => s.name),
    });
    expect(M.MSG_SHEETS_EXIST(["Plafonds"])).toMatch(
      /^Le classeur contient déjà la feuille « Plafonds » : Plafond n'écrase jamais une feuille/
    );
    expect(M.MSG_SHEETS_EXIST(["Plafonds", "Sources"])).toMatch(
      /^Le classeur contient déjà les feuilles « Plafonds », « Sources »/
    );
  });
});
