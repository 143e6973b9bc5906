import { digitsValue } from "../codes";

/**
 * A Map keyed by codes (EJ numbers), whose lookups of an all-digit code of the given length go
 * through a table of numbers: a payment's EJ is a string of its own (another cell than the
 * engagement's), and hashing it to find its EJ among 100 000 cost more than the rest of the
 * payment's reading (issue 14). Iteration, size and order stay the Map's.
 */
export class CodeMap<V> extends Map<string, V> {
  private readonly digits: number;
  private keysOf: Float64Array;
  private valuesAt: (V | undefined)[];
  private slotValue: Int32Array;
  private mask: number;
  private used: number;

  /** `digits`: the length of the codes kept as numbers. Values are never undefined. */
  constructor(digits: number) {
    super();
    this.digits = digits;
    this.keysOf = new Float64Array(1024);
    this.slotValue = new Int32Array(1024).fill(-1);
    this.mask = 1023;
    this.valuesAt = [];
    this.used = 0;
  }

  override get(key: string): V | undefined {
    const n = digitsValue(key, this.digits);
    if (n < 0) return super.get(key);
    const at = this.slotValue[this.slot(n)];
    return at < 0 ? undefined : this.valuesAt[at];
  }

  override has(key: string): boolean {
    return digitsValue(key, this.digits) < 0 ? super.has(key) : this.get(key) !== undefined;
  }

  override set(key: string, value: V): this {
    super.set(key, value);
    const n = digitsValue(key, this.digits);
    if (n < 0) return this;
    let s = this.slot(n);
    if (this.slotValue[s] >= 0) {
      this.valuesAt[this.slotValue[s]] = value;
      return this;
    }
    if ((this.used + 1) * 2 > this.mask + 1) {
      this.grow((this.mask + 1) * 2);
      s = this.slot(n);
    }
    this.keysOf[s] = n;
    this.slotValue[s] = this.valuesAt.length;
    this.valuesAt.push(value);
    this.used++;
    return this;
  }

  override delete(key: string): boolean {
    const n = digitsValue(key, this.digits);
    if (n >= 0) {
      const at = this.slotValue[this.slot(n)];
      if (at >= 0) this.valuesAt[at] = undefined;
    }
    return super.delete(key);
  }

  override clear(): void {
    super.clear();
    this.valuesAt = [];
    this.used = 0;
    this.slotValue.fill(-1);
  }

  /** The slot holding `n`, or the empty slot where it would go. */
  private slot(n: number): number {
    const hi = (n / 4294967296) | 0;
    let s = Math.imul((n | 0) ^ Math.imul(hi, 0x85ebca6b), 0x9e3779b1) & this.mask;
    while (this.slotValue[s] >= 0 && this.keysOf[s] !== n) s = (s + 1) & this.mask;
    return s;
  }

  private grow(size: number): void {
    const oldKeys = this.keysOf;
    const oldValues = this.slotValue;
    this.keysOf = new Float64Array(size);
    this.slotValue = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (let i = 0; i < oldValues.length; i++) {
      if (oldValues[i] < 0) continue;
      const s = this.slot(oldKeys[i]);
      this.keysOf[s] = oldKeys[i];
      this.slotValue[s] = oldValues[i];
    }
  }
}
