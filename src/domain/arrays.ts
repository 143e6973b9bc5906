/**
 * Array helpers safe at any size. `target.push(...items)` and `Math.max(...items)` pass every
 * element as a call argument: past ~120 000 elements they throw "Maximum call stack size
 * exceeded". These loop instead.
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The smallest number of a list (Infinity for an empty one, as Math.min()). */
export function minOf(values: readonly number[]): number {
  let min = Infinity;
  for (const v of values) if (v < min) min = v;
  return min;
}

/** The largest number of a list (-Infinity for an empty one, as Math.max()). */
export function maxOf(values: readonly number[]): number {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  return max;
}
