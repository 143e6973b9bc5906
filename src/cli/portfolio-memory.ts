/**
 * Memory over 200 workbooks: each convention read leaves a few megabytes that outlive the young
 * generation, and V8 lets the old one grow far past what is live (a 510–680 Mo peak for about
 * 100 Mo live, measured on the bench) before it collects. A full collection every 20 workbooks
 * (10 in the bench, a fraction of a second each) keeps the peak under 600 Mo now that each
 * convention's reconciliation follows every EJ over time (every 50 let it reach 607 Mo). Node exposes `gc` only behind a flag:
 * set at run time, then taken from a fresh context; without it, nothing is done.
 */
// v8 and vm are required when a collector is made (a large input): loading them costs ~2 ms of
// every start, a third of a small report's own work.
/* eslint-disable @typescript-eslint/no-require-imports */

/** Workbooks opened between two full collections. */
export const COLLECT_EVERY = 20;

export function periodicCollector(every = COLLECT_EVERY): () => void {
  let gc: (() => void) | null = null;
  try {
    (require("v8") as typeof import("v8")).setFlagsFromString("--expose_gc");
    const found: unknown = (require("vm") as typeof import("vm")).runInNewContext("gc");
    if (typeof found === "function") gc = found as () => void;
  } catch {
    gc = null;
  }
  let opened = 0;
  return () => {
    if (gc && ++opened % every === 0) gc();
  };
}

/** Bytes the JavaScript heap holds (live and not yet collected). */
export const usedHeap = (): number =>
  (require("v8") as typeof import("v8")).getHeapStatistics().used_heap_size;
