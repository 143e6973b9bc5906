import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Issue } from "../../app/format";

/** Why the open workbook cannot be followed: each missing sheet or column, in the reader's words. */
export function NotConvention({ problems }: { readonly problems: readonly Issue[] }) {
  return (
    <MessageBar intent="error" layout="multiline" politeness="assertive">
      <MessageBarBody>
        <MessageBarTitle>Ce classeur n'est pas un classeur de convention</MessageBarTitle>
        <ul>
          {problems.map((p, i) => (
            <li key={i}>{p.message}</li>
          ))}
        </ul>
        Plafond attend les feuilles Convention, Plafonds et Imputations (et, pour l'exécution,
        Engagements, Paiements, Prévisions) avec leurs colonnes ; le classeur d'exemple
        camino-2020.xlsx montre la disposition. Pour partir d'une convention signée, importez-la
        ci-dessous : Plafond crée ces feuilles.
      </MessageBarBody>
    </MessageBar>
  );
}
