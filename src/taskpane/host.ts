/**
 * What the pane needs from where the workbook lives. Components only see this interface: one
 * implementation drives Excel (office-host.ts), another an .xlsx file opened in the browser
 * (src/preview/file-host.ts). None of the components touches `Excel`.
 */
import type { IsoDate } from "../domain/date";
import type { ImportedSheet } from "../domain/import";
import type { Issue } from "../domain/issues";
import type { CellLink, ReportModel } from "../domain/report/model";
import type { PaneView } from "./pipeline";

/** The workbook is not a convention workbook: SHEET_MISSING / COLUMN_MISSING say what is missing. */
export interface NotConvention {
  readonly kind: "notConvention";
  readonly problems: readonly Issue[];
}

export type AnalyseOutcome = { readonly kind: "ok"; readonly view: PaneView } | NotConvention;

export interface Progress {
  /** 0 to 1. */
  readonly value: number;
  /** What is being done, in French. */
  readonly label: string;
}

/** A file the pane offers to download (outside Excel: nothing is written to the user's files). */
export interface Download {
  readonly url: string;
  readonly fileName: string;
}

export interface Written {
  readonly kind: "ok";
  readonly sheetName: string;
  /** True when the sheet Plafond wrote last time was replaced. */
  readonly replaced: boolean;
  readonly rows: number;
  readonly charts: number;
  readonly view: PaneView;
  /** Outside Excel: the workbook copy holding the report, to download. */
  readonly download?: Download;
  /** What was written: the pane offers it as a PDF too ("Télécharger le PDF"). */
  readonly model?: ReportModel;
}

export type GenerateOutcome = Written | NotConvention;

/** What became of an imported convention's sheets. */
export type SheetsOutcome =
  /** Added to the open workbook (Excel), or written into a new workbook to download. */
  | { readonly kind: "created"; readonly sheets: readonly string[]; readonly download?: Download }
  /** The workbook already has sheets of these names: Plafond never overwrites one, nothing was written. */
  | { readonly kind: "exists"; readonly existing: readonly string[] };

/** Where "Créer les feuilles" writes an imported convention. */
export interface ImportHost {
  /** Said before the user clicks: where the sheets will go. */
  readonly importTarget: string;
  /** `baseName`: a name for a new file ("MTES-DINUM-2020"), when the host writes one. */
  createSheets(sheets: readonly ImportedSheet[], baseName: string): Promise<SheetsOutcome>;
}

export interface PaneHost extends ImportHost {
  /** Says where the figures come from ("le classeur ouvert dans Excel", a file name). */
  readonly sourceLabel: string;
  analyse(asOf: IsoDate): Promise<AnalyseOutcome>;
  generate(asOf: IsoDate, onProgress: (progress: Progress) => void): Promise<GenerateOutcome>;
  /** Selects the cell in the workbook; resolves to the sentence the pane announces. */
  selectCell(cell: CellLink): Promise<string>;
}

/** The steps of a report, shared by both hosts so that the pane says the same thing. */
export const STEPS = {
  read: { value: 0.1, label: "Lecture du classeur…" },
  analyse: { value: 0.4, label: "Contrôles et calculs…" },
  write: { value: 0.6, label: "Écriture de la feuille Rapport…" },
  done: { value: 1, label: "Rapport écrit." },
} as const satisfies Record<string, Progress>;
