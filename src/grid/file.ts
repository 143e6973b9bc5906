/**
 * A file's bytes read only as far as needed: a file given as a Chorus extract is recognised or
 * refused from its head, so that a large file that is no extract is never read whole.
 */
export interface FileBytes {
  /** Size of the whole file, in bytes. */
  readonly size: number;
  /** The first `n` bytes (all of them when the file is shorter). */
  head(n: number): Uint8Array;
  /** The whole file. */
  all(): Uint8Array;
}

/** Bytes already in memory (a host that gives the whole file, tests). */
export function bytesInMemory(bytes: Uint8Array): FileBytes {
  return {
    size: bytes.length,
    head: (n) => bytes.subarray(0, Math.min(n, bytes.length)),
    all: () => bytes,
  };
}
