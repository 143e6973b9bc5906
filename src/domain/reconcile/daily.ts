/** Engaged and paid per date, collected while reconciling (one pass over the ledgers). */
import { Amount, Tally } from "../tally";

export class DailyTallies {
  readonly engaged = new Map<string, Tally>();
  readonly paid = new Map<string, Tally>();

  add(map: Map<string, Tally>, date: string | null, amount: Amount): void {
    if (!date) return;
    let t = map.get(date);
    if (!t) map.set(date, (t = new Tally()));
    t.add(amount);
  }
}
