/* global Office */

/**
 * Reading the open workbook for the CONV functions: one Excel.run, two syncs (sheet names, then
 * every sheet loadConvention asks for), one reconciliation. The first read also registers the change events,
 * riding on its first sync. Later reads start from the sheets of the last one and read only what
 * the change events name (read-rows.ts); any failure of that path reads the workbook whole.
 */
import type { ExcelRun } from "../workbook/office/report-ports";
import { todayIso } from "../app/format";
import { loadConvention, type ReadMemo } from "../app/open-convention";
import { OfficeWorkbookSource } from "../workbook/office/read";
import { ChangedWorkbookSource } from "../workbook/office/read-rows";
import type { RawSheet, WorkbookSource } from "../app/ports";
import { Snapshot, snapshotOf } from "../app/conv/snapshot";
import type { ChangeEvent, Loaded, Since, WorkbookReader } from "./store";

export type { ExcelRun } from "../workbook/office/report-ports";

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
  sheets.onChanged.add(async (event) =>
    onChange({
      worksheetId: event.worksheetId,
      address: event.address,
      changeType: event.changeType,
    })
  );
  sheets.onAdded.add(async () => onChange({}));
  sheets.onDeleted.add(async (event) => onChange({ deletedSheetId: event.worksheetId }));
  if (supportsExcelApi("1.17")) sheets.onNameChanged.add(async () => onChange({}));
}

interface ExcelSource extends WorkbookSource {
  sheetId(name: string): string | undefined;
}

/**
 * Records the sheets loadConvention reads, by id: a change on any other cannot change its
 * result, and they are where the next read starts from.
 */
class RecordingSource implements WorkbookSource {
  readonly read = new Set<string>();
  readonly sheets = new Map<string, RawSheet>();
  constructor(readonly inner: ExcelSource) {}
  sheetNames(): readonly string[] {
    return this.inner.sheetNames();
  }
  async readSheets(names: readonly string[]): Promise<RawSheet[]> {
    for (const n of names) this.read.add(n);
    const raws = await this.inner.readSheets(names);
    names.forEach((n, i) => this.sheets.set(this.inner.sheetId(n)!, raws[i]));
    return raws;
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

/**
 * After this many reads of what changed failing in a row, a host that refuses one of their
 * requests (an older Excel) is read whole at every update, as before, without trying first.
 */
export const MAX_REFUSED_PATCHES = 3;

/**
 * What Loaded.cache holds for this reader: the sheets of the last read, by sheet id, and the
 * memo of their ledgers' lines (the lines of rows an edit did not touch are not read again).
 */
interface LastRead {
  readonly sheets: Map<string, RawSheet>;
  readonly memo: ReadMemo | null;
}

async function analysed(inner: ExcelSource, today: string, last?: LastRead): Promise<Loaded> {
  const source = new RecordingSource(inner);
  const read = await loadConvention(source, {}, { previous: last?.memo ?? null });
  const snapshot = snapshotOf(read, today);
  const cache: LastRead = { sheets: source.sheets, memo: read.memo ?? null };
  return { snapshot, watches: watchesOf(source, snapshot), cache };
}

export function excelReader(
  run: ExcelRun,
  onChange: (event: ChangeEvent) => void,
  today: () => string = todayIso
): WorkbookReader {
  let watching = false;
  let refused = 0;
  return {
    read: (since?: Since) =>
      run(async (context) => {
        if (!watching) watchWorkbook(context, onChange);
        if (since !== undefined && watching && refused < MAX_REFUSED_PATCHES) {
          try {
            const last = since.cache as LastRead;
            const loaded = await analysed(
              await ChangedWorkbookSource.open(context, last.sheets, since.changes),
              today(),
              last
            );
            refused = 0;
            return loaded;
          } catch {
            // a sheet gone since, a range Excel refuses…: the whole read below is always right
            refused++;
          }
        }
        const source = await OfficeWorkbookSource.open(context);
        watching = true;
        return analysed(source, today());
      }),
  };
}
