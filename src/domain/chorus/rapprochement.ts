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
import { Amount, Tally } from "../tally";
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

class Side {
  readonly ae = new Tally();
  readonly cp = new Tally();
  cf: string | null = null;
  place: Place | null = null;
  payment: Place | null = null;
  present = false;
  inPerimeter = false;
}

class Sums {
  private readonly map = new Map<string, { w: Side; c: Side }>();
  get(cf: string | null) {
    const key = cf ?? UNATTACHED;
    let s = this.map.get(key);
    if (!s) this.map.set(key, (s = { w: new Side(), c: new Side() }));
    return s;
  }
  entries() {
    return [...this.map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
}

const add = (t: Tally, a: Amount | null) => (a === null ? t : t.add(a));

export interface RapprochementInput {
  readonly workbook: ConventionData;
  /** Which ledgers the workbook itself holds. */
  readonly sides: { readonly ae: boolean; readonly cp: boolean };
  readonly extracts: readonly ChorusExtract[];
  readonly resolve: (l: ChorusLine) => string | null;
  readonly withCeiling: ReadonlySet<string>;
  readonly startYear: number;
}

export function rapprocher(input: RapprochementInput): Rapprochement {
  const { workbook, sides, extracts, resolve, withCeiling, startYear } = input;
  const compareAE = sides.ae && extracts.some((e) => e.hasAE);
  const compareCP = sides.cp && extracts.some((e) => e.hasCP);
  const exercices = new Set<number>();
  for (const e of extracts)
    for (const l of e.lines) if (l.exercice !== null) exercices.add(l.exercice);
  const inYears = (date: string | null) =>
    exercices.size === 0 || exercices.has(date ? yearOf(date) : startYear);

  const sums = new Sums();
  const w = new Map<string, Side>();
  const wSide = (ej: string) => {
    let s = w.get(ej);
    if (!s) w.set(ej, (s = new Side()));
    return s;
  };
  for (const e of workbook.engagements) {
    if (e.ej === "") continue;
    const s = wSide(e.ej);
    s.cf ??= e.centreFinancier;
    s.place ??= { sheet: e.sheet, row: e.row };
    if (!compareAE || !inYears(e.date)) continue;
    s.present = true;
    s.ae.add(e.amount);
    sums.get(e.centreFinancier).w.ae.add(e.amount);
  }
  if (compareCP) {
    for (const p of workbook.payments) {
      if (p.ej === "" || !inYears(p.date)) continue;
      const s = wSide(p.ej);
      s.place ??= { sheet: p.sheet, row: p.row };
      s.payment ??= { sheet: p.sheet, row: p.row };
      s.present = true;
      s.cp.add(p.amount);
      sums.get(s.cf).w.cp.add(p.amount);
    }
  }

  const c = new Map<string, Side>();
  for (const e of extracts) {
    for (const l of e.lines) {
      if (l.ej === "") continue;
      let s = c.get(l.ej);
      if (!s) c.set(l.ej, (s = new Side()));
      const cf = resolve(l);
      s.cf ??= cf;
      s.place ??= { sheet: e.name, row: l.row };
      s.inPerimeter ||= cf !== null && withCeiling.has(cf);
      if (compareAE) add(s.ae, l.ae);
      if (compareCP) add(s.cp, l.cp);
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
      if (compareAE) add(uo.ae, l.ae);
      if (compareCP) add(uo.cp, l.cp);
    }
  }

  const comparison = (ws: Side | undefined, cs: Side | undefined): Comparison => ({
    workbookAE: compareAE ? (ws?.ae ?? new Tally()).value() : null,
    chorusAE: compareAE ? (cs?.ae ?? new Tally()).value() : null,
    workbookCP: compareCP ? (ws?.cp ?? new Tally()).value() : null,
    chorusCP: compareCP ? (cs?.cp ?? new Tally()).value() : null,
  });
  const issues: Issue[] = [];
  const onlyInWorkbook: EjComparison[] = [];
  const onlyInChorus: EjComparison[] = [];
  const mismatches: EjComparison[] = [];
  const sources = extracts.map((e) => e.name).join(", ");
  const column = (place: Place, field: string) => headerOf(workbook.columns, place.sheet, field);
  let matched = 0;
  for (const [ej, ws] of [...w.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!ws.present) continue;
    const cs = c.get(ej);
    const cmp = { ej, place: ws.place, ...comparison(ws, cs) };
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
    matched++;
    const gaps: string[] = [];
    if (compareAE && !cmp.workbookAE!.eq(cmp.chorusAE!))
      gaps.push(MSG_GAP("AE", cmp.workbookAE!, cmp.chorusAE!));
    if (compareCP && !cmp.workbookCP!.eq(cmp.chorusCP!))
      gaps.push(MSG_GAP("CP", cmp.workbookCP!, cmp.chorusCP!));
    if (gaps.length === 0) continue;
    mismatches.push(cmp);
    const aeGap = compareAE && !cmp.workbookAE!.eq(cmp.chorusAE!);
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
  for (const [ej, cs] of [...c.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!cs.inPerimeter || w.get(ej)?.present) continue;
    const cmp = { ej, place: cs.place, ...comparison(undefined, cs) };
    onlyInChorus.push(cmp);
    const extract = extracts.find((e) => e.name === cs.place!.sheet)!;
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
  const byUo = sums
    .entries()
    .map(([centreFinancier, s]) => ({ centreFinancier, ...comparison(s.w, s.c) }));
  const totalW = new Side();
  const totalC = new Side();
  for (const [, s] of sums.entries()) {
    totalW.ae.addTally(s.w.ae);
    totalW.cp.addTally(s.w.cp);
    totalC.ae.addTally(s.c.ae);
    totalC.cp.addTally(s.c.cp);
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
    total: comparison(totalW, totalC),
    issues,
  };
}
