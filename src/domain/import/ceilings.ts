/**
 * Items → ceiling lines, per centre financier and article. Explicit words decide first
 * ("en AE et en CP", "AE :"); a table's header decides the rest: two amounts on one row are its
 * two columns, and amounts one per line are its columns flattened one after the other (AE cell,
 * then CP cell), split by their "soit un total de" lines or by halves whose financeurs and years
 * agree. Anything still undecided is reported, never guessed.
 */
import { NATURE_MAD, NATURE_RETABLIR } from "../contract";
import { sum, type Money } from "../money";
import * as M from "./messages";
import type { Item } from "./scan";
import { appendAll } from "../arrays";

export interface CeilingFound {
  readonly centreFinancier: string;
  readonly year: number | null;
  readonly financeur: string | null;
  readonly nature: typeof NATURE_MAD | typeof NATURE_RETABLIR;
  readonly ae: Money | null;
  readonly cp: Money | null;
  readonly aeText: string | null;
  readonly cpText: string | null;
}

type Work = Item & { value: Money };

function line(ae: Work | null, cp: Work | null): CeilingFound {
  const any = (ae ?? cp) as Work;
  return {
    centreFinancier: any.cf as string,
    year: ae?.year ?? cp?.year ?? null,
    financeur: ae?.financeur ?? cp?.financeur ?? null,
    nature: ae?.retablir || cp?.retablir ? NATURE_RETABLIR : NATURE_MAD,
    ae: ae?.value ?? null,
    cp: cp?.value ?? null,
    aeText: ae?.text ?? null,
    cpText: cp?.text ?? null,
  };
}

const agree = (a: Work, b: Work) =>
  (a.year === null || b.year === null || a.year === b.year) &&
  (a.financeur === null || b.financeur === null || a.financeur === b.financeur);

/** "220 000 €, dont 80 000 € à rétablir": the part is taken out of the whole. */
function applyParts(items: Work[]): Work[] {
  const out: Work[] = [];
  // Index of the last item that can be a whole (neither a total nor a part), kept as items come.
  let last = -1;
  const push = (w: Work) => {
    if (!w.total && !w.dont) last = out.length;
    out.push(w);
  };
  for (const it of items) {
    const parent = last >= 0 ? out[last] : undefined;
    if (it.dont && !it.total && parent && parent.value.gte(it.value)) {
      out[last] = { ...parent, value: parent.value.minus(it.value) };
      push({ ...it, tag: it.tag ?? parent.tag, year: it.year ?? parent.year });
    } else push(it);
  }
  return out;
}

function pairTagged(ae: Work[], cp: Work[]): CeilingFound[] {
  const out: CeilingFound[] = [];
  const left = [...cp];
  for (const a of ae) {
    const i = left.findIndex((c) => agree(a, c));
    out.push(line(a, i >= 0 ? left.splice(i, 1)[0] : null));
  }
  return [...out, ...left.map((c) => line(null, c))];
}

/** Untagged amounts of a table; returns the lines and the amounts it could not place. */
function pairTable(items: Work[], all: Work[]): { lines: CeilingFound[]; left: Work[] } {
  const header = items.find((i) => i.header !== null)?.header;
  if (!header || items.length === 0) return { lines: [], left: items };
  const [first] = header.order;
  const lines: CeilingFound[] = [];
  const byLine = new Map<number, Work[]>();
  for (const it of items) byLine.set(it.line, [...(byLine.get(it.line) ?? []), it]);
  const singles: Work[] = [];
  for (const row of byLine.values()) {
    if (row.length === 2) lines.push(first === "AE" ? line(row[0], row[1]) : line(row[1], row[0]));
    else appendAll(singles, row);
  }
  if (singles.length === 0) return { lines, left: [] };
  // Segments between totals: the flattened cells of the AE column, then of the CP column.
  const segments: Work[][] = [[]];
  for (const it of all) {
    if (it.total) segments.push([]);
    else if (singles.includes(it)) segments[segments.length - 1].push(it);
  }
  const filled = segments.filter((s) => s.length > 0);
  const half = singles.length / 2;
  let columns: [Work[], Work[]] | null = null;
  if (filled.length === 2 && filled[0].length === filled[1].length)
    columns = [filled[0], filled[1]];
  else if (
    Number.isInteger(half) &&
    singles.slice(0, half).every((it, i) => agree(it, singles[half + i]))
  )
    columns = [singles.slice(0, half), singles.slice(half)];
  if (!columns || !columns[0].every((it, i) => agree(it, columns![1][i])))
    return { lines, left: singles };
  const [x, y] = columns;
  x.forEach((it, i) => lines.push(first === "AE" ? line(it, y[i]) : line(y[i], it)));
  return { lines, left: [] };
}

