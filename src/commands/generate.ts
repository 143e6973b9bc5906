/* global Office */

/**
 * Ribbon button "Rapport" (manifest: Action ExecuteFunction, FunctionName "generateReport"),
 * registered by commands.ts.
 *
 * The report writer (Excel adapter writing the "Rapport" sheet) is wired in by the task-pane
 * issue. Until then this command writes nothing: it only completes the event, so that Office
 * does not leave the button busy.
 */
export function generateReportCommand(event: Office.AddinCommands.Event): void {
  event.completed();
}
