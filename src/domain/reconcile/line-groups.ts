/**
 * Lines grouped by key, each group in the order its lines came. A key that is a safe non-negative
 * integer (a DP or EJ number) lives in typed arrays, open addressing: no hashing of strings nor a
 * Map entry per line, which the duplicate check of 300 000 payments spent most of its time on
 * (issue 14). Any other key goes to a Map. Sized once from the number of lines (at most one group
 * per line), so the table never grows.
 */
const EMPTY = -1;

/**
 * A well-mixed 32-bit hash of a safe non-negative integer: both of its halves, then murmur3's
 * finaliser, so that every bit of the key moves the low bits a table takes. Without the
 * finaliser, EJ numbers spaced by a power of two (1 000 000 000 + k × 131 072) fell in one run of
 * slots: 60 000 of them took 6 s instead of 0.4 (review of issue 14).
 */
export function hashNumber(n: number): number {
  let h = (n | 0) ^ Math.imul((n / 4294967296) | 0, 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * The first slot of a number in a table of `mask + 1` slots: numbers of one run of four
 * consecutive values (k × 4 to k × 4 + 3) share four adjacent slots, the run's place given by
 * `hashNumber`. Chorus numbers its EJs and DPs in sequence and ledgers mostly list them in order:
 * a payment's EJ is then found in the cache line the previous one brought in, instead of a cache
 * miss per line in a table of several megabytes (400 000 lines: ≈ 10 % of the reconciliation,
 * issue 14). The offset inside the run is xor-ed with the hash's top bits, so that numbers
 * spaced by four (or any multiple) do not all take the run's first slot.
 */
export function slotOf(n: number, mask: number): number {
  const run = Math.floor(n / 4);
  const h = hashNumber(run);
  return ((h << 2) | ((n - run * 4) ^ (h >>> 30))) & mask;
}

export class LineGroups {
  // The table of numbers is made on the first number: groups of text keys (an extract's EJ
  // texts) never need it.
  private keys = new Float64Array(0);
  private used = new Uint8Array(0);
  private heads = new Int32Array(0);
  private tails = new Int32Array(0);
  private mask = -1;
  private readonly next: Int32Array;
  private readonly others = new Map<string | number, number>();
  private readonly otherHeads: number[] = [];
  private readonly otherTails: number[] = [];

  constructor(private readonly lines: number) {
    this.next = new Int32Array(lines).fill(EMPTY);
  }

  private makeTable(): void {
    let size = 16;
    while (size < this.lines + (this.lines >> 1)) size *= 2;
    this.keys = new Float64Array(size);
    this.used = new Uint8Array(size);
    this.heads = new Int32Array(size).fill(EMPTY);
    this.tails = new Int32Array(size);
    this.mask = size - 1;
  }

  /** The group of `key`, created empty when new: a slot ≥ 0 in the table, < 0 in the Map. */
  groupOf(key: string | number): number {
    if (typeof key === "number" && Number.isSafeInteger(key) && key >= 0) {
      if (this.mask < 0) this.makeTable();
      let slot = slotOf(key, this.mask);
      for (;;) {
        if (this.used[slot] === 0) {
          this.used[slot] = 1;
          this.keys[slot] = key;
          return slot;
        }
        if (this.keys[slot] === key) return slot;
        slot = (slot + 1) & this.mask;
      }
    }
    let g = this.others.get(key);
    if (g === undefined) {
      g = -1 - this.otherHeads.length;
      this.others.set(key, g);
      this.otherHeads.push(EMPTY);
      this.otherTails.push(EMPTY);
    }
    return g;
  }

  /** The group's first line, or -1. */
  first(group: number): number {
    return group >= 0 ? this.heads[group] : this.otherHeads[-1 - group];
  }

  /** The line after `line` in its group, or -1. */
  after(line: number): number {
    return this.next[line];
  }

  /** Appends line number `line` (0 ≤ line < lines, each once) to the group. */
  append(group: number, line: number): void {
    if (group >= 0) {
      if (this.heads[group] === EMPTY) this.heads[group] = line;
      else this.next[this.tails[group]] = line;
      this.tails[group] = line;
      return;
    }
    const g = -1 - group;
    if (this.otherHeads[g] === EMPTY) this.otherHeads[g] = line;
    else this.next[this.otherTails[g]] = line;
    this.otherTails[g] = line;
  }
}
