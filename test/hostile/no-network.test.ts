/**
 * Nothing leaves the machine: the command line runs (report, report with Chorus files, import of a
 * text and of a PDF) with every network entry point of Node trapped, and none is tried. The bundle
 * itself holds no address but XML namespaces and documentation links, listed here one by one.
 */
import * as fs from "fs";
import * as path from "path";
import { spawnSync } from "child_process";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { EXAMPLES, ROOT, tmpDir } from "../helpers/cli";
import { baseSheets } from "./base";
import { AS_OF, runCli } from "./harness";
import { buildXlsx } from "./xlsx-builder";

const TRAP = path.join(__dirname, "no-network.js");
const CHORUS = path.join(ROOT, "test", "fixtures", "chorus");

const CONVENTION_TEXT = [
  "CONVENTION DE DÉLÉGATION DE GESTION",
  "Entre le ministère de la transition écologique, direction générale de l'aménagement, du logement et de la nature (DGALN), désigné ci-après « le délégant »,",
  "et la direction interministérielle du numérique (DINUM), désignée ci-après « le délégataire ».",
  "Article 1 - Objet : le délégant confie au délégataire la gestion des crédits du projet Camino.",
  "Article 4 - Dispositions financières : le délégant met à disposition 140 000 € en autorisations d'engagement et en crédits de paiement",
  "sur le centre financier 0113-PEBC-ELAB, domaine fonctionnel 0113-07-16, activité 011301MB0601, au titre de l'exercice 2020.",
  "Article 6 - Durée : la convention prend effet à sa signature et s'achève le 31 décembre 2020. Préavis de trois mois.",
  "Fait à Paris, le 26 mars 2020.",
].join("\n");

async function conventionPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  CONVENTION_TEXT.split("\n").forEach((line, i) => {
    // Helvetica's WinAnsi has no narrow spaces; the text above has none. Long lines are cut in two.
    const parts =
      line.length > 95
        ? [line.slice(0, line.lastIndexOf(" ", 95)), line.slice(line.lastIndexOf(" ", 95) + 1)]
        : [line];
    parts.forEach((p, k) => page.drawText(p, { x: 40, y: 800 - (i * 2 + k) * 14, size: 9, font }));
  });
  return doc.save();
}

