/**
 * Reads every amount of the text as an item: the centre financier it belongs to, whether it is
 * AE, CP or both, its year, financeur and nature, and whether it is a total ("soit un total de")
 * or a part of the previous one ("dont"). Items are paired into ceilings by ceilings.ts.
 *
 * A centre financier owns the amounts that follow it in its article (a table row starts with
 * its code), or, in a sentence such as "50 000 € en AE et CP sur l'UO X", the one that follows
 * the amount. Amounts before any code (the preamble's "140 k€ pour la DGALN") belong to none.
 */
import type { Money } from "../money";
import { amountsWithUnit, type AmountToken, bareAmounts, splitMerged } from "./amounts";
import { acronymsIn, cfMentions, type Mention, RETABLIR, yearsIn } from "./lexicon";
import { splitLines, tableHeader, type Line, type TableHeader, yearLine } from "./lines";
import { clip, fold, sentenceAt } from "./normalize";
import { lowerBound, startingIn } from "./positions";
import { headingStarts } from "./structure";
import { cutAfter, labelBefore, rowLabel, stripCodes, type Tag, tagAfter } from "./tags";

export type { Tag } from "./tags";

export interface Item {
  readonly cf: string | null;
  /** Several centres financiers named together before a single amount: whose is it? */
  readonly ambiguousCf: boolean;
  readonly value: Money;
  readonly tag: Tag;
  readonly year: number | null;
  readonly financeur: string | null;
  readonly retablir: boolean;
  readonly total: boolean;
  readonly dont: boolean;
  /** Index of its line: two amounts on one line are two cells of a table row. */
  readonly line: number;
  readonly header: TableHeader | null;
  readonly section: number;
  readonly text: string;
}

interface State {
  header: TableHeader | null;
  yearColumns: number[] | null;
  yearHeading: number | null;
  sectionStart: number;
  lastAmountEnd: number;
}

const fresh = (start: number): State => ({
  header: null,
  yearColumns: null,
  yearHeading: null,
  sectionStart: start,
  lastAmountEnd: start,
});

const SENTENCE_END = /[.;](?:\s|$)/;
/** Only a full stop ends what a code introduced: "AE : 100 000 € ; CP : 80 000 €" stays on it. */
const FULL_STOP = /\.(?:\s|$)/;
/** A number written in groups of three: an amount of a table whose header gives the unit. */
const GROUPED = /\d{1,3}(?:[ .]\d{3})+(?!\d)/;

export class Scanner {
  private readonly lines: Line[];
  private readonly headings: Set<number>;
  /** Starts of the heading lines, in order. */
  private readonly headingList: number[];
  private readonly cfs: Mention[];
  readonly items: Item[] = [];

  constructor(
    private readonly text: string,
    private readonly exclude: ReadonlySet<string>
  ) {
    this.lines = splitLines(text);
    this.headingList = headingStarts(text);
    this.headings = new Set(this.headingList);
    this.cfs = cfMentions(text);
  }

  scan(): Item[] {
    let state = fresh(0);
    let section = 0;
    for (const line of this.lines) {
      if (this.headings.has(line.start)) {
        state = fresh(line.start);
        section++;
        continue;
      }
      const header = tableHeader(line.text);
      if (header) {
        state.header = header;
        continue;
      }
      const years = yearLine(line.text);
      if (years) {
        if (years.length > 1) state.yearColumns = years;
        else state.yearHeading = years[0];
        continue;
      }
      const amounts = this.amountsOf(line, state);
      amounts.forEach((a, k) => this.items.push(this.item(a, k, amounts, line, state, section)));
      if (amounts.length) state.lastAmountEnd = amounts[amounts.length - 1].end;
    }
    return this.items;
  }

  private amountsOf(line: Line, state: State): AmountToken[] {
    const header = state.header;
    const withUnit = amountsWithUnit(line.text, line.start);
    if (header?.unit == null || !this.looksLikeRow(line.text)) return withUnit;
    let bare = bareAmounts(line.text, header.unit, line.start).filter(
      (b) => !withUnit.some((u) => b.start < u.end && u.start < b.end)
    );
    if (withUnit.length === 0)
      bare = splitMerged(bare, state.yearColumns?.length ?? header.order.length, header.unit);
    return [...withUnit, ...bare].sort((a, b) => a.start - b.start);
  }

  /** A table row holds codes, numbers and a few words, not a sentence. */
  private looksLikeRow(line: string): boolean {
    const words = stripCodes(line)
      .replace(/[\d\s.,€|:;()-]+/g, " ")
      .trim()
      .split(/\s+/)
      .filter((w) => w.length > 1 && !/^[A-Z]+$/.test(w));
    return words.length <= 3;
  }

