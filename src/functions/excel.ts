/* global Office */

/**
 * Reading the open workbook for the CONV functions: one Excel.run, two syncs (sheet names, then
 * every sheet loadConvention asks for), one reconciliation. The first read also registers the change events,
 * riding on its first sync.
 */
import { todayIso } from "../app/format";
import { loadConvention } from "../app/open-convention";
import { OfficeWorkbookSource } from "../workbook/office/read";
import type { RawSheet, WorkbookSource } from "../app/ports";
import { Snapshot, snapshotOf } from "../app/conv/snapshot";
import type { ChangeEvent, WorkbookReader } from "./store";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

function supportsExcelApi(version: string): boolean {
  return (
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported("ExcelApi", version) === true
  );
}

/**
 * Cells of any sheet (the store keeps those of the sheets read), and sheets added,
 * deleted or renamed (a sheet may become or stop being "Plafonds"). Registered handlers take
 * effect with the context's next sync.
 */
function watchWorkbook(
  context: Excel.RequestContext,
  onChange: (event: ChangeEvent) => void
): void {
  const sheets = context.workbook.worksheets;
  sheets.onChanged.add(async (event) => onChange({ worksheetId: event.worksheetId }));
  sheets.onAdded.add(async () => onChange({}));
  sheets.onDeleted.add(async () => onChange({}));
  if (supportsExcelApi("1.17")) sheets.onNameChanged.add(async () => onChange({}));
}

/** Records the sheets loadConvention reads: a change on any other cannot change its result. */
class RecordingSource implements WorkbookSource {
  readonly read = new Set<string>();
  constructor(readonly inner: OfficeWorkbookSource) {}
  sheetNames(): readonly string[] {
    return this.inner.sheetNames();
  }
  readSheets(names: readonly string[]): Promise<RawSheet[]> {
    for (const n of names) this.read.add(n);
    return this.inner.readSheets(names);
  }
}

/**
 * Which sheets' changes matter. With a convention: the sheets it was read from (Plafond's own
 * Rapport is not one), and any sheet unknown at this read. Without one, every sheet:
 * typing into a renamed sheet may be what completes it (a rename is an event only from ExcelApi
 * 1.17).
 */
function watchesOf(source: RecordingSource, snapshot: Snapshot): (worksheetId: string) => boolean {
  if (snapshot.kind !== "ready") return () => true;
  const ids = (names: Iterable<string>) => new Set([...names].map((n) => source.inner.sheetId(n)));
  const read = ids(source.read);
  const known = ids(source.sheetNames());
  return (id) => read.has(id) || !known.has(id);
}

export function excelReader(
  run: ExcelRun,
  onChange: (event: ChangeEvent) => void,
  today: () => string = todayIso
): WorkbookReader {
  let watching = false;
  return {
    read: () =>
      run(async (context) => {
        if (!watching) watchWorkbook(context, onChange);
        const source = new RecordingSource(await OfficeWorkbookSource.open(context));
        watching = true;
        const snapshot = snapshotOf(await loadConvention(source), today());
        return { snapshot, watches: watchesOf(source, snapshot) };
      }),
  };
}
