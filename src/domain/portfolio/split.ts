/**
 * One Chorus extract, many conventions: each data row of an extract goes to the one convention
 * whose `Imputations` authorise it (centre financier, domaine fonctionnel, activité, centre de
 * coûts, as `covers` judges them), or to none ("hors convention"), or is ambiguous when two
 * conventions authorise it. A convention's share is the extract with only its rows — the title and
 * header rows kept, every row keeping its line number — so that reading the share is reading an
 * extract that holds only its lines.
 */
import type { CellValue } from "../../grid";
import { locateExtract } from "../chorus/layout";
// As the extract's reader judges them: one rule for a blank row and a subtotal ("Résultat").
import { isBlankRow, isSubtotal } from "../chorus/rows";
import type { ChorusInput } from "../chorus/types";
import { cleanCode, covers } from "../codes";
import type { AuthorisedImputation } from "../model";
import { cellText } from "../text";

/** Where a raw row went: a convention's index, or one of these. */
export const ROW_KEPT = -1; // title and header rows, in every share
export const ROW_DROPPED = -2; // blank rows, subtotals, repeated headers: in no share
export const ROW_OUTSIDE = -3; // no convention authorises it
export const ROW_AMBIGUOUS = -4; // several conventions authorise it

/** The codes a row is attributed by; null when the extract has no column for the field. */
interface RowCodes {
  readonly centreFinancier: string | null;
  readonly domaineFonctionnel: string | null;
  readonly activite: string | null;
  readonly centreDeCouts: string | null;
  readonly ej: string;
}

export interface ExtractSplit {
  readonly input: ChorusInput;
  /** Per raw row (index of `input.values`): a convention's index or one of the ROW_ marks. */
  readonly target: Int32Array;
  /** Ambiguous rows: the indices of the conventions that all authorise them. */
  readonly ambiguous: ReadonlyMap<number, readonly number[]>;
}

function authorises(i: AuthorisedImputation, codes: RowCodes): boolean {
  const ok = (field: "centreFinancier" | "domaineFonctionnel" | "activite" | "centreDeCouts") => {
    const value = codes[field];
    return value === null || covers(field, i[field], value);
  };
  // A row with no code at all (a DP without imputation) is authorised by nothing: its EJ decides.
  const none = [
    codes.centreFinancier,
    codes.domaineFonctionnel,
    codes.activite,
    codes.centreDeCouts,
  ].every((c) => !c);
  return (
    !none &&
    ok("centreFinancier") &&
    ok("domaineFonctionnel") &&
    ok("activite") &&
    ok("centreDeCouts")
  );
}

/** The imputations of every convention, by centre financier: a row with one looks only there. */
class Authorisers {
  private readonly byCf = new Map<string, Array<[number, AuthorisedImputation]>>();
  private readonly all: Array<[number, AuthorisedImputation]> = [];
  constructor(conventions: readonly (readonly AuthorisedImputation[])[]) {
    conventions.forEach((imputations, k) => {
      for (const i of imputations) {
        this.all.push([k, i]);
        const list = this.byCf.get(i.centreFinancier) ?? [];
        list.push([k, i]);
        this.byCf.set(i.centreFinancier, list);
      }
    });
  }

  /** The conventions (indices, ascending) whose imputations authorise the row's codes. */
  matches(codes: RowCodes): number[] {
    const candidates = codes.centreFinancier
      ? (this.byCf.get(codes.centreFinancier) ?? [])
      : this.all;
    const out: number[] = [];
    for (const [k, i] of candidates) if (!out.includes(k) && authorises(i, codes)) out.push(k);
    return out.sort((a, b) => a - b);
  }
}

/**
 * Attributes every row of the extracts. Rows matched by their codes first; then a row that no
 * imputation authorises (or that carries no code, as a DP line may) follows its EJ when the EJ's
 * other rows all went to one convention. Null for an input that holds no extract.
 */
