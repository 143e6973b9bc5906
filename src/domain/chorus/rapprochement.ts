/**
 * The rapprochement of the controller's `Engagements` / `Paiements` with Chorus: EJ on one side
 * only, AE and CP differences per EJ and per UO, with totals. The afternoon of VLOOKUPs, exact.
 *
 * Only the exercices the extracts cover are compared (their AE is the AE of the year), and of
 * Chorus only what falls in the convention: lines on a UO with a ceiling, or on an EJ the
 * workbook knows (an EJ that Chorus imputes elsewhere is then still found).
 */
import { yearOf } from "../date";
import { issue, Issue } from "../issues";
import type { ConventionData } from "../model";
import type { Money } from "../money";
import { headerOf } from "../reconcile/checks";
import { Amount, eqAmount, plusAmount, toMoney } from "../tally";
import {
  MSG_CHORUS_MISMATCH,
  MSG_EJ_ONLY_IN_CHORUS,
  MSG_EJ_ONLY_IN_WORKBOOK,
  MSG_GAP,
} from "./messages";
import type { ChorusExtract, ChorusLine } from "./types";

export interface Comparison {
  readonly workbookAE: Money | null;
  readonly chorusAE: Money | null;
  readonly workbookCP: Money | null;
  readonly chorusCP: Money | null;
}

export interface Place {
  readonly sheet: string;
  readonly row: number;
}

export interface EjComparison extends Comparison {
  readonly ej: string;
  /** Where the EJ first appears: the workbook for a pair, the extract for an EJ of Chorus only. */
  readonly place: Place | null;
}

export interface UoComparison extends Comparison {
  readonly centreFinancier: string;
}

export interface Rapprochement {
  readonly compareAE: boolean;
  readonly compareCP: boolean;
  /** Exercices compared (empty: the extracts name none, every year is compared). */
  readonly exercices: readonly number[];
  /** EJ found on both sides, differences or not. */
  readonly matched: number;
  readonly onlyInWorkbook: readonly EjComparison[];
  readonly onlyInChorus: readonly EjComparison[];
  readonly mismatches: readonly EjComparison[];
  readonly byUo: readonly UoComparison[];
  readonly total: Comparison;
  readonly issues: readonly Issue[];
}

/** UO of an amount that no centre financier could be found for. */
export const UNATTACHED = "(non rattaché)";

/**
 * One EJ (or one UO) on one side, its sums in Amounts (integer cents while exact). A plain object
 * made by one literal, not a class with two Tally objects: 200 000 EJs compared are 200 000
 * objects, not 600 000, and ones V8 may allocate straight in the old generation (allocation-site
 * pretenuring, see ej-info.ts), which it never does for `new`.
 */
interface Side {
  ae: Amount;
  cp: Amount;
  cf: string | null;
  place: Place | null;
  payment: Place | null;
  present: boolean;
  inPerimeter: boolean;
}

const newSide = (): Side => ({
  ae: 0,
  cp: 0,
  cf: null,
  place: null,
  payment: null,
  present: false,
  inPerimeter: false,
});