describe("no network", () => {
  const dir = tmpDir();
  const log = path.join(dir, "network.log");
  const mark = path.join(dir, "preload.log");
  const env = {
    NODE_OPTIONS: `--require "${TRAP}"`,
    PLAFOND_NETWORK_LOG: log,
    PLAFOND_NETWORK_MARK: mark,
  };
  const attempts = () => (fs.existsSync(log) ? fs.readFileSync(log, "utf8") : "");

  test("the trap works: a script that reaches out is caught and recorded", () => {
    const script = `
      const tries = [() => require("http").get("http://example.com"), () => require("net").connect(80, "example.com"),
        () => require("dns").lookup("example.com", () => {}), () => fetch("https://example.com"), () => require("tls").connect(443, "example.com")];
      for (const t of tries) { try { t(); } catch {} }`;
    const probeLog = path.join(dir, "probe.log");
    const r = spawnSync(process.execPath, ["-e", script], {
      env: { ...process.env, ...env, PLAFOND_NETWORK_LOG: probeLog },
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    const caught = fs
      .readFileSync(probeLog, "utf8")
      .trim()
      .split("\n")
      .map((l) => l.split(" ")[0]);
    expect(caught).toEqual(["http.get", "net.connect", "dns.lookup", "fetch", "tls.connect"]);
  });

  test("report (with its PDF too), report with a Chorus extract and referential, import of a text and of a PDF: all succeed, none reaches out", async () => {
    const workbook = path.join(dir, "classeur.xlsx");
    fs.writeFileSync(workbook, buildXlsx(baseSheets()));
    const txt = path.join(dir, "convention.txt");
    fs.writeFileSync(txt, CONVENTION_TEXT);
    const pdf = path.join(dir, "convention.pdf");
    fs.writeFileSync(pdf, await conventionPdf());
    const runs = [
      ["report", workbook, "--json", "--as-of", AS_OF, "--out", path.join(dir, "a.xlsx")],
      ["report", workbook, "--as-of", AS_OF, "--out", path.join(dir, "b.xlsx")],
      [
        "report",
        workbook,
        "--as-of",
        AS_OF,
        "--out",
        path.join(dir, "d.xlsx"),
        "--pdf",
        path.join(dir, "d.pdf"),
      ],
      [
        "report",
        path.join(EXAMPLES, "camino-2020.xlsx"),
        ...["--chorus", path.join(CHORUS, "camino-infbud53-2020.csv")],
        ...["--referential", path.join(CHORUS, "Calculette_Chorus_test.xlsx")],
        ...["--json", "--as-of", AS_OF, "--out", path.join(dir, "c.xlsx")],
      ],
      ["import", txt, "--out", path.join(dir, "depuis-texte.xlsx")],
      ["import", pdf, "--json", "--out", path.join(dir, "depuis-pdf.xlsx")],
    ];
    for (const args of runs) {
      const r = runCli(args, ROOT, env);
      expect({
        args: args.slice(0, 2),
        status: r.status,
        network: r.stderr.includes("réseau interdit"),
      }).toEqual({ args: args.slice(0, 2), status: 0, network: false });
    }
    for (const f of ["a.xlsx", "b.xlsx", "c.xlsx", "depuis-texte.xlsx", "depuis-pdf.xlsx"])
      expect(fs.existsSync(path.join(dir, f))).toBe(true);
    // The trap was loaded in every run, and recorded nothing.
    expect(fs.readFileSync(mark, "utf8").trim().split("\n").length).toBeGreaterThanOrEqual(
      runs.length
    );
    expect(attempts()).toBe("");
  });

  test("the bundle (dist/cli.js) holds no address but namespaces and documentation links", () => {
    const bundle = fs.readFileSync(path.join(ROOT, "dist", "cli.js"), "utf8");
    const urls = new Set(bundle.match(/\bhttps?:\/\/[^\s"'`)<>\\]+/g) ?? []);
    // Strings, not requests: XML namespaces of the packages Plafond reads and writes, JSON-schema
    // ids (zod), and links printed in the error messages or comments of bundled libraries.
    const allowed = [
      /^http:\/\/schemas\.openxmlformats\.org\//,
      /^http:\/\/schemas\.microsoft\.com\/office\//,
      /^http:\/\/purl\.oclc\.org\/ooxml\/$/,
      /^http:\/\/purl\.org\/dc\/(elements\/1\.1|terms|dcmitype)\/$/,
      /^http:\/\/www\.w3\.org\/(XML\/1998\/namespace|2001\/XMLSchema-instance|2000\/xmlns\/)$/,
      /^http:\/\/\[\$\{value\}\]$/, // zod: an IPv6 literal checked by parsing it as a URL (new URL, no request)
      /^https?:\/\/json-schema\.org\/(draft-07|draft-04|draft\/2020-12)\/schema#?$/,
      /^http:\/\/goo\.gl\/(MqrFmX|rRqMUw)$/, // bluebird (exceljs): error and warning texts
      /^https:\/\/stuk\.github\.io\/jszip\/documentation\/howto\/read_zip\.html$/, // jszip (exceljs): error text
      /^https:\/\/github\.com\/exceljs\/exceljs(#es5-imports|\/blob\/master\/UPGRADE-4\.0\.md)$/, // exceljs: error text, doc comment
      /^https:\/\/github\.com\/isaacs\/node-glob\/issues\/(167|205)$/, // glob (exceljs): comments
    ];
    expect([...urls].filter((u) => !allowed.some((a) => a.test(u))).sort()).toEqual([]);
    expect(urls.size).toBeGreaterThan(0);
  });
});
