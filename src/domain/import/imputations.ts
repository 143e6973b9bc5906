/**
 * The Chorus references of each UO: "Domaine fonctionnel : 0113-07", "Sous-action : 0113-07-16",
 * "Centre financier : …", "Activité(s) : …", "Centre de coût : …" blocks, or a table whose rows
 * hold the four codes. A label counts only with a value of its Chorus format: the formats are
 * the anchors that tell a code from the prose around it.
 */
import { CODE_FIELDS, type CodeField, PATTERNS } from "../codes";
import * as M from "./messages";
import { clip, fold, squeeze } from "./normalize";
import { splitLines, type Line } from "./lines";
import { lineAt } from "./positions";

export interface ImputationFound {
  readonly centreFinancier: string;
  readonly domaineFonctionnel: string;
  readonly activite: string;
  readonly centreDeCouts: string;
  readonly evidence: Partial<Record<CodeField, string>>;
}

type Kind = CodeField | "sousAction" | "heading";

const LABELS: ReadonlyArray<[Kind, RegExp]> = [
  [
    "heading",
    /references?\s+chorus|imputations?\s+(?:budgetaires?|comptables?)\s+(?:des depenses\s+)?(?:a prendre en compte\s+)?(?:sont\s*)?:/g,
  ],
  ["centreFinancier", /centre\s+financier/g],
  ["domaineFonctionnel", /domaine\s+fonctionnel/g],
  ["sousAction", /sous[-\s]?action/g],
  ["activite", /activite(?:\s*\(s\)|s)?|referentiel\s+de\s+programmation|code\s+activite/g],
  ["centreDeCouts", /centres?\s+de\s+couts?/g],
];

const CODE_IN_TEXT: Record<CodeField | "sousAction", RegExp> = {
  centreFinancier: /(?<![A-Z0-9-])\d{4}-[A-Z0-9]{4}-[A-Z0-9]{4}(?![A-Z0-9-])/g,
  domaineFonctionnel: /(?<![\d-])\d{4}-\d{2}(?:-\d{2})?(?![\d-])/g,
  sousAction: /(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])/g,
  activite: /(?<![A-Z0-9])\d{4}[A-Z0-9]{8}(?![A-Z0-9])/g,
  centreDeCouts: /(?<![A-Z0-9-])(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*\d)[A-Z0-9]{10}(?![A-Z0-9-])/g,
};

const codesIn = (kind: CodeField | "sousAction", text: string): string[] =>
  [...text.matchAll(CODE_IN_TEXT[kind])].map((m) => m[0]);

interface Hit {
  readonly kind: Kind;
  readonly start: number;
  readonly end: number;
}

interface Record_ {
  headingCf: string | null;
  headingText: string | null;
  /** "Activité : X (UO A) et Y (UO B)": the UO named after each activité. */
  activiteCf: Map<string, string>;
  codes: Partial<Record<CodeField | "sousAction", string[]>>;
  evidence: Partial<Record<CodeField | "sousAction", string>>;
}

/** A table row: a centre financier and at least two of the other codes on one line. */
function rowOf(line: Line): ImputationFound | null {
  const cf = codesIn("centreFinancier", line.text);
  if (cf.length !== 1) return null;
  const rest = line.text.replace(cf[0], " ");
  const df = codesIn("domaineFonctionnel", rest);
  const act = codesIn("activite", rest);
  const cc = codesIn("centreDeCouts", rest.replace(CODE_IN_TEXT.activite, " "));
  if ([df, act, cc].filter((c) => c.length > 0).length < 2) return null;
  const text = clip(line.text);
  return {
    centreFinancier: cf[0],
    domaineFonctionnel: df[0] ?? "",
    activite: act[0] ?? "",
    centreDeCouts: cc[0] ?? "",
    evidence: {
      centreFinancier: text,
      domaineFonctionnel: text,
      activite: text,
      centreDeCouts: text,
    },
  };
}

/** The value region of a label: the rest of its line, or the next line when that rest is empty. */
function valueAfter(
  text: string,
  lines: readonly Line[],
  isRow: (j: number) => boolean,
  hit: Hit,
  nextHit: number
): string {
  const i = lineAt(lines, hit.end);
  const rest = text.slice(hit.end, Math.min(lines[i].end, nextHit));
  if (/[\p{L}\d]/u.test(rest)) return rest;
  for (let j = i + 1; j < lines.length && j <= i + 6; j++) {
    if (lines[j].text.trim() === "") continue;
    // A header cell is no label: the table's rows are read as rows.
    return lines[j].start >= nextHit || isRow(j)
      ? ""
      : text.slice(lines[j].start, Math.min(lines[j].end, nextHit));
  }
  return "";
}

/** The UOs of the text whose programme is `programme`, when there is exactly one. */
function onlyUoOf(programme: string, cfs: readonly string[]): string | null {
  const same = cfs.filter((cf) => cf.startsWith(`${programme}-`));
  return same.length === 1 ? same[0] : null;
}

