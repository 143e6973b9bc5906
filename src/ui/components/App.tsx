import {
  Body1,
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Title2,
  tokens,
} from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import { isValidIso, todayIso } from "../../app/format";
import type { Issue } from "../../app/format";
import type { PaneHost } from "../host";
import { IMPORT_TITLE } from "../import-messages";
import { messageOf } from "../format";
import type { PaneIssue, PaneView } from "../../app/pane-view";
import { NotConvention } from "./NotConvention";
import { Overview } from "./Overview";
import { ReportStatus, type Generation } from "./ReportStatus";

export interface AppProps {
  readonly host: PaneHost;
  /** The reporting date shown first (default: today). */
  readonly initialAsOf?: string;
  /** Lets the host ask for a fresh analysis (Excel: when the pane is shown again). */
  readonly subscribeRefresh?: (refresh: () => void) => () => void;
}

// Loaded when first shown: the convention reader is not needed to follow a convention, nor the
// anomalies' list before Vérifier, and the shared-runtime page stays under its size budget
// (npm run bench).
const ImportConvention = lazy(() =>
  import(/* webpackChunkName: "import" */ "./ImportConvention").then((m) => ({
    default: m.ImportConvention,
  }))
);
const Anomalies = lazy(() =>
  import(/* webpackChunkName: "anomalies" */ "./Anomalies").then((m) => ({ default: m.Anomalies }))
);

type AnalysisState =
  | { readonly status: "loading" }
  | { readonly status: "ok"; readonly view: PaneView }
  | { readonly status: "notConvention"; readonly problems: readonly Issue[] }
  | { readonly status: "failed"; readonly message: string };

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  title: { color: tokens.colorBrandForeground1, margin: 0 },
  source: { color: tokens.colorNeutralForeground2, margin: 0 },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  status: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** The task pane: overview, checks, one-click report. Everything the host does goes through `host`. */
export default function App({ host, initialAsOf, subscribeRefresh }: AppProps) {
  const styles = useStyles();
  const [dateText, setDateText] = useState(initialAsOf ?? todayIso());
  const asOf = isValidIso(dateText) ? dateText : null;
  const [analysis, setAnalysis] = useState<AnalysisState>({ status: "loading" });
  const [showAnomalies, setShowAnomalies] = useState(false);
  const [generation, setGeneration] = useState<Generation>({ status: "idle" });
  const [announcement, setAnnouncement] = useState("");
  const [showImport, setShowImport] = useState(false);
  const latest = useRef(0);

  // Only the answer to the latest request is shown (the date may change while reading).
  const analyse = useCallback(
    async (date: string, reveal: boolean) => {
      const id = ++latest.current;
      setAnalysis((s) => (s.status === "ok" ? s : { status: "loading" }));
      try {
        const outcome = await host.analyse(date);
        if (id !== latest.current) return;
        setAnalysis(
          outcome.kind === "ok"
            ? { status: "ok", view: outcome.view }
            : { status: "notConvention", problems: outcome.problems }
        );
        if (reveal) setShowAnomalies(true);
      } catch (e) {
        if (id === latest.current) setAnalysis({ status: "failed", message: messageOf(e) });
      }
    },
    [host]
  );

  useEffect(() => {
    if (asOf) void analyse(asOf, false);
  }, [analyse, asOf]);

  // A workbook without a convention: importing one is what the controller needs. Once open, the
  // import stays, so that its outcome is still shown when the new sheets make a convention.
  useEffect(() => {
    if (analysis.status === "notConvention") setShowImport(true);
  }, [analysis.status]);

  useEffect(
    () =>
      subscribeRefresh?.(() => {
        if (asOf) void analyse(asOf, false);
      }),
    [subscribeRefresh, analyse, asOf]
  );

  const generate = async () => {
    if (!asOf) return;
    setGeneration({ status: "running", progress: { value: 0, label: "Préparation…" } });
    try {
      const outcome = await host.generate(asOf, (progress) =>
        setGeneration({ status: "running", progress })
      );
      if (outcome.kind === "ok") {
        latest.current++; // the report's own analysis is the freshest
        setAnalysis({ status: "ok", view: outcome.view });
        setGeneration({ status: "done", written: outcome });
      } else {
        setAnalysis({ status: "notConvention", problems: outcome.problems });
        setGeneration({ status: "idle" });
      }
    } catch (e) {
      setGeneration({ status: "failed", message: messageOf(e) });
    }
  };

  const select = async (issue: PaneIssue) => {
    if (!issue.cell) return;
    try {
      setAnnouncement(await host.selectCell(issue.cell));
    } catch (e) {
      setAnnouncement(`Sélection impossible : ${messageOf(e)}`);
    }
  };

  const busy = generation.status === "running";
  return (
    <main className={styles.root} aria-busy={analysis.status === "loading" || busy}>
      <header>
        <Title2 block as="h1" className={styles.title}>
          Plafond
        </Title2>
        <Body1 block as="p" className={styles.source}>
          {host.sourceLabel}
        </Body1>
      </header>

      <Field
        label="Situation arrêtée au"
        validationState={asOf ? "none" : "error"}
        validationMessage={asOf ? undefined : "Indiquez une date complète (jour, mois, année)."}
      >
        <Input type="date" value={dateText} onChange={(_, data) => setDateText(data.value)} />
      </Field>

      {analysis.status === "loading" && <Spinner size="small" label="Lecture du classeur…" />}
      {analysis.status === "notConvention" && <NotConvention problems={analysis.problems} />}
      {analysis.status === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Lecture impossible</MessageBarTitle>
            {analysis.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {analysis.status === "ok" && <Overview view={analysis.view} />}

      <div className={styles.actions} role="group" aria-label="Actions">
        <Button onClick={() => asOf && void analyse(asOf, true)} disabled={!asOf || busy}>
          Vérifier
        </Button>
        <Button
          appearance="primary"
          onClick={() => void generate()}
          disabled={!asOf || busy || analysis.status === "notConvention"}
        >
          Générer le rapport
        </Button>
      </div>
      <ReportStatus generation={generation} host={host} />

      {showAnomalies && analysis.status === "ok" && (
        <Suspense fallback={<Spinner size="tiny" label="Chargement…" />}>
          <Anomalies
            issues={analysis.view.issues}
            extractSheets={analysis.view.extractSheets}
            onSelect={(i) => void select(i)}
          />
        </Suspense>
      )}
      <p className={styles.status} role="status" aria-live="polite">
        {announcement}
      </p>

      {showImport ? (
        <Suspense fallback={<Spinner size="tiny" label="Chargement…" />}>
          <ImportConvention host={host} onCreated={() => asOf && void analyse(asOf, false)} />
        </Suspense>
      ) : (
        <div>
          <Button appearance="subtle" onClick={() => setShowImport(true)}>
            {IMPORT_TITLE}…
          </Button>
        </div>
      )}
    </main>
  );
}
