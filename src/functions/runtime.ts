/* global Excel, Office */

/**
 * One store and one hub for the whole shared runtime, made on the first CONV call. The functions
 * only read: nothing here writes to the workbook.
 */
import { FunctionId, prepareCall } from "../app/conv/catalog";
import { excelReader, ExcelRun } from "./excel";
import { Sink, StreamHub } from "./hub";
import { MSG_INTERNAL } from "../app/conv/messages";
import { isFailure, notAvailable } from "../app/conv/result";
import { toExcel } from "./to-excel";
import { ConventionStore } from "./store";

let hub: StreamHub | null = null;

/** Excel.run once office.js is ready (the functions may be called while the runtime loads). */
const runInExcel: ExcelRun = async (batch) => {
  if (typeof Office !== "undefined" && typeof Office.onReady === "function") await Office.onReady();
  return Excel.run(batch);
};

function theHub(): StreamHub {
  if (hub === null) {
    const store: ConventionStore = new ConventionStore(
      excelReader(runInExcel, (event) => store.changed(event))
    );
    hub = new StreamHub(store);
  }
  return hub;
}

/** Starts (or joins) the stream of a CONV call; bad arguments answer #VALUE! at once. */
export function stream(id: FunctionId, args: readonly unknown[], invocation: Sink): void {
  try {
    const call = prepareCall(id, args);
    if (isFailure(call)) invocation.setResult(toExcel(call));
    else theHub().open(call, invocation);
  } catch (e) {
    invocation.setResult(
      toExcel(notAvailable(MSG_INTERNAL(e instanceof Error ? e.message : String(e))))
    );
  }
}