const sumOf = (lines: readonly CeilingFound[], credit: "ae" | "cp") =>
  sum(lines.map((l) => l[credit]).filter((m): m is Money => m !== null));

/** A written total must be the AE or CP total of its UO, or of its whole article. */
function checkTotals(
  cf: string,
  totals: readonly Work[],
  lines: readonly CeilingFound[],
  article: readonly CeilingFound[],
  warnings: string[]
): void {
  if (lines.length === 0) return;
  const sums = [sumOf(lines, "ae"), sumOf(lines, "cp"), sumOf(article, "ae"), sumOf(article, "cp")];
  for (const t of totals)
    if (!sums.some((s) => s.eq(t.value)))
      warnings.push(M.WARN_TOTAL_DIFFERS(cf, t.value, sums[0], sums[1]));
}

/** One centre financier in one article. */
function pairGroup(
  cf: string,
  group: Work[],
  warnings: string[]
): { lines: CeilingFound[]; totals: Work[] } {
  const items = applyParts(group);
  const totals = items.filter((i) => i.total);
  const details = items.filter((i) => !i.total);
  const both = details.filter((i) => i.tag === "both");
  const tagged = pairTagged(
    details.filter((i) => i.tag === "AE"),
    details.filter((i) => i.tag === "CP")
  );
  const table = pairTable(
    details.filter((i) => i.tag === null),
    items
  );
  for (const it of table.left) warnings.push(M.WARN_CREDIT_UNKNOWN(cf, it.value, it.text));
  const detail = [...tagged, ...table.lines];
  let lines = both.map((b) => line(b, b));
  if (both.length > 0 && detail.length > 0) {
    // "160 000 € en AE et en CP, selon l'échéancier suivant : …": the sentence sums up the table.
    const stated = sum(both.map((b) => b.value));
    const detailAe = sum(detail.map((l) => l.ae).filter((m): m is Money => m !== null));
    const detailCp = sum(detail.map((l) => l.cp).filter((m): m is Money => m !== null));
    if (!stated.eq(detailAe) || !stated.eq(detailCp))
      warnings.push(M.WARN_SUMMARY_DIFFERS(cf, stated, both[0].text));
    lines = [];
  }
  return { lines: [...lines, ...detail], totals };
}

const key = (l: CeilingFound) => `${l.centreFinancier}|${l.year}`;

export function pairCeilings(
  items: readonly Item[],
  defaultYear: number | null
): { ceilings: CeilingFound[]; warnings: string[] } {
  const warnings: string[] = [];
  const groups = new Map<string, Work[]>();
  for (const it of items) {
    if (it.cf === null) {
      if (it.tag !== null && !it.total) warnings.push(M.WARN_NO_CF(it.value, it.text));
      continue;
    }
    if (it.ambiguousCf) {
      warnings.push(M.WARN_SEVERAL_CF(it.value, it.text));
      continue;
    }
    const k = `${it.section}|${it.cf}`;
    groups.set(k, [...(groups.get(k) ?? []), { ...it, year: it.year ?? defaultYear }]);
  }
  const ceilings: CeilingFound[] = [];
  const seen = new Map<string, Money[]>();
  const paired = [...groups].map(([k, group]) => ({
    section: group[0].section,
    cf: k.slice(k.indexOf("|") + 1),
    ...pairGroup(k.slice(k.indexOf("|") + 1), group, warnings),
  }));
  for (const g of paired) {
    const article = paired.filter((o) => o.section === g.section).flatMap((o) => o.lines);
    checkTotals(g.cf, g.totals, g.lines, article, warnings);
  }
  for (const { lines } of paired) {
    // The same credits restated in a later article are not counted twice.
    const restated = lines.length > 0 && lines.every((l) => seen.has(key(l)));
    if (restated && sameSums(lines, seen)) continue;
    for (const l of lines)
      seen.set(key(l), [
        ...(seen.get(key(l)) ?? []),
        ...[l.ae, l.cp].filter((m): m is Money => m !== null),
      ]);
    appendAll(ceilings, lines);
  }
  return { ceilings, warnings };
}

function sameSums(lines: readonly CeilingFound[], seen: Map<string, Money[]>): boolean {
  const mine = new Map<string, Money[]>();
  for (const l of lines)
    mine.set(key(l), [
      ...(mine.get(key(l)) ?? []),
      ...[l.ae, l.cp].filter((m): m is Money => m !== null),
    ]);
  return [...mine].every(([k, v]) => sum(v).eq(sum(seen.get(k) ?? [])));
}
