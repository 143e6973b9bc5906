/**
 * The store and the hub on their own: identical calls share one stream (one computation per
 * snapshot), one read at a time whoever asks, and nothing read while no cell listens.
 */
import { StreamHub } from "../../src/functions/hub";
import { ConventionStore, Loaded, Since } from "../../src/functions/store";
import type { Snapshot } from "../../src/app/conv/snapshot";
import { installOfficeGlobals, MockWorkbook, removeOfficeGlobals, settle } from "./helpers";

const snapshot = (message: string): Snapshot => ({ kind: "unavailable", message });

/** A reader whose reads the test completes by hand; it records what each read was given. */
class ManualReader {
  readonly pending: { resolve: (loaded: Loaded) => void; reject: (e: Error) => void }[] = [];
  readonly given: (Since | undefined)[] = [];
  read(since?: Since): Promise<Loaded> {
    this.given.push(since && { cache: since.cache, changes: [...since.changes] });
    return new Promise((resolve, reject) => this.pending.push({ resolve, reject }));
  }
  finish(message: string, watches: (id: string) => boolean = () => true, cache?: unknown): void {
    this.pending.shift()!.resolve({ snapshot: snapshot(message), watches, cache });
  }
  fail(): void {
    this.pending.shift()!.reject(new Error("busy"));
  }
}

beforeEach(() => {
  jest.useFakeTimers({ doNotFake: ["setImmediate", "nextTick", "queueMicrotask"] });
  installOfficeGlobals(new MockWorkbook());
});
afterEach(() => {
  jest.useRealTimers();
  removeOfficeGlobals();
});

test("1 000 cells over 10 distinct calls: one subscription, 10 computations per snapshot", async () => {
  const reader = new ManualReader();
  const store = new ConventionStore(reader);
  const subscribe = jest.spyOn(store, "subscribe");
  const hub = new StreamHub(store);
  const computed: string[] = [];
  const results: unknown[][] = [];
  for (let i = 0; i < 1000; i++) {
    const key = `K${i % 10}`;
    const cell: unknown[] = [];
    results.push(cell);
    hub.open(
      {
        key,
        compute: (s) => (computed.push(key), s.kind === "unavailable" ? s.message.length : 0),
      },
      { setResult: (v) => cell.push(v) }
    );
  }
  expect([subscribe.mock.calls.length, reader.pending.length, hub.size]).toEqual([1, 1, 10]);
  reader.finish("abc");
  await settle();
  expect(computed).toHaveLength(10);
  for (const cell of results) expect(cell).toEqual([3]);
});

test("a cell joining an existing stream gets its current value at once, without computing", async () => {
  const reader = new ManualReader();
  const hub = new StreamHub(new ConventionStore(reader));
  let computations = 0;
  const call = { key: "K", compute: () => ++computations };
  hub.open(call, { setResult: () => undefined });
  reader.finish("x");
  await settle();
  const late: unknown[] = [];
  hub.open(call, { setResult: (v) => late.push(v) });
  expect([late, computations]).toEqual([[1], 1]);
});

test("store: who subscribes during a read shares it; changes are debounced and filtered by sheet", async () => {
  const reader = new ManualReader();
  const store = new ConventionStore(reader, 100);
  const seen: string[] = [];
  const listen = () =>
    store.subscribe((s) => seen.push(s.kind === "unavailable" ? s.message : "ready"));
  listen();
  listen();
  expect(reader.pending).toHaveLength(1);
  reader.finish("one", (id) => id === "PLAFONDS");
  await settle();
  expect(seen).toEqual(["one", "one"]);

  store.changed({ worksheetId: "NOTES" });
  jest.advanceTimersByTime(1000);
  expect(reader.pending).toHaveLength(0);
  store.changed({ worksheetId: "PLAFONDS" });
  jest.advanceTimersByTime(50);
  store.changed({}); // a sheet added: always relevant
  jest.advanceTimersByTime(99);
  expect(reader.pending).toHaveLength(0);
  jest.advanceTimersByTime(1);
  expect(reader.pending).toHaveLength(1);
});

test("store: with no listener a change only forgets the snapshot; the next listener reads", async () => {
  const reader = new ManualReader();
  const store = new ConventionStore(reader, 100);
  const stop = store.subscribe(() => undefined);
  reader.finish("one");
  await settle();
  stop();
  store.changed({ worksheetId: "ANY" });
  jest.advanceTimersByTime(1000);
  expect([reader.pending.length, store.latest()]).toEqual([0, null]);
  store.subscribe(() => undefined);
  expect(reader.pending).toHaveLength(1);
});

test("store: a read gets the last read's cache and the changes since; after a failure, none (a whole read)", async () => {
  const reader = new ManualReader();
  const store = new ConventionStore(reader, 100);
  store.subscribe(() => undefined);
  reader.finish("one", () => true, "sheets-1");
  await settle();
  const edit = { worksheetId: "PAIEMENTS", address: "D2", changeType: "RangeEdited" };
  store.changed(edit);
  store.changed({});
  jest.advanceTimersByTime(100);
  store.changed({ worksheetId: "PLAFONDS", address: "F4", changeType: "RangeEdited" }); // during the read
  reader.fail();
  await settle();
  jest.advanceTimersByTime(60_000); // the retry, after the debounce of the last change
  reader.finish("two", () => true, "sheets-2");
  await settle();
  store.changed(edit);
  jest.advanceTimersByTime(100);
  expect(reader.given).toEqual([
    undefined,
    { cache: "sheets-1", changes: [edit, {}] },
    undefined,
    { cache: "sheets-2", changes: [edit] },
  ]);
});

test("hub: a cell Excel already dropped (setResult throwing) does not stop the others", async () => {
  const reader = new ManualReader();
  const hub = new StreamHub(new ConventionStore(reader));
  const ok: unknown[] = [];
  const call = { key: "K", compute: () => 42 };
  hub.open(call, { setResult: () => { throw new Error("gone"); } }); // prettier-ignore
  hub.open(call, { setResult: (v) => ok.push(v) });
  reader.finish("x");
  await settle();
  expect(ok).toEqual([42]);
});
