/**
 * A Chorus extract (INFBUD53 "Pilotage de la gestion - Vue détaillée", national AIFE extracts)
 * read into typed lines: codes cleaned (`BG00/` prefixes, `#` empties), amounts exact, the AE of
 * the year (Montant engagé − Bascule des EJ non soldés) and the CP paid (Montant payé). Pure:
 * 2-D values in, lines and located issues out.
 */
import type { CellValue } from "../../grid";
import { cleanCode, isEj, normalizeProgramme, PATTERNS } from "../codes";
import { issue, Issue, IssueCode } from "../issues";
import type { ColumnMap } from "../model";
import { cellText } from "../text";
import { TextInterner } from "../text-interner";
import type { HeaderPlan } from "./headers";
import { locateExtract } from "./layout";
import { MSG_CHORUS_DATE, MSG_CHORUS_EJ, MSG_EXERCICE, MSG_PROGRAMME } from "./messages";
import { addAmounts, DataRow, forEachDataRow, Measures } from "./rows";
import type {
  ChorusExtract,
  ChorusField,
  ChorusInput,
  ChorusLine,
  CodedField,
  DateField,
} from "./types";
import { dateReader, type DateRead, yearReader } from "./values";

export { locateExtract } from "./layout";

const AE_DATES: readonly DateField[] = ["ejDate", "ejModifDate", "date"];
const CP_DATES: readonly DateField[] = ["dpDate", "dpLastDate", "sfDate", "date"];
const LABELLED: readonly CodedField[] = [
  "programme",
  "centreFinancier",
  "domaineFonctionnel",
  "activite",
  "centreDeCouts",
  "groupeMarchandises",
  "fournisseur",
];

/** The extract's lines and issues, or null when the values hold no extract (no header found). */
/** The code and identity columns an extract line is read from, in the order they are used. */
const LINE_FIELDS = [
  "ej",
  "dp",
  "programme",
  "centreFinancier",
  "domaineFonctionnel",
  "activite",
  "centreDeCouts",
  "groupeMarchandises",
  "fournisseur",
] as const;

/** "SANS AE" and its case variants (`/^SANS/i` without a regular expression per row). */
function startsWithSans(t: string): boolean {
  return (
    t.length >= 4 &&
    (t.charCodeAt(0) | 32) === 115 &&
    (t.charCodeAt(1) | 32) === 97 &&
    (t.charCodeAt(2) | 32) === 110 &&
    (t.charCodeAt(3) | 32) === 115
  );
}

