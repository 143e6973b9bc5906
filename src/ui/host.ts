/**
 * What the pane needs from where the workbook lives. Components only see this interface: one
 * implementation drives Excel (src/taskpane/office-host.ts), another an .xlsx file opened in the
 * browser (src/preview/file-host.ts). None of the components touches `Excel`.
 */
import type { CellLink, IsoDate } from "../app/format";
import type { AnalyseOutcome, Download, GenerateOutcome, Progress } from "../app/generate";
import type { ImportedSheet } from "../app/import-convention";
import type { ReportModel } from "../app/report";

export type {
  AnalyseOutcome,
  Download,
  GenerateOutcome,
  NotConvention,
  Progress,
  Written,
} from "../app/generate";
export { STEPS } from "../app/generate";

/** What became of an imported convention's sheets. */
export type SheetsOutcome =
  /** Added to the open workbook (Excel), or written into a new workbook to download. */
  | { readonly kind: "created"; readonly sheets: readonly string[]; readonly download?: Download }
  /** The workbook already has sheets of these names: Plafond never overwrites one, nothing was written. */
  | { readonly kind: "exists"; readonly existing: readonly string[] };

/** Where "Créer les feuilles" writes an imported convention, and how a convention's file is read. */
export interface ImportHost {
  /** Said before the user clicks: where the sheets will go. */
  readonly importTarget: string;
  /** `baseName`: a name for a new file ("MTES-DINUM-2020"), when the host writes one. */
  createSheets(sheets: readonly ImportedSheet[], baseName: string): Promise<SheetsOutcome>;
  /** The text of a convention's file (a PDF read locally, or a text); throws in French. */
  conventionText(name: string, bytes: Uint8Array): Promise<string>;
}

export interface PaneHost extends ImportHost {
  /** Says where the figures come from ("le classeur ouvert dans Excel", a file name). */
  readonly sourceLabel: string;
  analyse(asOf: IsoDate): Promise<AnalyseOutcome>;
  generate(asOf: IsoDate, onProgress: (progress: Progress) => void): Promise<GenerateOutcome>;
  /** Selects the cell in the workbook; resolves to the sentence the pane announces. */
  selectCell(cell: CellLink): Promise<string>;
  /** The Rapport just written as a PDF to download (made in the page: nothing is sent). */
  reportPdf(model: ReportModel): Promise<Download>;
}
