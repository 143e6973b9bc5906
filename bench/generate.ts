import type { CellValue } from "../src/grid";
import type { RawSheet } from "../src/grid";

/**
 * A synthetic convention of the benchmark's size: `uos` centres financiers on programme 0113,
 * `ejLines` engagement lines and `payments` payments, as the 2-D values a host gives.
 * Deterministic (a small LCG), amounts in cents so that every figure is exactly checkable.
 */
export interface BenchSize {
  readonly uos: number;
  readonly ejLines: number;
  readonly payments: number;
  /** EJ and DP numbers as text, as controllers' sheets hold them (one shared string each). */
  readonly textKeys?: boolean;
}

export interface BenchData {
  readonly sheets: RawSheet[];
  /** Expected totals in cents, computed with integer arithmetic while generating. */
  readonly expected: { engagedCents: bigint; paidCents: bigint; ceilingCents: bigint };
}

/** A small deterministic LCG in [0, 1): every bench generator draws from it. */
export function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A sheet of 2-D values at A1, without tables. */
export const sheet = (name: string, values: CellValue[][]): RawSheet => ({
  name,
  values,
  origin: { row: 0, col: 0 },
  tables: [],
});

export function uoCode(i: number): string {
  return `0113-BENC-U${String(i).padStart(3, "0")}`;
}

export function generate(size: BenchSize, seed = 42): BenchData {
  const random = rng(seed);
  const key = (n: number): CellValue => (size.textKeys ? String(n) : n);
  const serial2020 = 43831; // 2020-01-01
  const ceilingPerUo = 100_000_000_00; // 100 M€ in cents, so nothing is exceeded
  const convention = sheet("Convention", [
    ["Référence", "BENCH-2020"],
    ["Délégant", "Direction du banc d'essai"],
    ["Délégataire", "DINUM"],
    ["Date de début", serial2020],
    ["Date de fin", serial2020 + 365],
  ]);
  const plafonds: CellValue[][] = [["Centre financier", "Exercice", "Financeur", "AE", "CP"]];
  const imputations: CellValue[][] = [
    ["Centre financier", "Domaine fonctionnel", "Activité", "Centre de coûts"],
  ];
  for (let u = 0; u < size.uos; u++) {
    plafonds.push([uoCode(u), 2020, "DGALN", ceilingPerUo / 100, ceilingPerUo / 100]);
    imputations.push([uoCode(u), "0113-07-16", "011301MB0601", "DININCUB75"]);
  }
  const prestations = ["Devops", "Design", "Déploiement", "Coaching"];
  const engagements: CellValue[][] = [
    [
      "N° EJ",
      "Date",
      "Centre financier",
      "Domaine fonctionnel",
      "Activité",
      "Centre de coûts",
      "Fournisseur",
      "Prestation",
      "Montant AE",
    ],
  ];
  const ejAmounts: number[] = [];
  const ejDays: number[] = [];
  let engagedCents = 0n;
  for (let i = 0; i < size.ejLines; i++) {
    const cents = 100_000 + Math.floor(random() * 5_000_000); // 1 000 € to 51 000 €
    ejAmounts.push(cents);
    const day = serial2020 + 1 + Math.floor(random() * 300);
    ejDays.push(day);
    engagedCents += BigInt(cents);
    engagements.push([
      key(2100000000 + i),
      day,
      uoCode(i % size.uos),
      "0113-07-16",
      "011301MB0601",
      "DININCUB75",
      `Fournisseur ${i % 97}`,
      prestations[i % 4],
      cents / 100,
    ]);
  }
  const paiements: CellValue[][] = [["N° DP", "Date", "N° EJ", "Montant CP"]];
  let paidCents = 0n;
  for (let j = 0; j < size.payments; j++) {
    const ej = j % size.ejLines;
    // Three payments per EJ at most, each a fifth of it: never more than engaged.
    const cents = Math.floor(ejAmounts[ej] / 5);
    paidCents += BigInt(cents);
    // Paid after it was engaged (a payment dated before its EJ is DP_BEFORE_EJ), within the year.
    paiements.push([
      key(100000000 + j),
      ejDays[ej] + 1 + Math.floor(random() * 60),
      key(2100000000 + ej),
      cents / 100,
    ]);
  }
  return {
    sheets: [
      convention,
      sheet("Plafonds", plafonds),
      sheet("Imputations", imputations),
      sheet("Engagements", engagements),
      sheet("Paiements", paiements),
    ],
    expected: { engagedCents, paidCents, ceilingCents: BigInt(ceilingPerUo) * BigInt(size.uos) },
  };
}

/** Cents as a quoted French decimal, as Chorus CSV exports write amounts ("1234,50"). */
export const quotedEuros = (cents: number) =>
  `"${Math.floor(cents / 100)},${String(cents % 100).padStart(2, "0")}"`;
