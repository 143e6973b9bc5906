import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot, type Root } from "react-dom/client";
import App from "./components/App";

/* global document, Office */

let root: Root | undefined;

/** Mounts the task pane in #container (once). */
function render(): void {
  const container = document.getElementById("container");
  if (container === null || root !== undefined) return;
  root = createRoot(container);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App title="Plafond" />
    </FluentProvider>
  );
}

// Inside Office, wait for office.js; outside Office (plain browser, office.js not loaded)
// `Office` may not exist: render at once.
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady(() => render());
} else {
  render();
}
