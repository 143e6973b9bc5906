import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { HIDE_SOURCE, SHOW_SOURCE } from "../import-messages";
import type { Source } from "../import-view";

const useStyles = makeStyles({
  quote: {
    margin: `${tokens.spacingVerticalXXS} 0 0 0`,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground2,
  },
  sentence: { margin: 0 },
  note: { margin: 0, fontStyle: "italic" },
});

/**
 * The sentences of the convention a figure was read from, shown on demand. The panel stays in
 * the page (hidden) so that the button's aria-controls always names an element.
 */
export function SourceToggle({
  sources,
  subject,
}: {
  readonly sources: readonly Source[];
  /** What the sentences are about, for screen readers ("Plafond 0113-PEBC-ELAB 2020"). */
  readonly subject: string;
}) {
  const styles = useStyles();
  const id = useId();
  const [open, setOpen] = useState(false);
  if (sources.length === 0) return null;
  const label = open ? HIDE_SOURCE : SHOW_SOURCE;
  return (
    <>
      <Button
        appearance="transparent"
        size="small"
        aria-expanded={open}
        aria-controls={id}
        aria-label={`${label} : ${subject}`}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
      </Button>
      <blockquote id={id} className={styles.quote} hidden={!open}>
        {sources.map((s, i) => (
          <div key={i}>
            <p className={styles.sentence}>« {s.text} »</p>
            {s.note && <p className={styles.note}>{s.note}</p>}
          </div>
        ))}
      </blockquote>
    </>
  );
}
