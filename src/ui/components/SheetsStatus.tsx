import {
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import type { SheetsOutcome } from "../host";
import * as M from "../import-messages";

export type Creation =
  | { readonly status: "idle" }
  | { readonly status: "creating" }
  | { readonly status: "done"; readonly outcome: SheetsOutcome }
  | { readonly status: "failed"; readonly message: string };

/** What "Créer les feuilles" did: sheets added, a workbook to download, or why nothing was written. */
export function SheetsStatus({ creation }: { readonly creation: Creation }) {
  switch (creation.status) {
    case "idle":
      return null;
    case "creating":
      return <Spinner size="tiny" label={M.CREATING} />;
    case "failed":
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Les feuilles n'ont pas pu être créées</MessageBarTitle>
            {creation.message}
          </MessageBarBody>
        </MessageBar>
      );
    case "done": {
      const { outcome } = creation;
      if (outcome.kind === "exists")
        return (
          <MessageBar intent="error" layout="multiline" politeness="assertive">
            <MessageBarBody>
              <MessageBarTitle>Feuilles déjà présentes</MessageBarTitle>
              {M.MSG_SHEETS_EXIST(outcome.existing)}
            </MessageBarBody>
          </MessageBar>
        );
      return (
        <MessageBar intent="success" layout="multiline" data-testid="sheets-created">
          <MessageBarBody>
            <MessageBarTitle>Feuilles créées</MessageBarTitle>
            {outcome.download ? (
              <>
                {M.MSG_CREATED_DOWNLOAD}{" "}
                <Link href={outcome.download.url} download={outcome.download.fileName}>
                  télécharger {outcome.download.fileName}
                </Link>
              </>
            ) : (
              M.MSG_CREATED(outcome.sheets)
            )}
          </MessageBarBody>
        </MessageBar>
      );
    }
  }
}
