import { FluentProvider } from "@fluentui/react-components";
import { paintPage, paneTheme, previewColors } from "../ui/theme";
import { createRoot } from "react-dom/client";
import { Preview } from "./Preview";

/* global document, location */

// No office.js here: the preview page works on a file and makes no request outside localhost.
const container = document.getElementById("container");
if (container) {
  void paneTheme(previewColors(location.search)).then((theme) => {
    paintPage(theme); // preview.html?theme=dark
    createRoot(container).render(
      <FluentProvider theme={theme}>
        <Preview />
      </FluentProvider>
    );
  });
}
