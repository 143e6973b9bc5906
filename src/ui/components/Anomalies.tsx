import {
  Body1,
  Body1Strong,
  Button,
  Caption1,
  makeStyles,
  Subtitle1,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { groupIssues } from "../anomaly-groups";
import type { PaneIssue } from "../../app/pane-view";

/** Items shown per sheet before "Afficher plus": a 100 000-line convention may list thousands. */
export const PAGE = 50;

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    padding: 0,
    margin: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  item: {
    display: "block",
    width: "100%",
    textAlign: "start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
    },
  },
  static: { cursor: "default" },
  where: { display: "block" },
  code: {
    display: "block",
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyMonospace,
  },
  sheet: { marginTop: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalXS },
  severity: { marginTop: tokens.spacingVerticalM },
});

function where(i: PaneIssue): string {
  if (i.row === null) return `Feuille ${i.sheet}`;
  return i.column ? `Ligne ${i.row}, colonne ${i.column}` : `Ligne ${i.row}`;
}

function IssueItem({
  issue,
  onSelect,
}: {
  readonly issue: PaneIssue;
  readonly onSelect: (i: PaneIssue) => void;
}) {
  const styles = useStyles();
  const body = (
    <>
      <Body1Strong className={styles.where}>{where(issue)}</Body1Strong>
      <Body1>{issue.message}</Body1>
      <Caption1 className={styles.code}>{issue.code}</Caption1>
    </>
  );
  if (!issue.cell) return <div className={`${styles.item} ${styles.static}`}>{body}</div>;
  return (
    <button
      type="button"
      className={styles.item}
      onClick={() => onSelect(issue)}
      data-issue={issue.code}
    >
      {body}
    </button>
  );
}

interface SheetGroupProps {
  readonly label: string;
  readonly issues: readonly PaneIssue[];
  readonly onSelect: (i: PaneIssue) => void;
  readonly headingId: string;
}

function SheetGroup({ label, issues, onSelect, headingId }: SheetGroupProps) {
  const styles = useStyles();
  const [shown, setShown] = useState(PAGE);
  return (
    <section aria-labelledby={headingId}>
      <Body1Strong block as="h4" id={headingId} className={styles.sheet}>
        {label} ({issues.length.toLocaleString("fr-FR")})
      </Body1Strong>
      <ul className={styles.list}>
        {issues.slice(0, shown).map((i) => (
          <li key={i.id}>
            <IssueItem issue={i} onSelect={onSelect} />
          </li>
        ))}
      </ul>
      {issues.length > shown && (
        <Button appearance="subtle" onClick={() => setShown((n) => n + PAGE * 4)}>
          Afficher les anomalies suivantes ({(issues.length - shown).toLocaleString("fr-FR")}{" "}
          restantes)
        </Button>
      )}
    </section>
  );
}

/** The anomalies by severity, then by sheet in workbook order; each one selects its cell. */
export function Anomalies({
  issues,
  extractSheets,
  onSelect,
}: {
  readonly issues: readonly PaneIssue[];
  /** Sheets holding a Chorus extract, named as such. */
  readonly extractSheets?: readonly string[];
  readonly onSelect: (i: PaneIssue) => void;
}) {
  const styles = useStyles();
  const groups = useMemo(() => groupIssues(issues, extractSheets), [issues, extractSheets]);
  return (
    <section aria-labelledby="anomalies-title">
      <Subtitle1 block as="h2" id="anomalies-title">
        Anomalies ({issues.length.toLocaleString("fr-FR")})
      </Subtitle1>
      {issues.length === 0 && (
        <Body1 block as="p">
          Aucune anomalie : les contrôles de la convention sont satisfaits.
        </Body1>
      )}
      {groups.map(({ severity, title, count, sheets }) => (
        <section key={severity} aria-labelledby={`anomalies-${severity}`}>
          <Subtitle2 block as="h3" id={`anomalies-${severity}`} className={styles.severity}>
            {title} ({count.toLocaleString("fr-FR")})
          </Subtitle2>
          {sheets.map(({ sheet, label, issues: list }, n) => (
            <SheetGroup
              key={sheet}
              label={label}
              issues={list}
              onSelect={onSelect}
              headingId={`anomalies-${severity}-${n}`}
            />
          ))}
        </section>
      ))}
    </section>
  );
}