class Sums {
  private readonly map = new Map<string, { w: Side; c: Side }>();
  get(cf: string | null) {
    const key = cf ?? UNATTACHED;
    let s = this.map.get(key);
    if (!s) this.map.set(key, (s = { w: newSide(), c: newSide() }));
    return s;
  }
  entries() {
    return [...this.map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
}

const plus = (a: Amount, b: Amount | null) => (b === null ? a : plusAmount(a, b));
const byKey = ([a]: [string, Side], [b]: [string, Side]) => (a < b ? -1 : 1);

export interface RapprochementInput {
  readonly workbook: ConventionData;
  /** Which ledgers the workbook itself holds. */
  readonly sides: { readonly ae: boolean; readonly cp: boolean };
  readonly extracts: readonly ChorusExtract[];
  readonly resolve: (l: ChorusLine) => string | null;
  readonly withCeiling: ReadonlySet<string>;
  readonly startYear: number;
}

/** The workbook's side: AE and CP of each EJ of the compared exercices, and of each UO. */
function workbookSides(input: RapprochementInput, compare: Compared, sums: Sums) {
  const { workbook } = input;
  const w = new Map<string, Side>();
  const wSide = (ej: string) => {
    let s = w.get(ej);
    if (!s) w.set(ej, (s = newSide()));
    return s;
  };
  for (const e of workbook.engagements) {
    if (e.ej === "") continue;
    const s = wSide(e.ej);
    s.cf ??= e.centreFinancier;
    s.place ??= { sheet: e.sheet, row: e.row };
    if (!compare.ae || !compare.inYears(e.date)) continue;
    s.present = true;
    s.ae = plusAmount(s.ae, e.amount);
    const uo = sums.get(e.centreFinancier).w;
    uo.ae = plusAmount(uo.ae, e.amount);
  }
  if (compare.cp) {
    for (const p of workbook.payments) {
      if (p.ej === "" || !compare.inYears(p.date)) continue;
      const s = wSide(p.ej);
      s.place ??= { sheet: p.sheet, row: p.row };
      s.payment ??= { sheet: p.sheet, row: p.row };
      s.present = true;
      s.cp = plusAmount(s.cp, p.amount);
      const uo = sums.get(s.cf).w;
      uo.cp = plusAmount(uo.cp, p.amount);
    }
  }
  return w;
}

/** Chorus's side, per EJ, then per UO over what the comparison keeps. */
function chorusSides(
  input: RapprochementInput,
  compare: Compared,
  sums: Sums,
  w: ReadonlyMap<string, Side>
) {
  const { extracts, resolve, withCeiling } = input;
  const c = new Map<string, Side>();
  for (const e of extracts) {
    for (const l of e.lines) {
      if (l.ej === "") continue;
      let s = c.get(l.ej);
      if (!s) c.set(l.ej, (s = newSide()));
      const cf = resolve(l);
      s.cf ??= cf;
      s.place ??= { sheet: e.name, row: l.row };
      s.inPerimeter ||= cf !== null && withCeiling.has(cf);
      if (compare.ae) s.ae = plus(s.ae, l.ae);
      if (compare.cp) s.cp = plus(s.cp, l.cp);
    }
  }
  // Per UO, line by line (an EJ may sit on several), over what the comparison keeps.
  for (const e of extracts) {
    for (const l of e.lines) {
      const cf = resolve(l);
      const kept =
        l.ej === ""
          ? cf !== null && withCeiling.has(cf)
          : c.get(l.ej)!.inPerimeter || w.get(l.ej)?.present === true;
      if (!kept) continue;
      const uo = sums.get(cf).c;
      if (compare.ae) uo.ae = plus(uo.ae, l.ae);
      if (compare.cp) uo.cp = plus(uo.cp, l.cp);
    }
  }
  return c;
}

interface Compared {
  readonly ae: boolean;
  readonly cp: boolean;
  readonly inYears: (date: string | null) => boolean;
  /** The sums of a side as decimals, null for a measure not compared. */
  readonly of: (ws: Side | undefined, cs: Side | undefined) => Comparison;
}

const differ = (compare: Compared, ws: Side, cs: Side) =>
  (compare.ae && !eqAmount(ws.ae, cs.ae)) || (compare.cp && !eqAmount(ws.cp, cs.cp));

/**
 * The workbook's EJs: counted when Chorus has them with the same sums, reported otherwise. Only
 * the reported ones get a comparison (four decimals) and a place in the sort by EJ: 100 000
 * matched EJs built 400 000 decimals.
 */
function workbookVerdicts(
  input: RapprochementInput,
  compare: Compared,
  w: ReadonlyMap<string, Side>,
  c: ReadonlyMap<string, Side>,
  issues: Issue[]
) {
  const { workbook, extracts } = input;
  const sources = extracts.map((e) => e.name).join(", ");
  const column = (place: Place, field: string) => headerOf(workbook.columns, place.sheet, field);
  const onlyInWorkbook: EjComparison[] = [];
  const mismatches: EjComparison[] = [];
  let matched = 0;
  const reported: [string, Side][] = [];
  for (const entry of w) {
    const [ej, ws] = entry;
    if (!ws.present) continue;
    const cs = c.get(ej);
    if (cs) matched++;
    if (!cs || differ(compare, ws, cs)) reported.push(entry);
  }
  for (const [ej, ws] of reported.sort(byKey)) {
    const cs = c.get(ej);
    const cmp = { ej, place: ws.place, ...compare.of(ws, cs) };
    if (!cs) {
      onlyInWorkbook.push(cmp);
      issues.push(
        issue(
          "EJ_ONLY_IN_WORKBOOK",
          ws.place!.sheet,
          ws.place!.row,
          column(ws.place!, "ej"),
          MSG_EJ_ONLY_IN_WORKBOOK(ej, sources)
        )
      );
      continue;
    }
    const aeGap = compare.ae && !eqAmount(ws.ae, cs.ae);
    const gaps: string[] = [];
    if (aeGap) gaps.push(MSG_GAP("AE", cmp.workbookAE!, cmp.chorusAE!));
    if (compare.cp && !eqAmount(ws.cp, cs.cp))
      gaps.push(MSG_GAP("CP", cmp.workbookCP!, cmp.chorusCP!));
    mismatches.push(cmp);
    const place = aeGap || !ws.payment ? ws.place! : ws.payment;
    issues.push(
      issue(
        "CHORUS_MISMATCH",
        place.sheet,
        place.row,
        column(place, "montant"),
        MSG_CHORUS_MISMATCH(ej, gaps)
      )
    );
  }
  return { matched, onlyInWorkbook, mismatches };
}

/** The EJs of Chorus, in the convention's perimeter, that the workbook does not have. */
function chorusVerdicts(
  input: RapprochementInput,
  compare: Compared,
  w: ReadonlyMap<string, Side>,
  c: ReadonlyMap<string, Side>,
  issues: Issue[]
): EjComparison[] {
  const onlyInChorus: EjComparison[] = [];
  const missing: [string, Side][] = [];
  for (const entry of c) if (entry[1].inPerimeter && !w.get(entry[0])?.present) missing.push(entry);
  for (const [ej, cs] of missing.sort(byKey)) {
    const cmp = { ej, place: cs.place, ...compare.of(undefined, cs) };
    onlyInChorus.push(cmp);
    const extract = input.extracts.find((e) => e.name === cs.place!.sheet)!;
    issues.push(
      issue(
        "EJ_ONLY_IN_CHORUS",
        cs.place!.sheet,
        cs.place!.row,
        extract.columns.ej?.header ?? "N° EJ",
        MSG_EJ_ONLY_IN_CHORUS(ej, cmp.chorusAE, cmp.chorusCP)
      )
    );
  }
  return onlyInChorus;
}

export function rapprocher(input: RapprochementInput): Rapprochement {
  const { sides, extracts, startYear } = input;
  const compareAE = sides.ae && extracts.some((e) => e.hasAE);
  const compareCP = sides.cp && extracts.some((e) => e.hasCP);
  const exercices = new Set<number>();
  for (const e of extracts)
    for (const l of e.lines) if (l.exercice !== null) exercices.add(l.exercice);
  const compare: Compared = {
    ae: compareAE,
    cp: compareCP,
    inYears: (date) => exercices.size === 0 || exercices.has(date ? yearOf(date) : startYear),
    of: (ws, cs) => ({
      workbookAE: compareAE ? toMoney(ws?.ae ?? 0) : null,
      chorusAE: compareAE ? toMoney(cs?.ae ?? 0) : null,
      workbookCP: compareCP ? toMoney(ws?.cp ?? 0) : null,
      chorusCP: compareCP ? toMoney(cs?.cp ?? 0) : null,
    }),
  };

  const sums = new Sums();
  const w = workbookSides(input, compare, sums);
  const c = chorusSides(input, compare, sums, w);
  const issues: Issue[] = [];
  const { matched, onlyInWorkbook, mismatches } = workbookVerdicts(input, compare, w, c, issues);
  const onlyInChorus = chorusVerdicts(input, compare, w, c, issues);
  const uos = sums.entries();
  const byUo = uos.map(([centreFinancier, s]) => ({ centreFinancier, ...compare.of(s.w, s.c) }));
  const totalW = newSide();
  const totalC = newSide();
  for (const [, s] of uos) {
    totalW.ae = plusAmount(totalW.ae, s.w.ae);
    totalW.cp = plusAmount(totalW.cp, s.w.cp);
    totalC.ae = plusAmount(totalC.ae, s.c.ae);
    totalC.cp = plusAmount(totalC.cp, s.c.cp);
  }
  return {
    compareAE,
    compareCP,
    exercices: [...exercices].sort(),
    matched,
    onlyInWorkbook,
    onlyInChorus,
    mismatches,
    byUo,
    total: compare.of(totalW, totalC),
    issues,
  };
}
