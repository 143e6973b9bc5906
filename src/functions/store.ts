/**
 * The latest Snapshot of the open workbook, shared by every CONV cell. One read at a time: who
 * asks while a read is under way waits for that read. Change events are debounced, so that a
 * paste or a macro writing many cells costs one read, and ignored when they touch no sheet the
 * last read used. Nothing is read while no cell listens; a failed read is retried. Each read is
 * given the last read's cache (its sheets) and the changes since, so that it may read only what
 * changed; after a failure, or too many changes, the next read is whole.
 */
import { failedSnapshot, Snapshot } from "../app/conv/snapshot";

/**
 * A change in the workbook: a sheet's cells (worksheetId, with the changed address and how, as
 * WorksheetChangedEventArgs gives them), or its sheets themselves (no worksheetId).
 */
export interface ChangeEvent {
  readonly worksheetId?: string;
  readonly address?: string;
  readonly changeType?: string;
  /** A sheet deleted: its id, which a read must no longer ask for. */
  readonly deletedSheetId?: string;
}

export interface Loaded {
  readonly snapshot: Snapshot;
  /** Whether a change on this sheet can change the snapshot. */
  readonly watches: (worksheetId: string) => boolean;
  /** What the reader needs to read only what changed next time (its last sheets); opaque here. */
  readonly cache?: unknown;
}

/** The last read's cache and every relevant change since that read began. */
export interface Since {
  readonly cache: unknown;
  readonly changes: readonly ChangeEvent[];
}

export interface WorkbookReader {
  /** A whole read without `since`; with it, the reader may read only what changed. */
  read(since?: Since): Promise<Loaded>;
}

export type Listener = (snapshot: Snapshot) => void;

/** Time for a burst of change events (a paste, the task pane writing) to end. */
export const DEBOUNCE_MS = 300;
/** After a failed read, try again after this delay, doubled at each failure up to RETRY_MAX_MS. */
export const RETRY_MS = 2000;
export const RETRY_MAX_MS = 60000;
/** Past this many changes between two reads, a whole read costs less than replaying them. */
export const MAX_PENDING_CHANGES = 1000;

export class ConventionStore {
  private latestSnapshot: Snapshot | null = null;
  private watches: (worksheetId: string) => boolean = () => true;
  private readonly listeners = new Set<Listener>();
  private reading = false;
  /** A relevant change arrived since the current read began. */
  private dirty = false;
  /** The debounce ended while a read was under way: read again once it is done. */
  private again = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Reads failed in a row (the first read may fail before any change event is registered). */
  private failures = 0;
  /** The last successful read's cache (null: the next read is a whole one). */
  private cache: unknown = null;
  /** Relevant changes since the current (or last) read began. */
  private pending: ChangeEvent[] = [];

  constructor(
    private readonly reader: WorkbookReader,
    private readonly debounceMs = DEBOUNCE_MS
  ) {}

  /** The snapshot every listener was last given; null when none is current. */
  latest(): Snapshot | null {
    return this.latestSnapshot;
  }

  /** Listens to every new snapshot; the first listener starts a read if none is current. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    if (this.latestSnapshot === null && !this.reading) this.read();
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Called by the workbook's change events. */
  changed(event: ChangeEvent): void {
    if (event.worksheetId !== undefined && !this.watches(event.worksheetId)) return;
    this.dirty = true;
    if (this.pending.length < MAX_PENDING_CHANGES) this.pending.push(event);
    else this.cache = null;
    if (this.listeners.size === 0) {
      // Nobody to serve: forget the snapshot, the next listener will read.
      if (!this.reading) this.latestSnapshot = null;
      return;
    }
    this.readIn(this.debounceMs);
  }

  private readIn(ms: number): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.read();
    }, ms);
  }

  private read(): void {
    if (this.reading) {
      this.again = true;
      return;
    }
    if (this.listeners.size === 0) {
      this.latestSnapshot = null;
      return;
    }
    this.reading = true;
    this.dirty = false;
    const changes = this.pending.splice(0);
    const since = this.cache === null ? undefined : { cache: this.cache, changes };
    this.cache = null; // taken: the next read starts from this read's result, never from it again
    this.reader
      .read(since)
      .then(
        (loaded) => {
          this.failures = 0;
          this.watches = loaded.watches;
          // Changes past MAX_PENDING_CHANGES during this read were not kept: read whole next.
          this.cache = this.pending.length < MAX_PENDING_CHANGES ? (loaded.cache ?? null) : null;
          return loaded.snapshot;
        },
        (error: unknown) => {
          this.failures++;
          this.watches = () => true;
          this.cache = null;
          return failedSnapshot(error);
        }
      )
      .then((snapshot) => this.publish(snapshot))
      .catch(() => {
        this.reading = false; // defensive: a read must never stay open
      });
  }

  private publish(snapshot: Snapshot): void {
    this.reading = false;
    if (this.dirty && this.listeners.size === 0) {
      this.latestSnapshot = null; // changed while read, and nobody waits for it
      return;
    }
    this.latestSnapshot = snapshot;
    for (const listener of [...this.listeners]) {
      try {
        listener(snapshot);
      } catch {
        // a listener's failure is its own (the hub answers #N/A): the others still get the news
      }
    }
    if (this.again) {
      this.again = false;
      this.read();
    } else if (this.failures > 0 && this.timer === null) {
      this.readIn(Math.min(RETRY_MS * 2 ** (this.failures - 1), RETRY_MAX_MS));
    }
  }
}
