import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { Preview } from "./Preview";

/* global document */

// No office.js here: the preview page works on a file and makes no request outside localhost.
const container = document.getElementById("container");
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Preview />
    </FluentProvider>
  );
}
