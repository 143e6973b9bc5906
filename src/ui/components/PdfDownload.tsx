import { Button, Link, Spinner } from "@fluentui/react-components";
import { useState } from "react";
import type { ReportModel } from "../../app/report";
import type { Download, PaneHost } from "../host";
import { messageOf } from "../format";

type State =
  | { readonly status: "idle" }
  | { readonly status: "making" }
  | { readonly status: "ready"; readonly download: Download }
  | { readonly status: "failed"; readonly message: string };

/** "Télécharger le PDF": the Rapport just written, as a PDF made in the pane, then a link to it. */
export function PdfDownload({
  host,
  model,
}: {
  readonly host: Pick<PaneHost, "reportPdf">;
  readonly model: ReportModel;
}) {
  // The host keeps the last PDF and frees it when a new one is made.
  const [state, setState] = useState<State>({ status: "idle" });

  const make = async () => {
    setState({ status: "making" });
    try {
      const download = await host.reportPdf(model);
      setState({ status: "ready", download });
    } catch (e) {
      setState({
        status: "failed",
        message: `Le PDF n'a pas pu être fait : ${messageOf(e)}`,
      });
    }
  };
  switch (state.status) {
    case "idle":
      return <Button onClick={() => void make()}>Télécharger le PDF</Button>;
    case "making":
      return <Spinner size="tiny" label="Préparation du PDF…" />;
    case "failed":
      return <span role="alert">{state.message}</span>;
    case "ready":
      return (
        <Link href={state.download.url} download={state.download.fileName} data-testid="report-pdf">
          télécharger {state.download.fileName}
        </Link>
      );
  }
}
