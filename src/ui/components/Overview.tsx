import {
  Body1,
  Caption1,
  Card,
  CardHeader,
  makeStyles,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import type { PaneView } from "../../app/pane-view";
import type { Summary } from "../../app/report";
import { count, dateFr, euro, percent } from "../format";
import { ChorusSummary } from "./ChorusSummary";
import { Gauge } from "./Gauge";
import { Lifecycle } from "./Lifecycle";

const useStyles = makeStyles({
  figures: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  group: { display: "contents" },
  heading: { marginTop: tokens.spacingVerticalS },
  tight: { margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  amount: { margin: 0, textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  pending: { paddingInlineStart: tokens.spacingHorizontalL, fontStyle: "italic" },
  lines: {
    listStyleType: "none",
    padding: 0,
    margin: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  line: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalXS,
  },
});

type Figures = Summary["total"];

function FigureList({ figures }: { readonly figures: Figures }) {
  const styles = useStyles();
  const rows: Array<[string, string, string?]> = [
    ["Plafond AE", figures.ceilingAE],
    ["AE engagées", figures.engagedAE],
    ["AE disponibles", figures.availableAE],
    ["Plafond CP", figures.ceilingCP],
    ["dont à rétablir", figures.pendingReestablishment, styles.pending],
    ["CP payés", figures.paidCP],
    ["CP disponibles", figures.availableCP],
    ["Restes à payer", figures.outstanding],
  ];
  return (
    <dl className={styles.figures}>
      {rows.map(([term, amount, extra]) => (
        <div key={term} className={styles.group}>
          <dt className={extra ? `${styles.term} ${extra}` : styles.term}>{term}</dt>
          <dd className={styles.amount} data-figure={term}>
            {euro(amount)}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The convention at a glance: totals, rates as gauges, then each UO and year. */
export function Overview({ view }: { readonly view: PaneView }) {
  const { summary, gauges } = view;
  const styles = useStyles();
  const { convention: c, total } = summary;
  const errors = summary.issues.filter((i) => i.severity === "error").length;
  return (
    <Card aria-labelledby="overview-title">
      <CardHeader
        header={
          <Subtitle2 block as="h2" id="overview-title">
            Convention {c.reference ?? "(référence non renseignée)"}
          </Subtitle2>
        }
        description={
          <Caption1>
            Délégataire : {c.delegataire ?? "non renseigné"} · situation au {dateFr(summary.asOf)}
          </Caption1>
        }
      />
      <FigureList figures={total} />
      <Gauge label="Taux d'engagement des AE" {...gauges.ae} warnAt={c.alertThreshold} />
      <Gauge label="Taux de consommation des CP" {...gauges.cp} />
      <Body1 block as="p">
        {count(errors, "erreur", "erreurs")},{" "}
        {count(summary.issues.length - errors, "avertissement", "avertissements")}.
      </Body1>
      <Lifecycle view={view} />
      <ChorusSummary summary={summary} />
      <Subtitle2 block as="h3" className={styles.heading}>
        Par unité opérationnelle
      </Subtitle2>
      <ul className={styles.lines}>
        {summary.lines.map((l) => (
          <li key={`${l.centreFinancier}-${l.year}`} className={styles.line}>
            <Body1 block as="p" className={styles.tight}>
              <strong>{l.centreFinancier}</strong> · {l.year}
            </Body1>
            <Caption1 block as="p" className={styles.tight}>
              AE {euro(l.engagedAE)} sur {euro(l.ceilingAE)} ({percent(l.engagementRate)})
            </Caption1>
            <Caption1 block as="p" className={styles.tight}>
              CP {euro(l.paidCP)} sur {euro(l.ceilingCP)} ({percent(l.cpConsumptionRate)})
            </Caption1>
          </li>
        ))}
      </ul>
    </Card>
  );
}
