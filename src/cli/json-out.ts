/**
 * A summary written as `JSON.stringify(value, null, 2)` writes it, but in chunks: a summary
 * listing 10^6 open EJs is a string of hundreds of megabytes, and building it whole was the run's
 * peak of memory. The chunks are pulled: the writer waits for a full pipe to drain before taking
 * the next one (standard output queues what a pipe cannot take yet, 2.6 GB measured without it).
 */
const CHUNK = 1 << 16;

/** The text of JSON.stringify(value, null, 2), in pieces of about 64 KB. */
export function* jsonChunks(value: unknown): Generator<string, void, undefined> {
  const state = { buffer: "" };
  for (const _ of emit(value, "", state)) {
    yield state.buffer;
    state.buffer = "";
  }
  if (state.buffer !== "") yield state.buffer;
}

/** Writes `value` through `write`, byte for byte as JSON.stringify(value, null, 2) would. */
export function writeJson(value: unknown, write: (chunk: string) => void): void {
  for (const chunk of jsonChunks(value)) write(chunk);
}

/** The same on a stream, waiting for it to drain whenever it asks to. */
export async function streamJson(value: unknown, out: NodeJS.WritableStream): Promise<void> {
  for (const chunk of jsonChunks(value))
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", resolve));
}

type State = { buffer: string };

const hasNoJson = (v: unknown) =>
  v === undefined || typeof v === "function" || typeof v === "symbol";

const at = (o: object, k: string): unknown => (o as Record<string, unknown>)[k];

const isObject = (v: unknown): v is object => v !== null && typeof v === "object";

/** An object or array none of whose members is an object: small, written by JSON.stringify. */
function isFlat(v: object): boolean {
  if (typeof (v as { toJSON?: unknown }).toJSON === "function") return false;
  if (Array.isArray(v)) {
    if (v.length > 64) return false;
    for (const m of v) if (isObject(m)) return false;
    return true;
  }
  for (const k in v) if (isObject(at(v, k))) return false;
  return true;
}

/**
 * JSON.stringify(v, null, 2) of a member written at `indent`: every line after the first takes the
 * indent (a JSON string holds no raw line break). Native: the 100 000 open EJs of a summary are
 * written ten times faster than member by member.
 */
const stringifyAt = (v: object, indent: string): string =>
  JSON.stringify(v, null, 2).replace(/\n/g, `\n${indent}`);

/**
 * The elements of `block` as JSON.stringify(…, null, 2) writes them inside an array at `indent`
 * (two spaces a level): the block is wrapped in as many arrays as levels, so that JSON.stringify
 * indents its lines itself (twice as fast as re-indenting them), and the wrappers are cut off:
 * with d levels, (d + 1)(d + 2) characters at each end.
 */
function blockAt(block: unknown[], indent: string): string {
  const depth = indent.length / 2;
  let wrapped: unknown = block;
  for (let k = 0; k < depth; k++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  const cut = (depth + 1) * (depth + 2);
  return text.slice(cut, text.length - cut);
}

/** Elements stringified together: one native call per block of flat elements. */
const BLOCK = 256;

const flatMember = (v: unknown) => !isObject(v) || isFlat(v);

/**
 * An array's elements: blocks of flat ones (the open EJs, the issues) through one
 * JSON.stringify each, its brackets cut and its lines indented; any other element member by member.
 */
function* emitArray(a: unknown[], indent: string, s: State): Generator<void, void, undefined> {
  const inner = indent + "  ";
  s.buffer += "[\n";
  for (let i = 0; i < a.length;) {
    let end = i;
    while (end < a.length && end - i < BLOCK && flatMember(a[end])) end++;
    if (end > i) {
      s.buffer += blockAt(a.slice(i, end), indent);
      i = end;
    } else {
      s.buffer += inner;
      yield* emit(a[i], inner, s);
      i++;
    }
    s.buffer += i < a.length ? ",\n" : "\n";
    if (s.buffer.length >= CHUNK) yield;
  }
  s.buffer += `${indent}]`;
}

/** Appends `value` to the buffer, yielding (to be flushed) whenever it is full. */
function* emit(value: unknown, indent: string, s: State): Generator<void, void, undefined> {
  if (isObject(value) && typeof (value as { toJSON?: unknown }).toJSON === "function") {
    yield* emit((value as { toJSON: () => unknown }).toJSON(), indent, s);
    return;
  }
  if (!isObject(value)) {
    s.buffer += JSON.stringify(value) ?? "null";
    return;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) s.buffer += "[]";
    else yield* emitArray(value, indent, s);
    return;
  }
  // As JSON.stringify: members without a JSON form are left out of objects (null in arrays).
  const keys = Object.keys(value).filter((k) => !hasNoJson(at(value, k)));
  if (keys.length === 0) {
    s.buffer += "{}";
    return;
  }
  const inner = indent + "  ";
  s.buffer += "{\n";
  for (let i = 0; i < keys.length; i++) {
    const v = at(value, keys[i]);
    s.buffer += `${inner}${JSON.stringify(keys[i])}: `;
    if (isObject(v)) {
      if (isFlat(v)) s.buffer += stringifyAt(v, inner);
      else yield* emit(v, inner, s);
    } else s.buffer += JSON.stringify(v);
    s.buffer += i < keys.length - 1 ? ",\n" : "\n";
    if (s.buffer.length >= CHUNK) yield;
  }
  s.buffer += `${indent}}`;
}
