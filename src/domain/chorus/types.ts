import type { CellValue } from "../../grid";
import type { IsoDate } from "../date";
import type { Issue } from "../issues";
import type { ColumnMap } from "../model";
import type { Amount } from "../tally";

/**
 * A Chorus extract as 2-D values, from a sheet of the workbook or a file (CSV or .xlsx): the
 * host reads, the domain interprets. Rows keep the number the user sees (Excel row or file line).
 */
export interface ChorusInput {
  /** Where issues point: the sheet's name, or the file's base name ("extract.csv"). */
  readonly name: string;
  /** The file as the user named it; null for a sheet of the convention's workbook. */
  readonly file: string | null;
  /** The sheet, when the file is a workbook. */
  readonly sheet?: string;
  readonly values: readonly (readonly CellValue[])[];
  /** values[i] without going through an array read on access (a CSV file's): faster per row. */
  readonly rowAt?: (i: number) => readonly CellValue[];
  /** Whether values[i] may hold one of `needles` (false: surely not), from the file's text. */
  readonly rowsHolding?: (needles: readonly string[]) => (i: number) => boolean;
  /** 1-based row (Excel) or line (file) of `values[i]`. */
  readonly rowOf: (i: number) => number;
  /** Absolute 0-based column of `values[i][0]` (a sheet whose used range starts further right). */
  readonly colOffset?: number;
  /** Text files: a second reading of records whose quoting was doubtful (see workbook/csv.ts). */
  readonly alternatives?: ReadonlyMap<number, readonly CellValue[]>;
  /** Text files: a data row must have as many fields as the header, else it cannot be read. */
  readonly strictWidth?: boolean;
  /** The rows are read from the text at each access (a CSV file): writing into one changes nothing. */
  readonly lazyRows?: boolean;
  /**
   * Drops the rows once the extract is read (a file's rows are the only copy of a large text:
   * holding them to the end of the run doubled the memory of a 1 000 000-row extract).
   */
  readonly release?: () => void;
}

/** What a measure column holds. `aeYear` is "Montant engagé - Bascule des EJ non soldés". */
export type MeasureKind = "engage" | "bascule" | "aeYear" | "paye" | "other";

/** The codes of a line that may come as a code column and a label column. */
export type CodedField =
  | "programme"
  | "centreFinancier"
  | "domaineFonctionnel"
  | "activite"
  | "centreDeCouts"
  | "groupeMarchandises"
  | "fournisseur";

export type DateField = "ejDate" | "ejModifDate" | "dpDate" | "dpLastDate" | "sfDate" | "date";

export type ChorusField =
  CodedField | DateField | "ej" | "poste" | "posteDp" | "dp" | "exercice" | "typeMontant";

/** One row of an extract, read: codes cleaned, AE of the year and CP paid as exact amounts. */
export interface ChorusLine {
  readonly row: number;
  readonly ej: string;
  readonly dp: string;
  readonly programme: string;
  /** As written; "" when the extract has no centre financier (see ledgers.ts). */
  readonly centreFinancier: string;
  readonly domaineFonctionnel: string;
  readonly activite: string;
  readonly centreDeCouts: string;
  readonly groupeMarchandises: string;
  /** The supplier's name when the extract gives it, else its code. */
  readonly fournisseur: string;
  /** Label of the groupe de marchandises (else its code): Chorus's nature of the purchase. */
  readonly nature: string;
  readonly aeDate: IsoDate | null;
  readonly cpDate: IsoDate | null;
  readonly exercice: number | null;
  /** AE of the year (engagé − bascule); null when the extract has no AE measure. */
  readonly ae: Amount | null;
  /** CP paid; null when the extract has no CP measure. */
  readonly cp: Amount | null;
  /** "Bascule des EJ non soldés": AE carried over from an earlier year (null: not given). */
  readonly carried: Amount | null;
  /** N° poste EJ and N° poste DP, "" when not given. */
  readonly poste: string;
  readonly posteDp: string;
}

export interface ChorusExtract {
  readonly name: string;
  readonly file: string | null;
  readonly lines: readonly ChorusLine[];
  readonly issues: readonly Issue[];
  /** Data rows read (title, header, subtotal and empty rows aside). */
  readonly rows: number;
  /** Rows that could not be read (each one reported). */
  readonly skipped: number;
  /** Exercice named in the title rows, if any. */
  readonly exercice: number | null;
  readonly hasAE: boolean;
  readonly hasCP: boolean;
  /** Headers of the fields read, to locate issues (same keys as the contract's sheets). */
  readonly columns: ColumnMap;
  /** Columns the reader does not use: kept in the extract, listed, never an error. */
  readonly otherColumns: readonly string[];
  /** Labels given beside codes (Clé / Texte pairs), by field then code. */
  readonly labels: ReadonlyMap<CodedField, ReadonlyMap<string, string>>;
}
