import {
  Body1,
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle1,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import { importText, type Imported } from "../../app/import-convention";
import { messageOf } from "../format";
import type { ImportHost } from "../host";
import * as M from "../import-messages";
import { importView, readSentence, workbookBaseName, type ImportView } from "../import-view";
import { ImportFindings } from "./ImportFindings";
import { SheetsStatus, type Creation } from "./SheetsStatus";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  tight: { margin: 0 },
  note: { color: tokens.colorNeutralForeground2 },
  status: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface ImportConventionProps {
  readonly host: ImportHost;
  /** After the sheets were added to the open workbook: the pane reads it again. */
  readonly onCreated?: () => void;
}

type Reading =
  | { readonly status: "idle" }
  | { readonly status: "reading" }
  | {
      readonly status: "read";
      readonly imported: Imported;
      readonly view: ImportView;
      readonly fileName: string | null;
    }
  | { readonly status: "failed"; readonly message: string };

/** Lets the browser paint the spinner before a synchronous step. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The pane's import: a convention's text or file → what it says → the contract's sheets. */
export function ImportConvention({ host, onCreated }: ImportConventionProps) {
  const styles = useStyles();
  const [text, setText] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [fromFile, setFromFile] = useState<string | null>(null);
  const [reading, setReading] = useState<Reading>({ status: "idle" });
  const [creation, setCreation] = useState<Creation>({ status: "idle" });
  const fileInput = useRef<HTMLInputElement>(null);
  const busy = reading.status === "reading" || creation.status === "creating";

  const forget = () => {
    setReading({ status: "idle" });
    setCreation({ status: "idle" });
  };

  const read = async () => {
    setReading({ status: "reading" });
    setCreation({ status: "idle" });
    try {
      let source = text;
      let fileName = fromFile;
      if (file) {
        let bytes: Uint8Array;
        try {
          bytes = new Uint8Array(await file.arrayBuffer());
        } catch (e) {
          throw new Error(M.MSG_FILE_UNREADABLE(file.name, messageOf(e)));
        }
        source = await host.conventionText(file.name, bytes);
        // The text goes into the box: the controller sees what was read and may correct it.
        fileName = file.name;
        setText(source);
        setFromFile(file.name);
        setFile(null);
        if (fileInput.current) fileInput.current.value = "";
      }
      if (source.trim() === "") throw new Error(M.MSG_NOTHING_TO_READ);
      await nextTask();
      const imported = importText(source);
      setReading({ status: "read", imported, view: importView(imported.result), fileName });
    } catch (e) {
      setReading({ status: "failed", message: messageOf(e) });
    }
  };

  const create = async () => {
    if (reading.status !== "read") return;
    setCreation({ status: "creating" });
    try {
      const { imported, fileName } = reading;
      const outcome = await host.createSheets(
        imported.sheets,
        workbookBaseName(fileName, imported.result.reference)
      );
      setCreation({ status: "done", outcome });
      if (outcome.kind === "created" && !outcome.download) onCreated?.();
    } catch (e) {
      setCreation({ status: "failed", message: messageOf(e) });
    }
  };

  return (
    <section aria-labelledby="import-title" className={styles.root}>
      <Subtitle1 block as="h2" id="import-title">
        {M.IMPORT_TITLE}
      </Subtitle1>
      <Body1 block as="p" className={styles.tight}>
        {M.IMPORT_INTRO}
      </Body1>
      <Field label={M.TEXT_LABEL}>
        <Textarea
          value={text}
          resize="vertical"
          rows={5}
          onChange={(_, data) => {
            setText(data.value);
            setFromFile(null);
            forget();
          }}
        />
      </Field>
      <Field label={M.FILE_LABEL}>
        {(props) => (
          <input
            {...props}
            ref={fileInput}
            type="file"
            accept=".pdf,.txt,application/pdf,text/plain"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              forget();
            }}
          />
        )}
      </Field>
      {fromFile && (
        <Caption1 block className={styles.note}>
          {M.MSG_TEXT_FROM_FILE(fromFile)}
        </Caption1>
      )}
      <div>
        <Button onClick={() => void read()} disabled={busy || (!file && text.trim() === "")}>
          {M.READ_BUTTON}
        </Button>
      </div>
      {reading.status === "reading" && <Spinner size="tiny" label={M.READING} />}
      {reading.status === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Lecture impossible</MessageBarTitle>
            {reading.message}
          </MessageBarBody>
        </MessageBar>
      )}
      <p className={styles.status} role="status" aria-live="polite">
        {reading.status === "read" ? readSentence(reading.view) : ""}
      </p>
      {reading.status === "read" && (
        <>
          <ImportFindings view={reading.view} />
          <Body1 block as="p" className={styles.tight}>
            {host.importTarget}
          </Body1>
          <div>
            <Button appearance="primary" onClick={() => void create()} disabled={busy}>
              {M.CREATE_BUTTON}
            </Button>
          </div>
          <SheetsStatus creation={creation} />
        </>
      )}
    </section>
  );
}
