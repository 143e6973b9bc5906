/**
 * Streams of the CONV cells. Identical calls (same function, same normalised arguments) share
 * one stream: its value is computed once per snapshot and handed to each of its cells, and only
 * when it changed. A cell leaves its stream when Excel cancels it (formula edited or deleted).
 */
import type { Call } from "../app/conv/catalog";
import { MSG_INTERNAL } from "../app/conv/messages";
import { notAvailable, sameValue, type Value } from "../app/conv/result";
import { toExcel } from "./to-excel";
import type { Snapshot } from "../app/conv/snapshot";
import type { Listener } from "./store";

/** The part of a CustomFunctions.StreamingInvocation the hub uses. */
export interface Sink {
  setResult(value: ReturnType<typeof toExcel>): void;
  onCanceled?: () => void;
}

export interface SnapshotSource {
  latest(): Snapshot | null;
  subscribe(listener: Listener): () => void;
}

interface Stream {
  readonly call: Call;
  readonly sinks: Set<Sink>;
  value: Value | undefined;
}

function evaluate(call: Call, snapshot: Snapshot): Value {
  try {
    return call.compute(snapshot);
  } catch (e) {
    return notAvailable(MSG_INTERNAL(e instanceof Error ? e.message : String(e)));
  }
}

function deliver(sink: Sink, value: Value): void {
  try {
    sink.setResult(toExcel(value));
  } catch {
    // a cell Excel already dropped: nothing to tell it
  }
}

export class StreamHub {
  private readonly streams = new Map<string, Stream>();
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly source: SnapshotSource) {}

  /** Number of distinct streams (identical calls count once). */
  get size(): number {
    return this.streams.size;
  }

  open(call: Call, sink: Sink): void {
    let stream = this.streams.get(call.key);
    if (!stream) {
      stream = { call, sinks: new Set(), value: undefined };
      this.streams.set(call.key, stream);
    }
    stream.sinks.add(sink);
    const opened = stream;
    sink.onCanceled = () => this.close(opened, sink);
    if (this.unsubscribe === null) this.unsubscribe = this.source.subscribe((s) => this.publish(s));
    if (stream.value === undefined) {
      const snapshot = this.source.latest();
      if (snapshot !== null) stream.value = evaluate(call, snapshot);
    }
    if (stream.value !== undefined) deliver(sink, stream.value);
  }

  private close(stream: Stream, sink: Sink): void {
    stream.sinks.delete(sink);
    if (stream.sinks.size > 0 || this.streams.get(stream.call.key) !== stream) return;
    this.streams.delete(stream.call.key);
    if (this.streams.size === 0 && this.unsubscribe !== null) {
      this.unsubscribe();
      this.unsubscribe = null;
    }
  }

  private publish(snapshot: Snapshot): void {
    for (const stream of this.streams.values()) {
      const value = evaluate(stream.call, snapshot);
      if (stream.value !== undefined && sameValue(stream.value, value)) continue;
      stream.value = value;
      for (const sink of stream.sinks) deliver(sink, value);
    }
  }
}