function finish(records: Record_[], cfs: readonly string[], warnings: string[]): ImputationFound[] {
  const out: ImputationFound[] = [];
  for (const r of records) {
    const c = r.codes;
    if (!c.domaineFonctionnel && !c.sousAction && !c.activite && !c.centreDeCouts) continue;
    const df = c.domaineFonctionnel?.[0];
    const sa = c.sousAction?.find((s) => !df || s.startsWith(`${df}-`)) ?? c.sousAction?.[0];
    // The sous-action is the domaine fonctionnel Chorus lines carry; the action covers it.
    const dfCode = sa ?? df ?? "";
    const dfText = sa ? r.evidence.sousAction : r.evidence.domaineFonctionnel;
    for (const activite of c.activite ?? [""]) {
      // A block without its own centre financier: its title's, the UO named beside the
      // activité, or the only UO of the codes' programme.
      const labelled = c.centreFinancier?.[0] ?? r.headingCf;
      const beside = r.activiteCf.get(activite);
      const programme = (dfCode || activite).slice(0, 4);
      const cf = labelled ?? beside ?? (programme ? onlyUoOf(programme, cfs) : null) ?? "";
      const cfText = c.centreFinancier
        ? r.evidence.centreFinancier
        : r.headingCf
          ? r.headingText
          : beside
            ? r.evidence.activite
            : cf
              ? (dfText ?? r.evidence.activite)
              : undefined;
      for (const code of [dfCode, activite]) {
        if (cf && code && code.slice(0, 4) !== cf.slice(0, 4))
          warnings.push(M.WARN_PROGRAMME(cf, code));
      }
      for (const cc of c.centreDeCouts ?? [""]) {
        out.push({
          centreFinancier: cf,
          domaineFonctionnel: dfCode,
          activite,
          centreDeCouts: cc,
          evidence: {
            centreFinancier: cfText ?? undefined,
            domaineFonctionnel: dfText,
            activite: r.evidence.activite,
            centreDeCouts: r.evidence.centreDeCouts,
          },
        });
      }
    }
  }
  return out;
}

/** "X (UO A) et Y (UO B)": each activité with the first centre financier after it. */
function besideActivites(value: string): Map<string, string> {
  const out = new Map<string, string>();
  const acts = [...value.matchAll(CODE_IN_TEXT.activite)];
  acts.forEach((m, i) => {
    const until = acts[i + 1]?.index ?? value.length;
    const cf = codesIn("centreFinancier", value.slice(m.index + m[0].length, until))[0];
    if (cf) out.set(m[0], cf);
  });
  return out;
}

export function findImputations(
  text: string,
  cfs: readonly string[]
): { imputations: ImputationFound[]; warnings: string[] } {
  const lines = splitLines(text);
  const rows = lines.map(rowOf);
  const folded = fold(text);
  const inRow = (at: number) => {
    const i = lineAt(lines, at);
    return i >= 0 && rows[i] !== null;
  };
  const hits: Hit[] = LABELS.flatMap(([kind, re]) =>
    [...folded.matchAll(re)].map((m) => ({ kind, start: m.index, end: m.index + m[0].length }))
  )
    .filter((h) => !inRow(h.start))
    .sort((a, b) => a.start - b.start);
  const records: Record_[] = [];
  const blank = (headingCf: string | null, headingText: string | null): Record_ => ({
    headingCf,
    headingText,
    activiteCf: new Map(),
    codes: {},
    evidence: {},
  });
  let current = blank(null, null);
  const open = (headingCf: string | null, headingText: string | null) => {
    records.push(current);
    current = blank(headingCf, headingText);
  };
  hits.forEach((hit, n) => {
    const nextHit = hits[n + 1]?.start ?? text.length;
    if (hit.kind === "heading") {
      const lineEnd = text.indexOf("\n", hit.end);
      const rest = text.slice(hit.start, lineEnd < 0 ? undefined : lineEnd);
      const cf = codesIn("centreFinancier", rest)[0] ?? null;
      return open(cf, cf ? clip(rest) : null);
    }
    const value = valueAfter(text, lines, (j) => rows[j] !== null, hit, nextHit);
    const codes = codesIn(hit.kind, value);
    if (codes.length === 0) return;
    if (current.codes[hit.kind]) open(null, null);
    current.codes[hit.kind] = [...new Set(codes)];
    if (hit.kind === "activite") current.activiteCf = besideActivites(value);
    current.evidence[hit.kind] = clip(
      `${squeeze(text.slice(hit.start, hit.end))} ${squeeze(value)}`
    );
  });
  records.push(current);
  const warnings: string[] = [];
  const found = [
    ...rows.filter((r): r is ImputationFound => r !== null),
    ...finish(records, cfs, warnings),
  ];
  // The first of each combination of codes (a set of keys: not a search of the list for each).
  const seen = new Set<string>();
  const unique = found.filter((f) => {
    const key = CODE_FIELDS.map((k) => f[k]).join("\u0001");
    return !seen.has(key) && (seen.add(key), true);
  });
  return {
    imputations: unique.filter(
      (f) => PATTERNS.centreFinancier.test(f.centreFinancier) || f.centreFinancier === ""
    ),
    warnings,
  };
}