  private item(
    a: AmountToken,
    k: number,
    amounts: readonly AmountToken[],
    line: Line,
    state: State,
    section: number
  ): Item {
    const t = this.text;
    const before = t.slice(k > 0 ? amounts[k - 1].end : line.start, a.start);
    const label = t.slice(line.start, amounts[0].start);
    const after = cutAfter(
      k < amounts.length - 1
        ? t.slice(a.end, amounts[k + 1].start)
        : t.slice(a.end, line.end) + this.continuation(line.index)
    );
    const gap = fold(
      t.slice(Math.max(state.lastAmountEnd, a.start - 160, state.sectionStart), a.start)
    ).replace(/\s+/g, " ");
    const previous = this.items[this.items.length - 1];
    const sameRowTotal = k > 0 && previous?.total === true && before.trim() === "";
    const { cf, ambiguous } = this.owner(a, line, state);
    const own = stripCodes(before);
    const columnYear =
      state.yearColumns && state.yearColumns.length === amounts.length
        ? state.yearColumns[k]
        : null;
    return {
      cf,
      ambiguousCf: ambiguous,
      value: a.value,
      tag: labelBefore(before) ?? tagAfter(after) ?? rowLabel(label),
      year:
        yearsIn(own).pop() ??
        yearsIn(stripCodes(label))[0] ??
        columnYear ??
        yearsIn(stripCodes(after))[0] ??
        state.yearHeading,
      financeur:
        acronymsIn(own, this.exclude).pop() ??
        acronymsIn(stripCodes(after), this.exclude)[0] ??
        null,
      retablir: RETABLIR.test(before + after),
      total: sameRowTotal || /(?:\btotal\b|\bsoit\b|\bmontant global\b)[^\d€]{0,30}$/.test(gap),
      dont: /\bdont\b[^\d€]{0,40}$/.test(gap),
      line: line.index,
      header: state.header,
      section,
      // Prose is shown by its sentence; a table row by its line and the words under it.
      text:
        state.header === null && !this.looksLikeRow(line.text)
          ? sentenceAt(t, a.start, a.end)
          : clip(t.slice(line.start, a.end) + after),
    };
  }

  /**
   * Up to three following lines that only describe the amount ("au titre du financement DGALN
   * 2020"); a line that holds the next amount or code gives the words before it.
   */
  private continuation(from: number): string {
    const parts: string[] = [];
    let blank = false;
    for (let j = from + 1; j < this.lines.length && parts.length < 3; j++) {
      const line = this.lines[j];
      if (line.text.trim() === "") {
        blank = true;
        continue;
      }
      const folded = fold(line.text).trim();
      if (this.headings.has(line.start) || tableHeader(line.text) || yearLine(line.text)) break;
      if (/^(?:soit|total|dont)\b/.test(folded)) break;
      if (amountsWithUnit(line.text).length > 0) break;
      const code = startingIn(this.cfs, line.start, line.end)[0];
      if (code) {
        // "… 180 k€ en / crédits de paiement sur l'UO X": the sentence goes on up to its code.
        const words = this.text.slice(line.start, code.start);
        if (!blank && words.trim().split(/\s+/).length >= 3) parts.push(words);
        break;
      }
      parts.push(line.text);
      if (/[.;:]$/.test(folded)) break;
    }
    return parts.length ? " " + parts.join(" ") : "";
  }

  /**
   * The centre financier an amount belongs to: the code that labels it ("UO X : 100 000 €", a
   * table row), else the code its own words introduce ("100 000 € sur l'UO X"), else the last
   * code of its sentence or table, else a code later in its sentence.
   */
  private owner(
    a: AmountToken,
    line: Line,
    state: State
  ): { cf: string | null; ambiguous: boolean } {
    const t = this.text;
    // Mentions are in text order and do not overlap: those of the section that end before a.
    const before = this.cfs
      .slice(
        lowerBound(this.cfs, state.sectionStart, (c) => c.start),
        lowerBound(this.cfs, a.start + 1, (c) => c.end)
      )
      .filter((c) => c.end <= a.start && c.start >= state.sectionStart);
    const current = before[before.length - 1];
    const between = current ? t.slice(current.end, a.start) : "";
    const mine = (c: Mention) => ({
      cf: c.code,
      ambiguous: this.listed(before, state.lastAmountEnd),
    });
    const rowHead =
      current && current.start >= line.start && t.slice(line.start, current.start).trim() === "";
    if (current && (rowHead || /^\s*(?:\([^)]*\))?\s*[:=–-]?\s*$/.test(between)))
      return mine(current);
    const nextHeading =
      this.headingList[lowerBound(this.headingList, a.end + 1, (h) => h)] ?? t.length;
    const after = startingIn(this.cfs, a.end, nextHeading).filter(
      (c) => !SENTENCE_END.test(t.slice(a.end, c.start))
    );
    const near = after.find((c) => {
      const gap = t.slice(a.end, c.start);
      return (
        c.start - a.end <= 150 &&
        !/\n\s*\n/.test(gap) &&
        amountsWithUnit(gap).length === 0 &&
        !GROUPED.test(gap) &&
        /\b(?:sur|de|du|pour|a|au titre)\s+(?:l'|la |le |les )?(?:uo|unites? operationnelles?|centres? financiers?|cf)?\s*[:(]?\s*$/.test(
          fold(gap)
        )
      );
    });
    if (near) return { cf: near.code, ambiguous: false };
    if (current && !FULL_STOP.test(between)) return mine(current);
    // A code at the start of a line heads a table row: it owns what follows, not what precedes.
    const far = after.find(
      (c) =>
        c.start - a.end <= 250 &&
        t.slice(t.lastIndexOf("\n", c.start - 1) + 1, c.start).trim() !== ""
    );
    if (far) return { cf: far.code, ambiguous: false };
    // A sentence of its own that names a programme, not a UO, is about no UO of ours.
    if (!current || /\bprogramme\s+\d|\bP\d{3}\b/.test(sentenceAt(t, a.start, a.end)))
      return { cf: null, ambiguous: false };
    return { cf: current.code, ambiguous: this.listed(before, 0) };
  }

  /** "sur les UO X, Y : 100 000 €": one amount after several codes named together. */
  private listed(before: readonly Mention[], since: number): boolean {
    const last2 = before.filter((c) => c.start >= since).slice(-2);
    return (
      last2.length === 2 &&
      last2[0].code !== last2[1].code &&
      /^[\s,]*(?:et|ou)?[\s,]*(?:l'uo|uo)?[\s,]*$/i.test(
        this.text.slice(last2[0].end, last2[1].start)
      )
    );
  }
}

export function scanItems(text: string, exclude: ReadonlySet<string>): Item[] {
  return new Scanner(text, exclude).scan();
}
