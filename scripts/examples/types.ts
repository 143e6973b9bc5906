/**
 * Shapes of the raw rows behind the example workbooks (examples/*.xlsx), written by
 * scripts/make-examples.ts. Tests may import the data modules (camino.ts, meae.ts) to compare
 * what the reader finds with what was written.
 *
 * Conventions of these modules:
 * - dates are ISO strings `YYYY-MM-DD`, written to the workbook as real Excel dates;
 * - amounts are euros as numbers (all whole euros here, so exact); when `…Text` is set, the cell
 *   holds that text instead of the number (a French-formatted amount typed by hand);
 * - the Excel row of the i-th element of a sheet's array is i + 2 (row 1 is the header), except
 *   on `Convention` (no header: the i-th element is on row i + 1).
 */

export type ConventionValueKind = "text" | "date" | "integer" | "percent";

export interface ConventionRow {
  readonly label: string;
  /** null: the label is written and its value cell left empty. */
  readonly value: string | number | null;
  readonly kind: ConventionValueKind;
}

export interface CeilingRow {
  readonly centreFinancier: string;
  readonly exercice: number;
  readonly financeur: string;
  readonly nature: "Mise à disposition" | "À rétablir";
  readonly acte: string;
  readonly ae: number;
  readonly cp: number;
}

export interface ImputationRow {
  readonly centreFinancier: string;
  readonly domaineFonctionnel: string;
  readonly activite: string;
  readonly centreDeCouts: string;
  readonly libelle: string;
}

export interface EngagementRow {
  readonly ej: string;
  readonly date: string;
  readonly centreFinancier: string;
  readonly domaineFonctionnel: string;
  readonly activite: string;
  readonly centreDeCouts: string;
  readonly fournisseur: string;
  readonly prestation: string;
  readonly montantAE: number;
  /** When set, the cell holds this text instead of the number. */
  readonly montantAEText?: string;
  /** Extra column `Commentaire` (not part of the contract: kept and ignored by the reader). */
  readonly commentaire?: string;
}

export interface PaymentRow {
  readonly dp: string;
  readonly date: string;
  readonly ej: string;
  readonly montantCP: number;
  /** When set, the cell holds this text instead of the number. */
  readonly montantCPText?: string;
}

export interface ForecastRow {
  readonly centreFinancier: string;
  /** `YYYY-MM`. */
  readonly mois: string;
  /** true: the cell holds the real date of the 1st of the month; false: the text `YYYY-MM`. */
  readonly moisAsDate: boolean;
  readonly aePrevus: number;
  readonly cpPrevus: number;
}

export interface PlantedAnomaly {
  readonly code: string;
  readonly severity: "error" | "warning";
  readonly sheet: string;
  /** Excel row numbers (1-based) involved. */
  readonly rows: readonly number[];
  readonly column: string;
  readonly description: string;
}

/** Figures as in the `--json` summary: amounts with 2 decimals, rates with 4. */
export interface ExpectedFigures {
  readonly ceilingAE: string;
  readonly ceilingCP: string;
  readonly pendingReestablishment: string;
  readonly engagedAE: string;
  readonly paidCP: string;
  readonly availableAE: string;
  readonly availableCP: string;
  readonly outstanding: string;
  readonly engagementRate: string | null;
  readonly cpConsumptionRate: string | null;
  readonly awaitedReestablishment: string;
  readonly carriedOverAE: string;
  readonly priorYearWithdrawals: string;
  readonly lapsedAE: string;
  readonly lapsedCP: string;
}

export interface ExpectedLine extends ExpectedFigures {
  readonly centreFinancier: string;
  readonly year: number;
}

export interface ExampleWorkbook {
  /** Path relative to the repository root. */
  readonly file: string;
  readonly convention: readonly ConventionRow[];
  readonly ceilings: readonly CeilingRow[];
  readonly imputations: readonly ImputationRow[];
  readonly engagements: readonly EngagementRow[];
  /** true: the Engagements data is an Excel table (ListObject); false: a plain range. */
  readonly engagementsAsTable: boolean;
  readonly payments: readonly PaymentRow[];
  /** null: no `Prévisions` sheet (it is optional). */
  readonly forecasts: readonly ForecastRow[] | null;
  readonly planted: readonly PlantedAnomaly[];
  /** Hand-computed figures (examples/README.md); make-examples.ts re-checks them in cents. */
  readonly expected: { readonly lines: readonly ExpectedLine[]; readonly total: ExpectedFigures };
}

/** Excel row of the i-th data row of a sheet with a header row. */
export const dataRow = (index: number): number => index + 2;

/** The invented suppliers of both examples (no real company is named). */
export const SUPPLIERS = {
  ANL: "Atelier Numérique Libre SAS",
  CDP: "Coop Design Public",
  CAP: "Cap Agilité Publique SAS",
  TUS: "Terrains & Usages SCOP",
  FLC: "Fabrique Logicielle des Communs SARL",
} as const;