export function readChorusExtract(input: ChorusInput): ChorusExtract | null {
  const layout = locateExtract(input.values);
  if (!layout) return null;
  const { plan } = layout;
  const offset = input.colOffset ?? 0;
  const col = (f: ChorusField) => plan.fields[f] ?? -1;
  const issues: Issue[] = [];
  const report = (code: IssueCode, row: number, column: number | null, message: string) =>
    issues.push(
      issue(
        code,
        input.name,
        row,
        column === null ? null : (plan.headers.get(column) ?? null),
        message
      )
    );
  if (layout.exerciceText !== null)
    report(
      "DATE_INVALID",
      input.rowOf(layout.exerciceIndex ?? layout.headerIndex),
      null,
      MSG_EXERCICE(layout.exerciceText)
    );

  const labels = new Map<CodedField, Map<string, string>>();
  const labelled = LABELLED.filter(
    (f) => plan.fields[f] !== undefined && plan.labels[f] !== undefined
  );
  for (const f of labelled) labels.set(f, new Map());

  const dateReaders: ((value: CellValue | undefined) => DateRead)[] = [];
  const readYear = yearReader();
  // Of the line's dates, the first that falls in its exercice, else the first known; every
  // unreadable one is reported.
  const aeCols = AE_DATES.map(col).filter((c) => c >= 0);
  const cpCols = CP_DATES.map(col).filter((c) => c >= 0);
  const dateOf = (
    cells: readonly CellValue[],
    row: number,
    cols: readonly number[],
    exercice: number | null
  ) => {
    let first: string | null = null;
    let inYear: string | null = null;
    for (const c of cols) {
      const r = (dateReaders[c] ??= dateReader())(cells[c]);
      if (!r.ok)
        report("DATE_INVALID", row, c, MSG_CHORUS_DATE(plan.headers.get(c) ?? "", r.reason));
      else if (r.date !== null) {
        first ??= r.date;
        if (inYear === null && (exercice === null || Number(r.date.slice(0, 4)) === exercice))
          inYear = r.date;
      }
    }
    return inYear ?? first;
  };

  const [cEj, cDp, cProg, cCf, cDf, cAct, cCc, cGm, cFour, cEx, cPoste, cPosteDp] = [
    ...LINE_FIELDS,
    "exercice" as const,
    "poste" as const,
    "posteDp" as const,
  ].map(col);
  // Codes and labels repeat on every row: one copy each (EJ and DP numbers are not repeated).
  // One interner per column: each remembers its previous text, which the next row often repeats.
  const interners: TextInterner[] = [];
  const internerOf = (c: number) => (interners[c + 1] ??= new TextInterner());
  const number = (cells: readonly CellValue[], c: number) => (c < 0 ? "" : cleanCode(cells[c]));
  const code = (cells: readonly CellValue[], c: number) =>
    c < 0 ? "" : internerOf(c).of(cleanCode(cells[c]));
  const label = (cells: readonly CellValue[], f: CodedField) => {
    const c = plan.labels[f];
    if (c === undefined) return "";
    const text = cellText(cells[c]);
    return internerOf(c).of(text === "#" ? "" : text);
  };

  const kinds = new Set<keyof Measures>();
  const lines: ChorusLine[] = [];
  let lastEj = "";
  const visit = ({ row, cells, m }: DataRow) => {
    // "#" and "SANS AE" mark a DP without EJ (flux 4: subsidies, fees).
    let rawEj = number(cells, cEj);
    // An EJ's postes are rows that follow each other: they share one copy of its number.
    if (rawEj === lastEj) rawEj = lastEj;
    else lastEj = rawEj;
    const ej = startsWithSans(rawEj) ? "" : rawEj;
    const dp = number(cells, cDp);
    const hasAE = kinds.has("engage") || kinds.has("aeYear");
    const hasCP = kinds.has("paye");
    const anyMeasure =
      m.engage !== null || m.bascule !== null || m.aeYear !== null || m.paye !== null;
    if (!anyMeasure && ej === "" && dp === "") return; // a note under the table, not a line
    const ae = !hasAE ? null : (m.aeYear ?? addAmounts(m.engage ?? 0, m.bascule, -1) ?? 0);
    const cp = hasCP ? (m.paye ?? 0) : null;
    const exercice = (cEx < 0 ? null : readYear(cells[cEx])) ?? layout.exercice;
    const domaineFonctionnel = code(cells, cDf);
    let programme = code(cells, cProg);
    if (programme !== "") {
      const p = normalizeProgramme(programme);
      const dfProgramme = PATTERNS.domaineFonctionnel.test(domaineFonctionnel)
        ? domaineFonctionnel.slice(0, 4)
        : null;
      if (p === null || (dfProgramme !== null && p !== dfProgramme))
        report("PROGRAMME_MISMATCH", row, cProg, MSG_PROGRAMME(programme, domaineFonctionnel));
      programme = p === null ? programme : internerOf(-1).of(p);
    }
    if (ae !== null && ((ej !== "" && !isEj(ej)) || (ej === "" && ae !== 0)))
      report("EJ_FORMAT", row, cEj, MSG_CHORUS_EJ(ej));
    for (const f of labelled) {
      const k = code(cells, plan.fields[f]!);
      const map = labels.get(f)!;
      if (k !== "" && !map.has(k)) {
        const text = label(cells, f);
        if (text !== "") map.set(k, text);
      }
    }
    const groupeMarchandises = code(cells, cGm);
    lines.push({
      row,
      ej,
      dp,
      programme,
      centreFinancier: code(cells, cCf),
      domaineFonctionnel,
      activite: code(cells, cAct),
      centreDeCouts: code(cells, cCc),
      groupeMarchandises,
      fournisseur: label(cells, "fournisseur") || code(cells, cFour),
      nature: label(cells, "groupeMarchandises") || groupeMarchandises,
      aeDate: hasAE ? dateOf(cells, row, aeCols, exercice) : null,
      cpDate: hasCP ? dateOf(cells, row, cpCols, exercice) : null,
      exercice,
      ae,
      cp,
      carried: m.aeYear === null ? m.bascule : null,
      poste: code(cells, cPoste),
      posteDp: code(cells, cPosteDp),
    });
  };
  const skipped = forEachDataRow(input, layout, report, kinds, visit);

  const hasAE = kinds.has("engage") || kinds.has("aeYear");
  const hasCP = kinds.has("paye");
  return {
    name: input.name,
    file: input.file,
    lines,
    issues,
    rows: lines.length,
    skipped,
    exercice: layout.exercice,
    hasAE,
    hasCP,
    columns: columnMap(layout.plan, offset, hasAE),
    otherColumns: plan.others.map((c) => plan.headers.get(c)!),
    labels,
  };
}

/** Headers of the fields, under the names the reconciliation uses to locate its issues. */
function columnMap(plan: HeaderPlan, offset: number, hasAE: boolean): ColumnMap {
  const out: Record<string, { header: string; index: number }> = {};
  const put = (key: string, c: number | undefined) => {
    if (c !== undefined && out[key] === undefined)
      out[key] = { header: plan.headers.get(c) ?? key, index: offset + c };
  };
  for (const f of LINE_FIELDS) put(f, plan.fields[f]);
  // One sheet holds AE and CP: "date" and "montant" name the AE columns when there are some.
  for (const f of hasAE ? [...AE_DATES, ...CP_DATES] : CP_DATES) put("date", plan.fields[f]);
  const measure = (kinds: readonly string[]) =>
    plan.measures.find((m) => m.kind !== null && kinds.includes(m.kind));
  put(
    "montant",
    (hasAE ? (measure(["aeYear", "engage"]) ?? measure(["paye"])) : measure(["paye"]))?.index ??
      plan.measures[0]?.index
  );
  return out;
}