export function splitExtracts(
  inputs: readonly ChorusInput[],
  conventions: readonly (readonly AuthorisedImputation[])[]
): (ExtractSplit | null)[] {
  const authorisers = new Authorisers(conventions);
  const ejOwner = new Map<string, number>(); // convention of an EJ; -1 when several
  const pending: Array<{ split: ExtractSplit; index: number; ej: string }> = [];
  const splits = inputs.map((input) => {
    const layout = locateExtract(input.values);
    if (!layout) return null;
    const f = layout.plan.fields;
    const col = (c: number | undefined) => (c === undefined ? -1 : c);
    const [cCf, cDf, cAct, cCc, cEj] = [
      f.centreFinancier,
      f.domaineFonctionnel,
      f.activite,
      f.centreDeCouts,
      f.ej,
    ].map(col);
    const width = layout.plan.width;
    const target = new Int32Array(input.values.length).fill(ROW_KEPT);
    const ambiguous = new Map<number, number[]>();
    const split: ExtractSplit = { input, target, ambiguous };
    const code = (cells: readonly CellValue[], c: number) => (c < 0 ? null : cleanCode(cells[c]));
    const ejHeader = cEj < 0 ? null : layout.plan.headers.get(cEj);
    for (let i = layout.headerIndex + 1; i < input.values.length; i++) {
      let cells = input.values[i];
      const alt = input.alternatives?.get(i);
      if (input.strictWidth && cells.length !== width && alt && alt.length === width) cells = alt;
      if (
        isBlankRow(cells) ||
        isSubtotal(cells) ||
        (ejHeader != null && cellText(cells[cEj]) === ejHeader)
      ) {
        target[i] = ROW_DROPPED;
        continue;
      }
      const codes: RowCodes = {
        centreFinancier: code(cells, cCf),
        domaineFonctionnel: code(cells, cDf),
        activite: code(cells, cAct),
        centreDeCouts: code(cells, cCc),
        ej: cEj < 0 ? "" : cleanCode(cells[cEj]),
      };
      const found = authorisers.matches(codes);
      if (found.length === 1) {
        target[i] = found[0];
        if (codes.ej !== "") {
          const owner = ejOwner.get(codes.ej);
          ejOwner.set(codes.ej, owner === undefined || owner === found[0] ? found[0] : -1);
        }
      } else if (found.length > 1) {
        target[i] = ROW_AMBIGUOUS;
        ambiguous.set(i, found);
      } else {
        target[i] = ROW_OUTSIDE;
        if (codes.ej !== "") pending.push({ split, index: i, ej: codes.ej });
      }
    }
    return split;
  });
  for (const p of pending) {
    const owner = ejOwner.get(p.ej);
    if (owner !== undefined && owner >= 0) p.split.target[p.index] = owner;
  }
  return splits;
}

/**
 * The extract holding only the rows whose mark passes `keep` (title and header rows always): the
 * same name, file and line numbers, so its issues point where the whole extract's would.
 */
export function shareOf(split: ExtractSplit, keep: (mark: number) => boolean): ChorusInput {
  const indices: number[] = [];
  split.target.forEach((m, i) => {
    if (m === ROW_KEPT || keep(m)) indices.push(i);
  });
  return shareOfRows(split, indices);
}

/** The title and header rows, and the rows of each mark: every share from one pass over the extract. */
export function rowsByMark(split: ExtractSplit): { kept: number[]; byMark: Map<number, number[]> } {
  const kept: number[] = [];
  const byMark = new Map<number, number[]>();
  split.target.forEach((m, i) => {
    if (m === ROW_KEPT) kept.push(i);
    else {
      const list = byMark.get(m);
      if (list) list.push(i);
      else byMark.set(m, [i]);
    }
  });
  return { kept, byMark };
}

/** The extract holding only the given raw rows (ascending, the title and header rows among them). */
export function shareOfRows(split: ExtractSplit, indices: readonly number[]): ChorusInput {
  const { input } = split;
  const alternatives = new Map<number, readonly CellValue[]>();
  if (input.alternatives)
    indices.forEach((i, j) => {
      const alt = input.alternatives!.get(i);
      if (alt) alternatives.set(j, alt);
    });
  const holding = input.rowsHolding;
  return {
    ...input,
    values: indices.map((i) => input.values[i]),
    rowOf: (j) => input.rowOf(indices[j]),
    // Every by-index view of the whole file, renumbered (or dropped: the rows are read here).
    rowAt: undefined,
    rowsHolding: holding
      ? (needles) => {
          const holds = holding(needles);
          return (j) => holds(indices[j]);
        }
      : undefined,
    alternatives,
  };
}
