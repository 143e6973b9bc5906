/**
 * The extract's lines that no convention authorises ("hors convention"), and those that several
 * authorise (counted nowhere: an error naming them), with exact totals per centre financier.
 */
import type { ChorusExtract, ChorusLine } from "../chorus/types";
import { formatAmount, money, sum, type Money } from "../money";
import { formatAmountOf } from "../tally";

export const NO_CF = "(sans centre financier)";

export interface OutsideLine {
  /** The extract as named in issues ("infbud53.csv", "[extrait.xlsx]Feuil1"). */
  readonly extract: string;
  readonly row: number;
  readonly centreFinancier: string;
  readonly domaineFonctionnel: string;
  readonly activite: string;
  readonly centreDeCouts: string;
  readonly ej: string;
  readonly fournisseur: string;
  readonly ae: string;
  readonly cp: string;
}

export interface OutsideTotal {
  readonly centreFinancier: string;
  readonly lines: number;
  readonly ae: string;
  readonly cp: string;
}

export interface Outside {
  readonly lines: readonly OutsideLine[];
  readonly byCentreFinancier: readonly OutsideTotal[];
  readonly total: { readonly lines: number; readonly ae: string; readonly cp: string };
}

const moneyOf = (s: string): Money => money(s);
const amountText = (a: ChorusLine["ae"]) => (a === null ? "0.00" : formatAmountOf(a));

export function outsideLine(extract: ChorusExtract, l: ChorusLine): OutsideLine {
  return {
    extract: extract.name,
    row: l.row,
    centreFinancier: l.centreFinancier,
    domaineFonctionnel: l.domaineFonctionnel,
    activite: l.activite,
    centreDeCouts: l.centreDeCouts,
    ej: l.ej,
    fournisseur: l.fournisseur,
    ae: amountText(l.ae),
    cp: amountText(l.cp),
  };
}

export function outsideOf(extracts: readonly ChorusExtract[]): Outside {
  const lines: OutsideLine[] = [];
  for (const x of extracts) for (const l of x.lines) lines.push(outsideLine(x, l));
  const groups = new Map<string, { n: number; ae: Money[]; cp: Money[] }>();
  for (const l of lines) {
    const key = l.centreFinancier || NO_CF;
    const g = groups.get(key) ?? { n: 0, ae: [], cp: [] };
    g.n++;
    g.ae.push(moneyOf(l.ae));
    g.cp.push(moneyOf(l.cp));
    groups.set(key, g);
  }
  const byCentreFinancier = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([centreFinancier, g]) => ({
      centreFinancier,
      lines: g.n,
      ae: formatAmount(sum(g.ae)),
      cp: formatAmount(sum(g.cp)),
    }));
  return {
    lines,
    byCentreFinancier,
    total: {
      lines: lines.length,
      ae: formatAmount(sum(lines.map((l) => moneyOf(l.ae)))),
      cp: formatAmount(sum(lines.map((l) => moneyOf(l.cp)))),
    },
  };
}
