import {
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
} from "@fluentui/react-components";
import type { PaneHost, Progress, Written } from "../host";
import { count } from "../format";
import { PdfDownload } from "./PdfDownload";

export type Generation =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly progress: Progress }
  | { readonly status: "done"; readonly written: Written }
  | { readonly status: "failed"; readonly message: string };

/** What was written, in one sentence. */
export function writtenSentence(w: Written): string {
  const anomalies = w.view.issues.length;
  const what = `${count(w.rows, "ligne", "lignes")}, ${count(anomalies, "anomalie listée", "anomalies listées")}`;
  const chart = w.charts ? `, ${count(w.charts, "graphique", "graphiques")}` : "";
  const verb = w.replaced ? "remplacée" : "créée";
  return `Feuille « ${w.sheetName} » ${verb} : ${what}${chart}.`;
}

/** Progress while the report is written, then what was done (or why it was not). */
export function ReportStatus({
  generation,
  host,
}: {
  readonly generation: Generation;
  readonly host: Pick<PaneHost, "reportPdf">;
}) {
  switch (generation.status) {
    case "idle":
      return null;
    case "running":
      return (
        <Field
          label="Génération du rapport"
          validationMessage={generation.progress.label}
          validationState="none"
        >
          <ProgressBar
            value={generation.progress.value}
            aria-valuetext={generation.progress.label}
          />
        </Field>
      );
    case "failed":
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Le rapport n'a pas pu être écrit</MessageBarTitle>
            {generation.message}
          </MessageBarBody>
        </MessageBar>
      );
    case "done": {
      const { written } = generation;
      return (
        <MessageBar intent="success" layout="multiline" data-testid="report-done">
          <MessageBarBody>
            <MessageBarTitle>Rapport écrit</MessageBarTitle>
            {writtenSentence(written)}
            {written.download && (
              <>
                {" "}
                Votre fichier d'origine n'est pas modifié :{" "}
                <Link href={written.download.url} download={written.download.fileName}>
                  télécharger {written.download.fileName}
                </Link>
              </>
            )}
            {written.model && (
              <div>
                <PdfDownload host={host} model={written.model} />
              </div>
            )}
          </MessageBarBody>
        </MessageBar>
      );
    }
  }
}
