import { digitsValue } from "../codes";
import { slotOf } from "./line-groups";

/**
 * A map keyed by codes (EJ numbers) that never hashes an all-digit code of the given length: it
 * goes through a table of numbers. A payment's EJ is a string of its own (another cell than the
 * engagement's), and hashing it into a Map of 100 000 EJs cost more than the rest of the payment's
 * reading (issue 14). Other codes go to a Map. Entries keep their insertion order, as a Map's.
 * No deletion: a reconciliation only adds EJs.
 */
export class CodeMap<V> implements ReadonlyMap<string, V> {
  private readonly digits: number;
  private readonly others = new Map<string, number>();
  private readonly keyAt: string[] = [];
  private readonly valueAt: V[] = [];
  // Slot k holds a code at 2k and its entry + 1 at 2k + 1 (0: empty): one cache line for both.
  private table = new Float64Array(2048);
  private mask = 1023;
  private inTable = 0;

  /** `digits`: the length of the codes kept as numbers; `expected`: about how many (sizes the table once). */
  constructor(digits: number, expected = 0) {
    this.digits = digits;
    let size = 1024;
    while (size < expected * 2) size *= 2;
    if (size > 1024) {
      this.table = new Float64Array(2 * size);
      this.mask = size - 1;
    }
  }

  get size(): number {
    return this.keyAt.length;
  }

  get(key: string): V | undefined {
    const at = this.find(key);
    return at < 0 ? undefined : this.valueAt[at];
  }

  has(key: string): boolean {
    return this.find(key) >= 0;
  }

  set(key: string, value: V): this {
    const n = digitsValue(key, this.digits);
    if (n < 0) {
      const at = this.others.get(key);
      if (at !== undefined) this.valueAt[at] = value;
      else this.others.set(key, this.push(key, value));
      return this;
    }
    let s = this.slot(n);
    if (this.table[2 * s + 1] > 0) {
      this.valueAt[this.table[2 * s + 1] - 1] = value;
      return this;
    }
    if ((this.inTable + 1) * 2 > this.mask + 1) {
      this.grow((this.mask + 1) * 2);
      s = this.slot(n);
    }
    this.table[2 * s] = n;
    this.table[2 * s + 1] = this.push(key, value) + 1;
    this.inTable++;
    return this;
  }

  *entries(): MapIterator<[string, V]> {
    for (let i = 0; i < this.keyAt.length; i++) yield [this.keyAt[i], this.valueAt[i]];
  }

  keys(): MapIterator<string> {
    return this.keyAt.values();
  }

  values(): MapIterator<V> {
    return this.valueAt.values();
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (let i = 0; i < this.keyAt.length; i++) callback(this.valueAt[i], this.keyAt[i], this);
  }

  private push(key: string, value: V): number {
    this.keyAt.push(key);
    return this.valueAt.push(value) - 1;
  }

  /** The entry of `key`, or -1. */
  private find(key: string): number {
    const n = digitsValue(key, this.digits);
    if (n < 0) return this.others.get(key) ?? -1;
    return this.table[2 * this.slot(n) + 1] - 1;
  }

  /** The slot holding `n`, or the empty slot where it would go. */
  private slot(n: number): number {
    let s = slotOf(n, this.mask);
    while (this.table[2 * s + 1] > 0 && this.table[2 * s] !== n) s = (s + 1) & this.mask;
    return s;
  }

  private grow(size: number): void {
    const old = this.table;
    this.table = new Float64Array(2 * size);
    this.mask = size - 1;
    for (let k = 0; k < old.length; k += 2) {
      if (old[k + 1] === 0) continue;
      const s = this.slot(old[k]);
      this.table[2 * s] = old[k];
      this.table[2 * s + 1] = old[k + 1];
    }
  }
}
