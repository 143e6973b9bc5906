import {
  Body1,
  Caption1,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import type { PaneView } from "../../app/pane-view";
import { euro } from "../format";

const useStyles = makeStyles({
  heading: { marginTop: tokens.spacingVerticalS },
  // Fixed layout: the pane is narrow, long suppliers wrap instead of pushing the amounts out.
  table: {
    borderCollapse: "collapse",
    width: "100%",
    tableLayout: "fixed",
    fontVariantNumeric: "tabular-nums",
  },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: "end",
    whiteSpace: "nowrap",
  },
  first: { textAlign: "start", whiteSpace: "normal", overflowWrap: "anywhere" },
  lapsed: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/**
 * Time in the pane: the lines later than the date (not counted), each year with what is still
 * available or, for a closed year, what lapsed; and at term the EJs still open (compte rendu).
 */
export function Lifecycle({ view }: { readonly view: PaneView }) {
  const styles = useStyles();
  const { summary, later, atTerm } = view;
  const open = summary.openEJ ?? [];
  return (
    <>
      {later && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{later}.</MessageBarBody>
        </MessageBar>
      )}
      {summary.years.length > 1 && (
        <>
          <Subtitle2 block as="h3" className={styles.heading}>
            Par exercice
          </Subtitle2>
          <table className={styles.table} aria-label="Situation par exercice">
            <thead>
              <tr>
                <th className={mergeClasses(styles.cell, styles.first)}>Exercice</th>
                <th className={styles.cell}>AE disponibles ou annulées</th>
                <th className={styles.cell}>CP disponibles ou annulés</th>
              </tr>
            </thead>
            <tbody>
              {summary.years.map((y) => {
                const closed = y.lapsedAE !== "0.00" || y.lapsedCP !== "0.00";
                return (
                  <tr key={y.year} data-year={y.year}>
                    <td className={mergeClasses(styles.cell, styles.first)}>{y.year}</td>
                    <td className={mergeClasses(styles.cell, closed && styles.lapsed)}>
                      {closed ? `annulées ${euro(y.lapsedAE)}` : euro(y.availableAE)}
                    </td>
                    <td className={mergeClasses(styles.cell, closed && styles.lapsed)}>
                      {closed ? `annulés ${euro(y.lapsedCP)}` : euro(y.availableCP)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      {(atTerm || open.length > 0) && (
        <>
          <Subtitle2 block as="h3" className={styles.heading}>
            {atTerm ? "Compte rendu de fin de convention" : "EJ non soldés"}
          </Subtitle2>
          {open.length === 0 ? (
            <Body1 block as="p">
              Aucun EJ ne reste ouvert : tout ce qui a été engagé a été payé ou retiré.
            </Body1>
          ) : (
            <table className={styles.table} aria-label="EJ non soldés">
              <thead>
                <tr>
                  <th className={mergeClasses(styles.cell, styles.first)}>EJ</th>
                  <th className={mergeClasses(styles.cell, styles.first)}>Fournisseur</th>
                  <th className={styles.cell}>Restes à payer</th>
                </tr>
              </thead>
              <tbody>
                {open.map((o) => (
                  <tr key={`${o.ej}-${o.centreFinancier}`}>
                    <td className={mergeClasses(styles.cell, styles.first)}>
                      {o.ej}
                      <Caption1 block>{o.centreFinancier}</Caption1>
                    </td>
                    <td className={mergeClasses(styles.cell, styles.first)}>
                      {o.fournisseur || "—"}
                    </td>
                    <td className={styles.cell}>{euro(o.outstanding)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </>
  );
}
