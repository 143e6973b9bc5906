import { Body1, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { Summary } from "../../app/report";
import { count, euro } from "../format";

const useStyles = makeStyles({
  heading: { marginTop: tokens.spacingVerticalS },
  tight: { margin: 0 },
  figures: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  group: { display: "contents" },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, textAlign: "end", fontVariantNumeric: "tabular-nums" },
});

export const MSG_FROM_EXTRACT =
  "Le classeur n'a ni « Engagements » ni « Paiements » : les chiffres ci-dessus viennent de l'extrait.";

type Sources = NonNullable<Summary["chorus"]>;
type Reconciliation = NonNullable<Summary["reconciliation"]>;

/** "Extrait « INFBUD53 » : 19 lignes lues, exercice 2020." */
export function sourceSentence(s: Sources[number]): string {
  const skipped = s.skipped ? `, ${count(s.skipped, "ligne ignorée", "lignes ignorées")}` : "";
  const exercice = s.exercice === null ? "exercice non précisé" : `exercice ${s.exercice}`;
  return `Extrait « ${s.sheet ?? s.file} » : ${count(s.rows, "ligne lue", "lignes lues")}${skipped}, ${exercice}.`;
}

const amount = (a: string | null) => (a === null ? "—" : euro(a));

/** The rapprochement's counts, as the Rapport's "Rapprochement avec Chorus" section gives them. */
export function reconciliationRows(r: Reconciliation): Array<[string, string]> {
  return [
    ["EJ rapprochés", r.matched.toLocaleString("fr-FR")],
    ["EJ seulement dans le classeur", r.onlyInWorkbook.length.toLocaleString("fr-FR")],
    ["EJ seulement dans Chorus", r.onlyInChorus.length.toLocaleString("fr-FR")],
    ["EJ avec un écart de montant", r.mismatches.length.toLocaleString("fr-FR")],
    ["AE : classeur / Chorus", `${amount(r.total.workbookAE)} / ${amount(r.total.chorusAE)}`],
    ["CP : classeur / Chorus", `${amount(r.total.workbookCP)} / ${amount(r.total.chorusCP)}`],
  ];
}

/** Shown in the overview when the workbook holds a Chorus extract. */
export function ChorusSummary({ summary }: { readonly summary: Summary }) {
  const styles = useStyles();
  const sources = summary.chorus;
  if (!sources?.length) return null;
  const r = summary.reconciliation;
  return (
    <section aria-labelledby="chorus-title">
      <Subtitle2 block as="h3" id="chorus-title" className={styles.heading}>
        Rapprochement Chorus
      </Subtitle2>
      {sources.map((s) => (
        <Caption1 block as="p" key={s.sheet ?? s.file} className={styles.tight}>
          {sourceSentence(s)}
        </Caption1>
      ))}
      {r ? (
        <dl className={styles.figures}>
          {reconciliationRows(r).map(([term, value]) => (
            <div key={term} className={styles.group}>
              <dt className={styles.term}>{term}</dt>
              <dd className={styles.value} data-chorus={term}>
                {value}
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <Body1 block as="p" className={styles.tight}>
          {MSG_FROM_EXTRACT}
        </Body1>
      )}
    </section>
  );
}
