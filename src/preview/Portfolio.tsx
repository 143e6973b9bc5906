import {
  Body1,
  Button,
  Caption1,
  Link,
  makeStyles,
  Subtitle1,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import { todayIso } from "../app/format";
import type { Portfolio as PortfolioResult } from "../app/portfolio";
import { count, euro, messageOf, percent } from "../ui/format";
import { browserUrls, DownloadSlot } from "../ui/downloads";
import { PORTFOLIO_FILE, previewPortfolio, type OpenedFile } from "./portfolio-host";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  label: { fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground2 },
  scroll: { overflowX: "auto" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, width: "100%" },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: "right",
    whiteSpace: "nowrap",
  },
  first: { textAlign: "left", whiteSpace: "normal" },
  total: { fontWeight: tokens.fontWeightSemibold },
});

const read = async (files: FileList | null): Promise<OpenedFile[]> =>
  Promise.all(
    [...(files ?? [])].map(async (f) => ({
      name: f.name,
      bytes: new Uint8Array(await f.arrayBuffer()),
    }))
  );

const COLUMNS = [
  "Convention",
  "Plafond AE",
  "AE engagées",
  "Taux AE",
  "CP payés",
  "Taux CP",
  "Restes à payer",
  "Anomalies",
];

function Figures({ p }: { p: PortfolioResult }) {
  const styles = useStyles();
  const row = (
    key: string,
    name: string,
    f:
      | PortfolioResult["totals"]["total"]
      | PortfolioResult["conventions"][number]["summary"]["total"],
    issues: string,
    total = false
  ) => (
    <tr key={key} className={total ? styles.total : undefined}>
      {[
        name,
        euro(f.ceilingAE),
        euro(f.engagedAE),
        percent(f.engagementRate),
        euro(f.paidCP),
        percent(f.cpConsumptionRate),
        euro(f.outstanding),
        issues,
      ].map((v, i) => (
        <td key={i} className={i === 0 ? `${styles.cell} ${styles.first}` : styles.cell}>
          {v}
        </td>
      ))}
    </tr>
  );
  const all = p.conventions.reduce((n, c) => n + c.summary.issues.length, 0);
  return (
    <div
      className={styles.scroll}
      tabIndex={0}
      role="region"
      aria-label="Tableau du portefeuille (défilement horizontal)"
    >
      <table className={styles.table} aria-label="Portefeuille des conventions">
        <thead>
          <tr>
            {COLUMNS.map((c, i) => (
              <th
                key={c}
                scope="col"
                className={i === 0 ? `${styles.cell} ${styles.first}` : styles.cell}
              >
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {p.conventions.map((c, n) =>
            row(
              String(n),
              c.summary.convention.reference ?? c.file,
              c.summary.total,
              String(c.summary.issues.length)
            )
          )}
          {row("total", "Total", p.totals.total, String(all), true)}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Several convention workbooks (and Chorus extracts) at once, in the preview: the portfolio's
 * figures as `plafond portfolio` gives them, and its workbook to download.
 */
export function PortfolioSection() {
  const styles = useStyles();
  const booksId = useId();
  const extractsId = useId();
  const dateId = useId();
  const [books, setBooks] = useState<OpenedFile[]>([]);
  const [extracts, setExtracts] = useState<OpenedFile[]>([]);
  const [asOf, setAsOf] = useState(() => todayIso());
  const [result, setResult] = useState<{ p: PortfolioResult; url: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [slot] = useState(() => new DownloadSlot(browserUrls));
  useEffect(() => () => slot.dispose(), [slot]);

  const compute = async () => {
    try {
      const { portfolio, bytes } = await previewPortfolio(books, extracts, asOf);
      setResult({ p: portfolio, url: slot.offer(bytes, PORTFOLIO_FILE).url });
      setError(
        portfolio.conventions.length === 0 ? "Aucun classeur de convention n'a pu être lu." : null
      );
    } catch (e) {
      setResult(null);
      setError(messageOf(e));
    }
  };

  const p = result?.p;
  return (
    <section className={styles.section} aria-labelledby={`${booksId}-title`}>
      <Subtitle1 as="h2" id={`${booksId}-title`}>
        Portefeuille de conventions
      </Subtitle1>
      <label htmlFor={booksId} className={styles.label}>
        Classeurs de convention (plusieurs .xlsx)
      </label>
      <input
        id={booksId}
        type="file"
        multiple
        accept=".xlsx,.xlsm"
        onChange={async (e) => setBooks(await read(e.target.files))}
      />
      <label htmlFor={extractsId} className={styles.label}>
        Extraits Chorus (facultatif)
      </label>
      <input
        id={extractsId}
        type="file"
        multiple
        accept=".csv,.txt,.xlsx"
        onChange={async (e) => setExtracts(await read(e.target.files))}
      />
      <label htmlFor={dateId} className={styles.label}>
        Portefeuille arrêté au
      </label>
      <input id={dateId} type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
      <Button appearance="primary" disabled={books.length === 0} onClick={() => void compute()}>
        Calculer le portefeuille
      </Button>
      {error && <Body1 role="alert">{error}</Body1>}
      {p && p.conventions.length > 0 && (
        <>
          <Body1 role="status">
            {count(p.conventions.length, "convention lue", "conventions lues")},{" "}
            {count(p.skipped.length, "fichier écarté", "fichiers écartés")}.
          </Body1>
          <Figures p={p} />
          {p.outside && (
            <Body1>
              Hors convention : {count(p.outside.total.lines, "ligne", "lignes")} de l'extrait, AE{" "}
              {euro(p.outside.total.ae)}, CP {euro(p.outside.total.cp)}.
            </Body1>
          )}
          {p.skipped.map((s) => (
            <Caption1 key={s.file} className={styles.note}>
              {s.file} écarté : {s.reason}
            </Caption1>
          ))}
          <Link href={result!.url} download={PORTFOLIO_FILE}>
            Télécharger {PORTFOLIO_FILE}
          </Link>
        </>
      )}
    </section>
  );
}
