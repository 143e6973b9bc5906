/**
 * One-click report, written once for every host: read the convention, analyse it at the date,
 * build the Rapport and hand it to the host's writer (Excel's sheet, or a copy of the file).
 */
import type { WorkbookSource } from "../grid";
import type { IsoDate } from "../domain/date";
import type { Issue } from "../domain/issues";
import type { ReportModel } from "../domain/report/model";
import { openConvention, type Convention } from "./open-convention";
import { paneView, type PaneView } from "./pane-view";
import { reportModel } from "./report";

export interface Progress {
  /** 0 to 1. */
  readonly value: number;
  /** What is being done, in French. */
  readonly label: string;
}

/** The steps of a report, the same whatever the host, so that the pane says the same thing. */
export const STEPS = {
  read: { value: 0.1, label: "Lecture du classeur…" },
  analyse: { value: 0.4, label: "Contrôles et calculs…" },
  write: { value: 0.6, label: "Écriture de la feuille Rapport…" },
  done: { value: 1, label: "Rapport écrit." },
} as const satisfies Record<string, Progress>;

/** A file the pane offers to download (outside Excel: nothing is written to the user's files). */
export interface Download {
  readonly url: string;
  readonly fileName: string;
}

/** What a host's writer did with the Rapport. */
export interface WrittenReport {
  readonly sheetName: string;
  /** True when the sheet Plafond wrote last time was replaced. */
  readonly replaced: boolean;
  readonly charts: number;
  readonly download?: Download;
}

/** The host's writer of the Rapport (the port): Excel's sheet, or a copy of the file. */
export interface ReportTarget {
  write(
    model: ReportModel,
    convention: Convention,
    onProgress: (done: number, total: number) => void
  ): Promise<WrittenReport>;
}

/** The workbook is not a convention workbook: SHEET_MISSING / COLUMN_MISSING say what is missing. */
export interface NotConvention {
  readonly kind: "notConvention";
  readonly problems: readonly Issue[];
  readonly message: string;
}

export type AnalyseOutcome = { readonly kind: "ok"; readonly view: PaneView } | NotConvention;

export interface Written extends WrittenReport {
  readonly kind: "ok";
  readonly rows: number;
  readonly view: PaneView;
  /** What was written: the pane offers it as a PDF too ("Télécharger le PDF"). */
  readonly model: ReportModel;
}

export type GenerateOutcome = Written | NotConvention;

/** Lets a host paint the progress before the next synchronous step (the browser). */
export type Yield = () => Promise<void>;
const noYield: Yield = async () => undefined;

export async function analyseWorkbook(
  source: WorkbookSource,
  asOf: IsoDate
): Promise<AnalyseOutcome> {
  const opened = await openConvention(source, { asOf });
  return opened.ok
    ? { kind: "ok", view: paneView(opened) }
    : { kind: "notConvention", problems: opened.problems, message: opened.message };
}

export async function generateReport(
  source: WorkbookSource,
  target: ReportTarget,
  asOf: IsoDate,
  onProgress: (progress: Progress) => void = () => undefined,
  pause: Yield = noYield
): Promise<GenerateOutcome> {
  onProgress(STEPS.read);
  await pause();
  const opened = await openConvention(source, { asOf });
  if (!opened.ok)
    return { kind: "notConvention", problems: opened.problems, message: opened.message };
  onProgress(STEPS.analyse);
  await pause();
  const model = reportModel(opened);
  onProgress(STEPS.write);
  await pause();
  const written = await target.write(model, opened, (done, total) =>
    onProgress({
      value: STEPS.write.value + ((1 - STEPS.write.value) * done) / total,
      label: STEPS.write.label,
    })
  );
  onProgress(STEPS.done);
  return { kind: "ok", ...written, rows: model.rows.length, view: paneView(opened), model };
}
