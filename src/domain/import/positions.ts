/**
 * Looking things up by offset in a text's lines and mentions, which are in text order: a binary
 * search, not a scan of the whole list for each amount or label (which made a long text, or a
 * convention pasted several times, quadratic).
 */

/** Index of the first element whose `key` is ≥ `value` (the list's length when none is). */
export function lowerBound<T>(list: readonly T[], value: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(list[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the line holding offset `at` (its line break counts as its own), -1 when none does. */
export function lineAt(lines: readonly { start: number; end: number }[], at: number): number {
  const i = lowerBound(lines, at + 1, (l) => l.start) - 1;
  return i >= 0 && at <= lines[i].end ? i : -1;
}

/** The elements whose `start` lies in [from, to), as a slice of the list. */
export function startingIn<T extends { start: number }>(
  list: readonly T[],
  from: number,
  to: number
): T[] {
  const start = (t: T) => t.start;
  return list.slice(lowerBound(list, from, start), lowerBound(list, to, start));
}
