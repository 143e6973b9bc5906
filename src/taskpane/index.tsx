import { FluentProvider } from "@fluentui/react-components";
import { createRoot, type Root } from "react-dom/client";
import App from "../ui/components/App";
import { OfficeHost } from "./office-host";
import { officeColors, paintPage, paneTheme } from "../ui/theme";

/* global document, Office, Excel */

let root: Root | undefined;

/**
 * Shared runtime: this page lives as long as the workbook, hidden or not. Showing the pane again
 * re-reads the workbook, so that it never shows figures older than the last change.
 */
function onPaneShown(refresh: () => void): () => void {
  if (typeof Office === "undefined" || !Office.addin?.onVisibilityModeChanged)
    return () => undefined;
  let remove: (() => Promise<void>) | undefined;
  void Office.addin
    .onVisibilityModeChanged((args) => {
      if (args.visibilityMode === Office.VisibilityMode.taskpane) refresh();
    })
    .then((off) => (remove = off));
  return () => void remove?.();
}

/** Mounts the task pane in #container (once), over the workbook open in Excel. */
async function render(): Promise<void> {
  const container = document.getElementById("container");
  if (container === null || root !== undefined) return;
  root = createRoot(container);
  const host = new OfficeHost((batch) => Excel.run(batch));
  // Office's theme (dark included), as it is when the pane starts.
  const theme = await paneTheme(officeColors());
  paintPage(theme);
  root.render(
    <FluentProvider theme={theme}>
      <App host={host} subscribeRefresh={onPaneShown} />
    </FluentProvider>
  );
}

// Inside Office, wait for office.js; the pane is only meant to run in Excel (the preview page,
// src/preview, renders the same App over a file).
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady(() => void render());
}
