import { Body1, Caption1, makeStyles, Title2, tokens } from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import App from "../ui/components/App";
import { ImportConvention } from "../ui/components/ImportConvention";
import { FileHost } from "./file-host";
import { NewWorkbookImport } from "./import-host";
import { PortfolioSection } from "./Portfolio";

const useStyles = makeStyles({
  page: { maxWidth: "460px", margin: "0 auto", backgroundColor: tokens.colorNeutralBackground1 },
  banner: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalL,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  label: { fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground2 },
  empty: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  title: { color: tokens.colorBrandForeground1, margin: 0 },
});

/**
 * The pane outside Excel (`npm run preview`): a workbook opened from disk takes the place of the
 * open workbook, and the report comes back as a copy to download. Nothing is sent anywhere.
 */
export function Preview() {
  const styles = useStyles();
  const inputId = useId();
  // `opened` counts files: a new file remounts the pane from a clean state.
  const [{ host, opened }, setOpen] = useState<{ host: FileHost | null; opened: number }>({
    host: null,
    opened: 0,
  });
  const [error, setError] = useState<string | null>(null);
  // Before any workbook is opened, an imported convention still becomes a workbook to download.
  const [imports] = useState(() => new NewWorkbookImport());
  useEffect(() => () => host?.dispose(), [host]);
  useEffect(() => () => imports.dispose(), [imports]);

  const open = async (file: File | undefined) => {
    if (!file) return;
    try {
      const next = new FileHost(file.name, new Uint8Array(await file.arrayBuffer()));
      setOpen((o) => ({ host: next, opened: o.opened + 1 }));
      setError(null);
    } catch {
      setError(`Le fichier ${file.name} n'a pas pu être lu.`);
    }
  };

  return (
    <div className={styles.page}>
      <header className={styles.banner}>
        <label htmlFor={inputId} className={styles.label}>
          Classeur de convention (.xlsx)
        </label>
        <input
          id={inputId}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => void open(e.target.files?.[0])}
        />
        <Caption1 className={styles.note}>
          Aperçu du volet hors d'Excel : le classeur est lu dans le navigateur, rien n'est envoyé.
        </Caption1>
        {error && <Body1 role="alert">{error}</Body1>}
      </header>
      {host ? (
        <App key={opened} host={host} />
      ) : (
        <main className={styles.empty}>
          <Title2 block as="h1" className={styles.title}>
            Plafond
          </Title2>
          <Body1 block as="p">
            Choisissez un classeur de convention (par exemple examples/camino-2020.xlsx) pour voir
            la synthèse, vérifier les anomalies et générer le rapport ; ou importez une convention
            pour en créer le classeur.
          </Body1>
          <ImportConvention host={imports} />
        </main>
      )}
      <PortfolioSection />
    </div>
  );
}
