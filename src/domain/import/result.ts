/**
 * What an import found (amounts as Money) and its JSON form (the contract's strings:
 * workbook.md, "Extensions", `plafond import --json`).
 */
import type { IsoDate } from "../date";
import { formatAmount, type Money } from "../money";
import type { NATURE_MAD, NATURE_RETABLIR } from "../contract";

export interface ImportedCeiling {
  readonly centreFinancier: string;
  readonly year: number | null;
  readonly financeur: string | null;
  readonly nature: typeof NATURE_MAD | typeof NATURE_RETABLIR;
  readonly ae: Money | null;
  readonly cp: Money | null;
}

export interface ImportedImputation {
  readonly centreFinancier: string;
  readonly domaineFonctionnel: string;
  readonly activite: string;
  readonly centreDeCouts: string;
  /** Not in the text as such: the financeurs of the UO, to tell rows apart in the workbook. */
  readonly libelle: string;
}

export interface Evidence {
  /** JSON path of the figure: "end", "ceilings[0].ae", "imputations[1].activite". */
  readonly field: string;
  /** The sentence of the convention it was read from. */
  readonly text: string;
  /** How a value was derived when the sentence does not state it whole ("année 2020 : …"). */
  readonly note?: string;
}

export interface ImportResult {
  /** Not stated by conventions: formed from the parties' acronyms and the year (see index.ts). */
  readonly reference: string | null;
  readonly delegant: string | null;
  readonly delegataire: string | null;
  readonly signature: IsoDate | null;
  readonly start: IsoDate | null;
  readonly end: IsoDate | null;
  readonly noticeMonths: number | null;
  readonly ceilings: readonly ImportedCeiling[];
  readonly imputations: readonly ImportedImputation[];
  readonly evidence: readonly Evidence[];
  /** Paths of what the text does not give: "signature", "ceilings", "ceilings[1].cp", "imputations[0181-CPRI-ELAB]". */
  readonly unresolved: readonly string[];
  /** Doubts for the controller, in French (an amount neither AE nor CP, a total that differs…). */
  readonly warnings: readonly string[];
}

export interface ImportJson {
  reference: string | null;
  delegant: string | null;
  delegataire: string | null;
  signature: string | null;
  start: string | null;
  end: string | null;
  noticeMonths: number | null;
  ceilings: {
    centreFinancier: string;
    year: number | null;
    financeur: string | null;
    nature: string;
    ae: string | null;
    cp: string | null;
  }[];
  imputations: {
    centreFinancier: string;
    domaineFonctionnel: string;
    activite: string;
    centreDeCouts: string;
  }[];
  evidence: Evidence[];
  unresolved: string[];
  warnings: string[];
}

const amount = (m: Money | null) => (m === null ? null : formatAmount(m));

export function importResultJson(r: ImportResult): ImportJson {
  return {
    reference: r.reference,
    delegant: r.delegant,
    delegataire: r.delegataire,
    signature: r.signature,
    start: r.start,
    end: r.end,
    noticeMonths: r.noticeMonths,
    ceilings: r.ceilings.map((c) => ({
      centreFinancier: c.centreFinancier,
      year: c.year,
      financeur: c.financeur,
      nature: c.nature,
      ae: amount(c.ae),
      cp: amount(c.cp),
    })),
    imputations: r.imputations.map((i) => ({
      centreFinancier: i.centreFinancier,
      domaineFonctionnel: i.domaineFonctionnel,
      activite: i.activite,
      centreDeCouts: i.centreDeCouts,
    })),
    evidence: r.evidence.map((e) => ({ ...e })),
    unresolved: [...r.unresolved],
    warnings: [...r.warnings],
  };
}
