/**
 * Writes the example workbooks examples/camino-2020.xlsx and examples/meae-disinfo-2020.xlsx
 * from the data modules in scripts/examples/, following shared/spec/workbook.md.
 *
 *   npx tsx scripts/make-examples.ts
 *
 * Deterministic: no randomness, no current date; the package is re-zipped with fixed entry
 * times, so every run writes the same bytes. Before writing, the hand-computed figures of the
 * data modules (also in examples/README.md) are re-computed in integer cents and compared;
 * after writing, the files are read back with exceljs and checked.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { unzipSync, zipSync, type Zippable } from "fflate";
import { camino } from "./examples/camino";
import { meae } from "./examples/meae";
import { multiYear } from "./examples/camino-multi-year";
import { buildMultiYear } from "./examples/build-multi-year";
import { dataRow, type ExampleWorkbook, type ExpectedFigures } from "./examples/types";

const ROOT = path.resolve(__dirname, "..");

const EURO_FORMAT = '#,##0.00 "€"';
const DATE_FORMAT = "dd/mm/yyyy";
const MONTH_FORMAT = "mm/yyyy";
const PERCENT_FORMAT = "0 %";
/** Fixed metadata and zip entry time (local-time fields, so the DOS time is the same in every TZ). */
const FIXED_DOC_DATE = new Date(Date.UTC(2020, 11, 31, 12, 0, 0));
const FIXED_ZIP_DATE = new Date(2020, 11, 31, 12, 0, 0);

const HEADERS = {
  plafonds: ["Centre financier", "Exercice", "Financeur", "Nature", "Acte", "AE", "CP"],
  imputations: [
    "Centre financier",
    "Domaine fonctionnel",
    "Activité",
    "Centre de coûts",
    "Libellé",
  ],
  engagements: [
    "N° EJ",
    "Date",
    "Centre financier",
    "Domaine fonctionnel",
    "Activité",
    "Centre de coûts",
    "Fournisseur",
    "Prestation",
    "Montant AE",
    "Commentaire",
  ],
  paiements: ["N° DP", "Date", "N° EJ", "Montant CP"],
  previsions: ["Centre financier", "Mois", "AE prévus", "CP prévus"],
} as const;

// ---------------------------------------------------------------------------------------------
// Small helpers

function fail(message: string): never {
  throw new Error(message);
}

