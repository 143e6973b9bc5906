import { NATURE_RETABLIR } from "../contract";
import type { Ctx } from "./context";
import { isLaterCeiling } from "./later";

/**
 * The ceiling in force at the reporting date. A line available later (its `Disponible le` after
 * the date) counts nowhere, but its centre financier and year stay funded by the convention.
 * An À rétablir line is in the convention's ceiling from the start; its CP stay awaited (not
 * available) until the date it was received, when that date is given and reached.
 */
export function applyCeilings(ctx: Ctx): void {
  const { asOf, lines } = ctx;
  for (const c of ctx.data.ceilings) {
    const from = c.availableFrom ?? null;
    const retablir = c.nature === NATURE_RETABLIR;
    if (isLaterCeiling(c, asOf)) {
      ctx.later.ceilings++;
      continue;
    }
    const acc = lines.get(c.centreFinancier, c.year);
    acc.ceilingAE = acc.ceilingAE.plus(c.ae);
    acc.ceilingCP = acc.ceilingCP.plus(c.cp);
    if (retablir) {
      acc.pending = acc.pending.plus(c.cp);
      if (from === null || from > asOf) {
        acc.awaited = acc.awaited.plus(c.cp);
        acc.awaitedLines.push(c);
      }
    } else if (from !== null) acc.datedCeilings.push(c);
    acc.ceilingRow ??= { sheet: c.sheet, row: c.row };
  }
}
