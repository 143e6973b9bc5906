/* global Office, Excel, console */
import { todayIso } from "../app/format";
import { generateReport, type GenerateOutcome } from "../app/generate";
import { openReportPorts, type ExcelRun } from "../workbook/office/report-ports";

/** What the command needs from Office; tests give fakes. */
export interface CommandDeps {
  readonly run: ExcelRun;
  /** Opens the pane, which says why no report was written (missing sheet or column). */
  readonly showPane: () => Promise<void>;
  readonly today: () => string;
}

const officeDeps = (): CommandDeps => ({
  run: (batch) => Excel.run(batch),
  showPane: () => Office.addin.showAsTaskpane(),
  today: todayIso,
});

/** The Rapport as of `asOf`, in one Excel.run: 2 syncs to read (the sheet lookup rides on them), 1 to write. */
async function generateIn(context: Excel.RequestContext, asOf: string): Promise<GenerateOutcome> {
  const { source, target } = await openReportPorts(context);
  return generateReport(source, target, asOf);
}

/**
 * Ribbon button "Rapport" (manifest: ExecuteFunction "generateReport", registered by
 * commands.ts): reads the convention, writes the Rapport sheet, as of today, without the pane.
 * The event is completed whatever happens, so that Office never leaves the button busy; when
 * no report could be written the pane opens to say why.
 */
export async function generateReportCommand(
  event: Office.AddinCommands.Event,
  deps: CommandDeps = officeDeps()
): Promise<GenerateOutcome | null> {
  let outcome: GenerateOutcome | null = null;
  try {
    outcome = await deps.run((context) => generateIn(context, deps.today()));
  } catch (e) {
    console.error("Plafond : le rapport n'a pas pu être écrit.", e);
  }
  try {
    if (outcome?.kind !== "ok") await deps.showPane();
  } catch {
    // no pane to show (host without shared runtime): nothing more to do
  } finally {
    event.completed();
  }
  return outcome;
}
