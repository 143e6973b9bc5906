import { generateReportCommand } from "./generate";

/* global Office */

/**
 * Ribbon commands. Shared runtime: this bundle is loaded by taskpane.html (the manifest's
 * FunctionFile), next to the task pane and the custom functions.
 *
 * The action names are the manifest's <FunctionName> values.
 */
export const GENERATE_REPORT_ACTION = "generateReport";

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    // nothing to prepare: the actions below are registered as soon as office.js is loaded
  });
  // Office.actions exists only in Office hosts that support it (not in a plain browser).
  if (Office.actions !== undefined) {
    Office.actions.associate(GENERATE_REPORT_ACTION, generateReportCommand);
  }
}
