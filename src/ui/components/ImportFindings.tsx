import {
  Body1,
  Body1Strong,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { PENDING, TO_COMPLETE_TITLE, FOUND_TITLE, WARNINGS_TITLE } from "../import-messages";
import type { ImportView } from "../import-view";
import { SourceToggle } from "./SourceToggle";

const useStyles = makeStyles({
  fields: { margin: 0 },
  field: {
    paddingBlock: tokens.spacingVerticalXS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: "anywhere" },
  missing: { fontStyle: "italic", color: tokens.colorPaletteDarkOrangeForeground2 },
  heading: { marginTop: tokens.spacingVerticalM, marginBottom: tokens.spacingVerticalXS },
  list: {
    listStyleType: "none",
    padding: 0,
    margin: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalXS,
  },
  tight: { margin: 0 },
  pending: { fontStyle: "italic" },
  doubts: {
    margin: `${tokens.spacingVerticalXS} 0`,
    paddingInlineStart: tokens.spacingHorizontalL,
  },
});

/** What was read, each figure with its sentence on demand, then what is left to fill or check. */
export function ImportFindings({ view }: { readonly view: ImportView }) {
  const styles = useStyles();
  return (
    <section aria-labelledby="import-found-title">
      <Subtitle2 block as="h3" id="import-found-title" className={styles.heading}>
        {FOUND_TITLE}
      </Subtitle2>
      <dl className={styles.fields}>
        {view.fields.map((f) => (
          <div key={f.key} className={styles.field} data-field={f.key}>
            <dt className={styles.term}>{f.label}</dt>
            <dd className={f.found ? styles.value : `${styles.value} ${styles.missing}`}>
              {f.value}
              <SourceToggle sources={f.sources} subject={f.label} />
            </dd>
          </div>
        ))}
      </dl>

      <Subtitle2 block as="h4" className={styles.heading}>
        Plafonds ({view.ceilings.length})
      </Subtitle2>
      <ul className={styles.list}>
        {view.ceilings.map((c) => (
          <li key={c.key} className={styles.item} data-ceiling={c.centreFinancier}>
            <Body1 block as="p" className={styles.tight}>
              <Body1Strong>{c.centreFinancier}</Body1Strong> · {c.detail}
              {c.pending && <span className={styles.pending}> · {PENDING}</span>}
            </Body1>
            <Caption1 block as="p" className={styles.tight} data-amounts>
              AE {c.ae} · CP {c.cp}
            </Caption1>
            <SourceToggle
              sources={c.sources}
              subject={`plafond ${c.centreFinancier} ${c.detail}${c.pending ? ` ${PENDING}` : ""}`}
            />
          </li>
        ))}
      </ul>

      <Subtitle2 block as="h4" className={styles.heading}>
        Imputations ({view.imputations.length})
      </Subtitle2>
      <ul className={styles.list}>
        {view.imputations.map((imp) => (
          <li key={imp.key} className={styles.item} data-imputation={imp.centreFinancier}>
            <Body1Strong block>{imp.centreFinancier}</Body1Strong>
            {imp.codes.map(([label, code]) => (
              <Caption1 block as="p" className={styles.tight} key={label}>
                {label} : {code}
              </Caption1>
            ))}
            <SourceToggle sources={imp.sources} subject={`imputation ${imp.centreFinancier}`} />
          </li>
        ))}
      </ul>

      {(view.missing.length > 0 || view.warnings.length > 0) && (
        <MessageBar intent="warning" layout="multiline" className={styles.heading}>
          <MessageBarBody>
            {view.missing.length > 0 && (
              <>
                <MessageBarTitle>{TO_COMPLETE_TITLE}</MessageBarTitle>
                <ul className={styles.doubts} data-testid="import-missing">
                  {view.missing.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              </>
            )}
            {view.warnings.length > 0 && (
              <>
                <MessageBarTitle>{WARNINGS_TITLE}</MessageBarTitle>
                <ul className={styles.doubts}>
                  {view.warnings.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
