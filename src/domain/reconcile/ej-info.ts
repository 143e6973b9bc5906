import { Amount, gtAmount, plusAmount, Tally } from "../tally";
import type { CfState } from "./cf-state";

/**
 * What an EJ is, once all its rows (dated by the reporting date) are read. Its AE and CP sums are
 * Amounts of its own (integer cents while exact), not two Tally objects: a payment then reads one
 * object, not three (100 000 EJs: 4.5 MB less, and two memory accesses fewer per payment).
 *
 * A plain object made by an object literal (`newEjInfo`), not a class: V8 allocates the objects
 * of a literal that keeps surviving straight in the old generation (allocation-site
 * pretenuring), never those of `new`. An EJ lives as long as the reconciliation, so as class
 * instances the 100 000 of the engine bench were each copied twice by young-generation
 * collections (about 20 ms a run: README, "An EJ's sums are fields of its own").
 */
export interface EjInfo {
  /** AE of all its lines (every year, carried over and retraits included). */
  engaged: Amount;
  paid: Amount;
  /**
   * Where its payments count when they name no poste and carry no centre financier: the centre
   * financier of its counted rows, or, when its rows sit on several, the one that carries most of
   * its AE (ties: the first code), so that the order of rows never matters. Null when it counts nowhere.
   */
  centreFinancier: string | null;
  /** The state of `centreFinancier`, set with it (`placeOn`). */
  cfState: CfState | null;
  /** True when its counted rows sit on several centres financiers (rare: settled in a second pass). */
  spread: boolean;
  /** Centre financier of each named poste, for an EJ spread over several (set by the second pass). */
  postes: Map<string, string> | null;
  /** AE on each centre financier, for an EJ spread over several (set by the second pass). */
  aeByCf: Map<string, Tally> | null;
  /** CP counted on another centre financier than `centreFinancier` ("" : counted nowhere). */
  paidElsewhere: Map<string, Tally> | null;
  /** AE of its rows that count in no line (malformed or ceiling-less centre financier). */
  uncounted: Tally | null;
  readonly prestation: string;
  readonly fournisseur: string;
  /** Its earliest date and year (undated lines: the start year). */
  firstDate: string | null;
  firstYear: number;
}

export function newEjInfo(
  prestation: string,
  fournisseur: string,
  firstDate: string | null,
  firstYear: number
): EjInfo {
  return {
    engaged: 0,
    paid: 0,
    centreFinancier: null,
    cfState: null,
    spread: false,
    postes: null,
    aeByCf: null,
    paidElsewhere: null,
    uncounted: null,
    prestation,
    fournisseur,
    firstDate,
    firstYear,
  };
}

/** Sets where its payments count by default, and that centre financier's state. */
export function placeOn(ej: EjInfo, cf: string, state: CfState): void {
  ej.centreFinancier = cf;
  ej.cfState = state;
}

export function addEngaged(ej: EjInfo, a: Amount): void {
  ej.engaged = plusAmount(ej.engaged, a);
}

export function addPaid(ej: EjInfo, a: Amount): void {
  ej.paid = plusAmount(ej.paid, a);
}

/** More CP paid than AE engaged, exactly. */
export function overpaid(ej: EjInfo): boolean {
  return gtAmount(ej.paid, ej.engaged);
}
