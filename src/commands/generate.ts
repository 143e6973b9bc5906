/* global Office, Excel, console */
import { todayIso } from "../domain/date";
import { generateInExcel } from "../taskpane/excel";
import type { GenerateOutcome } from "../taskpane/host";
import type { ExcelRun } from "../taskpane/office-host";

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
    outcome = await deps.run((context) => generateInExcel(context, deps.today()));
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