/** ISO `YYYY-MM-DD` → a UTC Date, which exceljs writes as the exact Excel serial. */
function isoToDate(iso: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) ?? fail(`bad ISO date ${iso}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** Euros (a number with at most 2 decimals) → integer cents, exactly. */
function cents(euros: number): bigint {
  const c = Math.round(euros * 100);
  if (Math.abs(c / 100 - euros) > 1e-9) fail(`amount with more than 2 decimals: ${euros}`);
  return BigInt(c);
}

function fmtCents(c: bigint): string {
  const neg = c < 0n;
  const a = neg ? -c : c;
  return `${neg ? "-" : ""}${a / 100n}.${(a % 100n).toString().padStart(2, "0")}`;
}

/** num / den rounded half-up to 4 decimals, as "0.8182" (num, den ≥ 0). */
function fmtRate(num: bigint, den: bigint): string | null {
  // A rate of a zero ceiling is undefined: the summary writes null.
  if (den === 0n) return null;
  const q = (num * 20000n + den) / (2n * den);
  return `${q / 10000n}.${(q % 10000n).toString().padStart(4, "0")}`;
}

/** Reads a French-formatted amount the way a user typed it ("12 500,00 €"). */
function parseFrenchAmount(text: string): number {
  const cleaned = text.replace(/[\s\u00a0\u202f€]/g, "").replace(",", ".");
  if (!/^-?\d+(\.\d{1,2})?$/.test(cleaned)) fail(`unreadable amount text ${JSON.stringify(text)}`);
  return Number(cleaned);
}

// ---------------------------------------------------------------------------------------------
// Consistency checks of the data modules (before writing)

interface Totals {
  ceilingAE: bigint;
  ceilingCP: bigint;
  pending: bigint;
  engaged: bigint;
  paid: bigint;
}

function figures(t: Totals): ExpectedFigures {
  return {
    ceilingAE: fmtCents(t.ceilingAE),
    ceilingCP: fmtCents(t.ceilingCP),
    pendingReestablishment: fmtCents(t.pending),
    engagedAE: fmtCents(t.engaged),
    paidCP: fmtCents(t.paid),
    availableAE: fmtCents(t.ceilingAE - t.engaged),
    // The examples' À rétablir lines have no "Disponible le": still awaited, not available.
    availableCP: fmtCents(t.ceilingCP - t.paid - t.pending),
    outstanding: fmtCents(t.engaged - t.paid),
    engagementRate: fmtRate(t.engaged, t.ceilingAE),
    cpConsumptionRate: fmtRate(t.paid, t.ceilingCP),
    awaitedReestablishment: fmtCents(t.pending),
    carriedOverAE: "0.00",
    priorYearWithdrawals: "0.00",
    lapsedAE: "0.00",
    lapsedCP: "0.00",
  };
}

/** The date of the examples' expected figures (`plafond report --as-of 2020-12-31`). */
export const EXAMPLE_AS_OF = "2020-12-31";

/**
 * Whether the i-th payment counts at EXAMPLE_AS_OF: not when dated later, nor when it repeats a
 * planted duplicate (a payment line entered twice counts once).
 */
function countedPayment(book: ExampleWorkbook, i: number): boolean {
  if (book.payments[i].date > EXAMPLE_AS_OF) return false;
  return !book.planted.some(
    (a) =>
      a.code === "DUPLICATE_ROW" && a.sheet === "Paiements" && a.rows.slice(1).includes(dataRow(i))
  );
}

function checkData(book: ExampleWorkbook): void {
  const where = book.file;
  const codes: Array<[string, RegExp, string]> = [];
  const cfRe = /^\d{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/;
  const dfRe = /^\d{4}-\d{2}(-\d{2})?$/;
  const actRe = /^\d{4}[A-Z0-9]{8}$/;
  const ccRe = /^[A-Z0-9]{10}$/;
  for (const i of book.imputations) {
    codes.push([i.centreFinancier, cfRe, "CF"], [i.domaineFonctionnel, dfRe, "DF"]);
    codes.push([i.activite, actRe, "activité"], [i.centreDeCouts, ccRe, "CC"]);
  }
  for (const e of book.engagements) {
    codes.push(
      [e.ej, /^2103\d{6}$/, "EJ"],
      [e.centreFinancier, cfRe, "CF"],
      [e.domaineFonctionnel, dfRe, "DF"]
    );
    codes.push([e.activite, actRe, "activité"], [e.centreDeCouts, ccRe, "CC"]);
    const p = e.centreFinancier.slice(0, 4);
    if (e.domaineFonctionnel.slice(0, 4) !== p || e.activite.slice(0, 4) !== p)
      fail(`${where}: programme mismatch ${e.ej}`);
    if (e.montantAEText !== undefined && parseFrenchAmount(e.montantAEText) !== e.montantAE)
      fail(`${where}: text amount of EJ ${e.ej} does not match its value`);
  }
  for (const p of book.payments) {
    codes.push([p.dp, /^1000\d{5}$/, "DP"]);
    if (p.montantCPText !== undefined && parseFrenchAmount(p.montantCPText) !== p.montantCP)
      fail(`${where}: text amount of DP ${p.dp} does not match its value`);
  }
  for (const [v, re, what] of codes)
    if (!re.test(v)) fail(`${where}: ${what} ${v} breaks its pattern`);

  // Each payment is dated after its EJ's first row, and each EJ's payments stay within it.
  const ejFirstDate = new Map<string, string>();
  const ejEngaged = new Map<string, bigint>();
  for (const e of book.engagements) {
    if (!ejFirstDate.has(e.ej) || e.date < (ejFirstDate.get(e.ej) ?? ""))
      ejFirstDate.set(e.ej, e.date);
    ejEngaged.set(e.ej, (ejEngaged.get(e.ej) ?? 0n) + cents(e.montantAE));
  }
  const ejPaid = new Map<string, bigint>();
  for (const p of book.payments) {
    const d = ejFirstDate.get(p.ej) ?? fail(`${where}: DP ${p.dp} names unknown EJ ${p.ej}`);
    if (!(p.date > d)) fail(`${where}: DP ${p.dp} (${p.date}) is not after its EJ ${p.ej} (${d})`);
    ejPaid.set(p.ej, (ejPaid.get(p.ej) ?? 0n) + cents(p.montantCP));
  }
  for (const [ej, paid] of ejPaid) {
    const engaged = ejEngaged.get(ej) ?? 0n;
    if (paid > engaged)
      fail(`${where}: EJ ${ej} paid ${fmtCents(paid)} > engaged ${fmtCents(engaged)}`);
  }

  // Identical rows: only the planted DUPLICATE_ROW pairs.
  const plantedDup = new Set(
    book.planted
      .filter((a) => a.code === "DUPLICATE_ROW" && a.sheet === "Paiements")
      .flatMap((a) => a.rows)
  );
  const seen = new Map<string, number>();
  book.payments.forEach((p, i) => {
    const key = JSON.stringify(p);
    const first = seen.get(key);
    if (first !== undefined && !(plantedDup.has(first) && plantedDup.has(dataRow(i))))
      fail(`${where}: unplanned identical payment rows ${first} and ${dataRow(i)}`);
    if (first === undefined) seen.set(key, dataRow(i));
  });
  const seenE = new Set<string>();
  for (const e of book.engagements) {
    const key = JSON.stringify(e);
    if (seenE.has(key)) fail(`${where}: identical engagement rows for ${e.ej}`);
    seenE.add(key);
  }

  // Planted anomalies sit where the data modules say.
  for (const a of book.planted) {
    if (a.code === "IMPUTATION_NOT_AUTHORISED") {
      const e = book.engagements[a.rows[0] - 2] ?? fail(`${where}: no engagement row ${a.rows[0]}`);
      const ok = book.imputations.some(
        (i) =>
          i.centreFinancier === e.centreFinancier &&
          i.domaineFonctionnel === e.domaineFonctionnel &&
          i.activite === e.activite &&
          i.centreDeCouts === e.centreDeCouts
      );
      if (ok) fail(`${where}: engagement row ${a.rows[0]} is authorised`);
    } else if (a.code === "DUPLICATE_ROW") {
      const [r1, r2] = a.rows;
      if (JSON.stringify(book.payments[r1 - 2]) !== JSON.stringify(book.payments[r2 - 2]))
        fail(`${where}: payment rows ${r1} and ${r2} differ`);
    } else if (a.code === "DATE_OUTSIDE_PERIOD") {
      const p = book.payments[a.rows[0] - 2] ?? fail(`${where}: no payment row ${a.rows[0]}`);
      if (!(p.date > "2020-12-31")) fail(`${where}: payment row ${a.rows[0]} is within the period`);
    } else {
      fail(`${where}: no check for planted ${a.code}`);
    }
  }
  // Every other line uses an authorised imputation and dates within 2020.
  const plantedImputationRows = new Set(
    book.planted.filter((a) => a.code === "IMPUTATION_NOT_AUTHORISED").flatMap((a) => a.rows)
  );
  book.engagements.forEach((e, i) => {
    if (plantedImputationRows.has(dataRow(i))) return;
    const ok = book.imputations.some(
      (m) =>
        m.centreFinancier === e.centreFinancier &&
        m.domaineFonctionnel === e.domaineFonctionnel &&
        m.activite === e.activite &&
        m.centreDeCouts === e.centreDeCouts
    );
    if (!ok) fail(`${where}: unplanned unauthorised imputation on engagement row ${dataRow(i)}`);
    if (!e.date.startsWith("2020-")) fail(`${where}: engagement row ${dataRow(i)} outside 2020`);
  });

  // Figures per centre financier and year (a payment consumes the CP of the year of its date),
  // and in total, against the hand-computed ones.
  const cfOfEj = new Map<string, string>();
  for (const e of book.engagements) cfOfEj.set(e.ej, e.centreFinancier);
  const byCf = new Map<string, Totals>();
  const get = (cf: string, year: number): Totals => {
    const key = `${cf}|${year}`;
    let t = byCf.get(key);
    if (!t)
      byCf.set(key, (t = { ceilingAE: 0n, ceilingCP: 0n, pending: 0n, engaged: 0n, paid: 0n }));
    return t;
  };
  for (const c of book.ceilings) {
    const t = get(c.centreFinancier, c.exercice);
    t.ceilingAE += cents(c.ae);
    t.ceilingCP += cents(c.cp);
    if (c.nature === "À rétablir") t.pending += cents(c.cp);
  }
  for (const e of book.engagements)
    get(e.centreFinancier, Number(e.date.slice(0, 4))).engaged += cents(e.montantAE);
  book.payments.forEach((p, i) => {
    if (countedPayment(book, i))
      get(cfOfEj.get(p.ej) ?? fail("unknown EJ"), Number(p.date.slice(0, 4))).paid += cents(
        p.montantCP
      );
  });
  const total: Totals = { ceilingAE: 0n, ceilingCP: 0n, pending: 0n, engaged: 0n, paid: 0n };
  const cfs = [...byCf.keys()].sort();
  const computedLines = cfs.map((key) => {
    const t = byCf.get(key) ?? fail("unreachable");
    const [cf, year] = key.split("|");
    if (year === "2020" && (t.engaged > t.ceilingAE || t.paid > t.ceilingCP))
      fail(`${where}: ${cf} exceeds a 2020 ceiling`);
    total.ceilingAE += t.ceilingAE;
    total.ceilingCP += t.ceilingCP;
    total.pending += t.pending;
    total.engaged += t.engaged;
    total.paid += t.paid;
    return { centreFinancier: cf, year: Number(year), ...figures(t) };
  });
  const computed = { lines: computedLines, total: figures(total) };
  const a = JSON.stringify(computed);
  const b = JSON.stringify(book.expected);
  if (a !== b)
    fail(`${where}: expected figures differ from the data\ncomputed ${a}\nexpected ${b}`);
}

// ---------------------------------------------------------------------------------------------
// Writing

function styleHeader(ws: ExcelJS.Worksheet, count: number): void {
  const row = ws.getRow(1);
  for (let c = 1; c <= count; c++) row.getCell(c).font = { bold: true };
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }];
}

function setWidths(ws: ExcelJS.Worksheet, widths: readonly number[]): void {
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

function amountCell(cell: ExcelJS.Cell, value: number, text: string | undefined): void {
  if (text !== undefined) {
    cell.value = text;
    cell.alignment = { horizontal: "right" };
  } else {
    cell.value = value;
    cell.numFmt = EURO_FORMAT;
  }
}

function buildWorkbook(book: ExampleWorkbook): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Plafond (scripts/make-examples.ts)";
  wb.lastModifiedBy = "Plafond (scripts/make-examples.ts)";
  wb.created = FIXED_DOC_DATE;
  wb.modified = FIXED_DOC_DATE;
  wb.calcProperties.fullCalcOnLoad = false;

  // Convention: label / value, no header row.
  const wsC = wb.addWorksheet("Convention");
  book.convention.forEach((r, i) => {
    const row = wsC.getRow(i + 1);
    row.getCell(1).value = r.label;
    row.getCell(1).font = { bold: true };
    const v = row.getCell(2);
    v.alignment = { horizontal: "left", wrapText: r.kind === "text" };
    if (r.value === null) return;
    if (r.kind === "date") {
      if (typeof r.value !== "string") fail("date value must be an ISO string");
      v.value = isoToDate(r.value);
      v.numFmt = DATE_FORMAT;
    } else if (r.kind === "percent") {
      v.value = r.value;
      v.numFmt = PERCENT_FORMAT;
    } else {
      v.value = r.value;
    }
  });
  setWidths(wsC, [20, 100]);

  // Plafonds.
  const wsP = wb.addWorksheet("Plafonds");
  wsP.addRow([...HEADERS.plafonds]);
  for (const c of book.ceilings) {
    const row = wsP.addRow([
      c.centreFinancier,
      c.exercice,
      c.financeur,
      c.nature,
      c.acte,
      c.ae,
      c.cp,
    ]);
    row.getCell(6).numFmt = EURO_FORMAT;
    row.getCell(7).numFmt = EURO_FORMAT;
  }
  styleHeader(wsP, HEADERS.plafonds.length);
  setWidths(wsP, [18, 10, 12, 20, 14, 16, 16]);

  // Imputations.
  const wsI = wb.addWorksheet("Imputations");
  wsI.addRow([...HEADERS.imputations]);
  for (const m of book.imputations)
    wsI.addRow([m.centreFinancier, m.domaineFonctionnel, m.activite, m.centreDeCouts, m.libelle]);
  styleHeader(wsI, HEADERS.imputations.length);
  setWidths(wsI, [18, 20, 16, 16, 56]);

  // Engagements: an Excel table (ListObject) or a plain range.
  const wsE = wb.addWorksheet("Engagements");
  const eRows = book.engagements.map((e) => [
    e.ej,
    isoToDate(e.date),
    e.centreFinancier,
    e.domaineFonctionnel,
    e.activite,
    e.centreDeCouts,
    e.fournisseur,
    e.prestation,
    e.montantAEText ?? e.montantAE,
    e.commentaire ?? null,
  ]);
  if (book.engagementsAsTable) {
    wsE.addTable({
      name: "TableEngagements",
      ref: "A1",
      headerRow: true,
      totalsRow: false,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: HEADERS.engagements.map((name) => ({ name, filterButton: true })),
      rows: eRows,
    });
  } else {
    wsE.addRow([...HEADERS.engagements]);
    for (const r of eRows) wsE.addRow(r);
  }
  book.engagements.forEach((e, i) => {
    const row = wsE.getRow(dataRow(i));
    row.getCell(2).numFmt = DATE_FORMAT;
    amountCell(row.getCell(9), e.montantAE, e.montantAEText);
  });
  styleHeader(wsE, HEADERS.engagements.length);
  setWidths(wsE, [13, 12, 18, 20, 15, 15, 38, 14, 15, 56]);

  // Paiements.
  const wsD = wb.addWorksheet("Paiements");
  wsD.addRow([...HEADERS.paiements]);
  for (const p of book.payments) {
    const row = wsD.addRow([p.dp, isoToDate(p.date), p.ej, null]);
    row.getCell(2).numFmt = DATE_FORMAT;
    amountCell(row.getCell(4), p.montantCP, p.montantCPText);
  }
  styleHeader(wsD, HEADERS.paiements.length);
  setWidths(wsD, [12, 12, 13, 15]);

  // Prévisions (optional).
  if (book.forecasts) {
    const wsF = wb.addWorksheet("Prévisions");
    wsF.addRow([...HEADERS.previsions]);
    for (const f of book.forecasts) {
      const row = wsF.addRow([
        f.centreFinancier,
        f.moisAsDate ? isoToDate(`${f.mois}-01`) : f.mois,
        f.aePrevus,
        f.cpPrevus,
      ]);
      if (f.moisAsDate) row.getCell(2).numFmt = MONTH_FORMAT;
      else row.getCell(2).alignment = { horizontal: "right" };
      row.getCell(3).numFmt = EURO_FORMAT;
      row.getCell(4).numFmt = EURO_FORMAT;
    }
    styleHeader(wsF, HEADERS.previsions.length);
    setWidths(wsF, [18, 10, 15, 15]);
  }
  return wb;
}

/**
 * exceljs 4.4 writes a table without totals row as `totalsRowShown="1"` with a "Total" label on
 * its first column; write what Excel itself writes for a table that never had a totals row.
 */
function tidyTableXml(xml: string): string {
  return xml
    .replace('totalsRowShown="1"', 'totalsRowShown="0"')
    .replace(/ totalsRowLabel="Total"/g, "")
    .replace(/ totalsRowFunction="none"/g, "");
}

/** Re-zips the package with fixed entry times so that every run gives the same bytes. */
function deterministicZip(buffer: Uint8Array): Uint8Array {
  const entries = unzipSync(buffer);
  const out: Zippable = {};
  for (const name of Object.keys(entries)) {
    if (name.endsWith("/")) continue; // folder entries: Excel writes none
    let data = entries[name];
    if (/^xl\/tables\/table\d+\.xml$/.test(name))
      data = new TextEncoder().encode(tidyTableXml(new TextDecoder().decode(data)));
    out[name] = [data, { mtime: FIXED_ZIP_DATE, level: 6 }];
  }
  return zipSync(out);
}

// ---------------------------------------------------------------------------------------------
// Reading back

function cellAmount(v: ExcelJS.CellValue): number {
  if (typeof v === "number") return v;
  if (typeof v === "string") return parseFrenchAmount(v);
  return fail(`unexpected amount cell ${JSON.stringify(v)}`);
}

async function verify(book: ExampleWorkbook): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(ROOT, book.file));
  const names = wb.worksheets.map((w) => w.name);
  const want = ["Convention", "Plafonds", "Imputations", "Engagements", "Paiements"];
  if (book.forecasts) want.push("Prévisions");
  if (JSON.stringify(names) !== JSON.stringify(want))
    fail(`${book.file}: sheets ${names.join(", ")}`);

  const wsE = wb.getWorksheet("Engagements") ?? fail("no Engagements");
  const tables = wsE.getTables() as unknown as Array<{
    table?: { name: string; tableRef?: string; ref?: string };
  }>;
  if (book.engagementsAsTable) {
    if (tables.length !== 1)
      fail(`${book.file}: expected one table on Engagements, found ${tables.length}`);
  } else if (tables.length !== 0) fail(`${book.file}: unexpected table on Engagements`);

  const header = (ws: ExcelJS.Worksheet): string[] =>
    (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map((v) => String(v));
  if (JSON.stringify(header(wsE)) !== JSON.stringify(HEADERS.engagements))
    fail(`${book.file}: Engagements header`);
  const wsD = wb.getWorksheet("Paiements") ?? fail("no Paiements");
  if (JSON.stringify(header(wsD)) !== JSON.stringify(HEADERS.paiements))
    fail(`${book.file}: Paiements header`);

  let engaged = 0n;
  for (let r = 2; r <= wsE.rowCount; r++)
    engaged += cents(cellAmount(wsE.getRow(r).getCell(9).value));
  let paid = 0n;
  for (let r = 2; r <= wsD.rowCount; r++)
    if (countedPayment(book, r - 2)) paid += cents(cellAmount(wsD.getRow(r).getCell(4).value));
  if (fmtCents(engaged) !== book.expected.total.engagedAE)
    fail(`${book.file}: engaged read back ${fmtCents(engaged)}`);
  if (fmtCents(paid) !== book.expected.total.paidCP)
    fail(`${book.file}: paid read back ${fmtCents(paid)}`);
  if (wsE.rowCount !== book.engagements.length + 1 || wsD.rowCount !== book.payments.length + 1)
    fail(`${book.file}: row counts`);

  const wsC = wb.getWorksheet("Convention") ?? fail("no Convention");
  const sig = wsC.getRow(5).getCell(2).value;
  const tableNote = book.engagementsAsTable
    ? `table ${tables[0]?.table?.name ?? "?"} ${tables[0]?.table?.tableRef ?? tables[0]?.table?.ref ?? ""}`
    : "plain range";
  return (
    `${book.file}: sheets [${names.join(", ")}]; Engagements ${tableNote}; ` +
    `${book.engagements.length} EJ rows, ${book.payments.length} DP rows; engaged ${fmtCents(engaged)}, ` +
    `paid ${fmtCents(paid)}; Convention row 5 = ${sig instanceof Date ? sig.toISOString().slice(0, 10) : String(sig)}`
  );
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  for (const book of [camino, meae]) {
    checkData(book);
    const wb = buildWorkbook(book);
    const raw = await wb.xlsx.writeBuffer();
    const bytes = deterministicZip(new Uint8Array(raw as ArrayBuffer));
    const file = path.join(ROOT, book.file);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, bytes);
  }
  for (const book of [camino, meae]) console.log(await verify(book));
  // The multi-year example (time and the EJ lifecycle): its figures are checked by the engine's
  // tests (test/cli/multi-year.test.ts), which the old-rule recomputation above cannot follow.
  const raw = await buildMultiYear().xlsx.writeBuffer();
  fs.writeFileSync(
    path.join(ROOT, multiYear.file),
    deterministicZip(new Uint8Array(raw as ArrayBuffer))
  );
  console.log(
    `${multiYear.file}: ${multiYear.engagements.length} EJ rows, ${multiYear.payments.length} DP rows`
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
