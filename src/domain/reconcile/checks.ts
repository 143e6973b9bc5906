import { checkFormat, checkImputation, CodeProblem, digitsValue, Imputation } from "../codes";
import type { Issue } from "../issues";
import { issue } from "../issues";
import type {
  AuthorisedImputation,
  CeilingLine,
  ColumnMap,
  EngagementLine,
  PaymentLine,
} from "../model";
import { LineGroups } from "./line-groups";
import { MSG_DATE_OUTSIDE, MSG_DUPLICATE } from "./messages";
import { eqAmount } from "../tally";

const FIELD_HEADERS: Record<string, string> = {
  centreFinancier: "Centre financier",
  domaineFonctionnel: "Domaine fonctionnel",
  activite: "Activité",
  centreDeCouts: "Centre de coûts",
  ej: "N° EJ",
  dp: "N° DP",
  poste: "N° poste EJ",
  compteBudgetaire: "Compte budgétaire",
  disponibleLe: "Disponible le",
  date: "Date",
  montant: "Montant",
};

/** The header of a field as the user wrote it on that sheet. */
export function headerOf(
  columns: Readonly<Record<string, ColumnMap>>,
  sheet: string,
  field: string
): string {
  return columns[sheet]?.[field]?.header ?? FIELD_HEADERS[field] ?? field;
}

/** Imputation checks, computed once per distinct combination (a ledger repeats a few). */
export function imputationChecker(authorised: readonly AuthorisedImputation[]) {
  // Nested maps: no key string is built per ledger line.
  const cache = new Map<string, Map<string, Map<string, Map<string, CodeProblem[]>>>>();
  const level = <V>(m: Map<string, V>, k: string, make: () => V): V => {
    let v = m.get(k);
    if (v === undefined) m.set(k, (v = make()));
    return v;
  };
  return (imp: Imputation): CodeProblem[] => {
    const byCc = level(
      level(
        level(cache, imp.centreFinancier, () => new Map()),
        imp.domaineFonctionnel,
        () => new Map()
      ),
      imp.activite,
      () => new Map<string, CodeProblem[]>()
    );
    let problems = byCc.get(imp.centreDeCouts);
    if (!problems) byCc.set(imp.centreDeCouts, (problems = checkImputation(imp, authorised)));
    return problems;
  };
}

const wellFormedCfs = new Map<string, boolean>();
export function isWellFormedCf(cf: string): boolean {
  let ok = wellFormedCfs.get(cf);
  if (ok === undefined) {
    ok = checkFormat("centreFinancier", cf) === null;
    if (wellFormedCfs.size < 10000) wellFormedCfs.set(cf, ok);
  }
  return ok;
}

/**
 * Identical rows (after reading) are flagged from their second occurrence on. Rows are first
 * grouped by a field that is nearly unique (the EJ or DP number, already a string), then
 * compared field by field: no key string is built per row of a 400 000-row ledger.
 */
export function duplicates<T extends { sheet: string; row: number }>(
  lines: readonly T[],
  bucket: (line: T) => string | number,
  same: (a: T, b: T) => boolean,
  columns: Readonly<Record<string, ColumnMap>>,
  firstField: string,
  options: {
    include?: (line: T) => boolean;
    flags?: Uint8Array;
    message?: (first: number) => string;
  } = {}
): Issue[] {
  const groups = new LineGroups(lines.length);
  const out: Issue[] = [];
  const message = options.message ?? MSG_DUPLICATE;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (options.include && !options.include(line)) continue;
    const group = groups.groupOf(bucket(line));
    let first = groups.first(group);
    while (first !== -1 && !(lines[first].sheet === line.sheet && same(lines[first], line)))
      first = groups.after(first);
    if (first === -1) {
      groups.append(group, i);
      continue;
    }
    out.push(
      issue(
        "DUPLICATE_ROW",
        line.sheet,
        line.row,
        headerOf(columns, line.sheet, firstField),
        message(lines[first].row)
      )
    );
    if (options.flags) options.flags[i] = 1;
  }
  return out;
}

/**
 * A DP number (nine digits) or an EJ number (ten) as an integer: LineGroups keeps integers in
 * typed arrays, without hashing strings, which matters over 300 000 payments. Equal texts give
 * equal numbers, which is all a bucket needs: texts sharing one ("#L7", "#L07") are told apart
 * by the comparison of the lines. Anything else stays a string key.
 */
export const dpBucket = (p: PaymentLine): string | number => {
  const n = digitsValue(p.dp, 9);
  if (n >= 0) return n;
  // "#L" and a row number: the synthetic N° DP of a Chorus CP line without one (one per line),
  // beyond every nine-digit number.
  if (
    p.dp.length > 2 &&
    p.dp.length <= 17 &&
    p.dp.charCodeAt(0) === 35 &&
    p.dp.charCodeAt(1) === 76
  ) {
    const row = digitsValue(p.dp, p.dp.length - 2, 2);
    if (row >= 0) return SYNTHETIC_DP_BASE + row;
  }
  return p.dp;
};
const SYNTHETIC_DP_BASE = 2 ** 52;
export const ejBucket = (e: EngagementLine): string | number => {
  const n = digitsValue(e.ej, 10);
  return n >= 0 ? n : e.ej;
};

export const sameEngagement = (a: EngagementLine, b: EngagementLine) =>
  a.ej === b.ej &&
  a.date === b.date &&
  a.centreFinancier === b.centreFinancier &&
  a.domaineFonctionnel === b.domaineFonctionnel &&
  a.activite === b.activite &&
  a.centreDeCouts === b.centreDeCouts &&
  a.fournisseur === b.fournisseur &&
  a.prestation === b.prestation &&
  (a.poste ?? "") === (b.poste ?? "") &&
  eqAmount(a.amount, b.amount);

/** One payment line of Chorus: same DP, poste, date, EJ and amount (the lines of a DP's postes differ by poste). */
export const samePayment = (a: PaymentLine, b: PaymentLine) =>
  a.dp === b.dp &&
  a.date === b.date &&
  a.ej === b.ej &&
  (a.posteDp ?? "") === (b.posteDp ?? "") &&
  (a.poste ?? "") === (b.poste ?? "") &&
  (a.centreFinancier ?? "") === (b.centreFinancier ?? "") &&
  eqAmount(a.amount, b.amount);

export const sameCeiling = (a: CeilingLine, b: CeilingLine) =>
  a.centreFinancier === b.centreFinancier &&
  a.year === b.year &&
  a.financeur === b.financeur &&
  a.nature === b.nature &&
  a.acte === b.acte &&
  a.ae.eq(b.ae) &&
  a.cp.eq(b.cp) &&
  (a.availableFrom ?? null) === (b.availableFrom ?? null);

export function outsidePeriod(
  what: string,
  line: { sheet: string; row: number; date: string | null },
  start: string | null,
  end: string | null,
  columns: Readonly<Record<string, ColumnMap>>
): Issue | null {
  if (!line.date) return null;
  if ((start && line.date < start) || (end && line.date > end)) {
    return issue(
      "DATE_OUTSIDE_PERIOD",
      line.sheet,
      line.row,
      headerOf(columns, line.sheet, "date"),
      MSG_DATE_OUTSIDE(what, line.date, start, end)
    );
  }
  return null;
}
