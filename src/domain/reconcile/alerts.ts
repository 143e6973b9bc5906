import { ZERO } from "../money";
import type { Ctx } from "./context";
import type { LineFigures } from "./figures";
import type { Emit } from "./emit";
import { MSG_INSUFFICIENT, MSG_LAPSED, MSG_UNDER, MSG_UNDER_AE } from "./messages";

/**
 * What the conventions ask the délégataire to tell the délégant (domain.md, "Alerts"): credits
 * insufficient for the forecasts, under-consumption (on the forecasts when the UO has some for the
 * year, else only from 1 October or at term), and at a year's end the credits that lapsed.
 * `aeExceeded`: engaged AE already exceed the ceiling in force (AE_CEILING_EXCEEDED says it).
 */
export function creditAlerts(ctx: Ctx, f: LineFigures, at: Emit, aeExceeded: boolean): void {
  const cf = f.centreFinancier;
  if (f.closed) {
    if (f.lapsedAE.gt(ZERO) || f.lapsedCP.gt(ZERO))
      at(
        "CREDITS_LAPSED",
        f.lapsedAE.gt(ZERO) ? "ae" : "cp",
        MSG_LAPSED(cf, f.year, f.lapsedAE, f.lapsedCP)
      );
    return;
  }
  const availableAE = f.ceilingAE;
  const availableCP = f.ceilingCP.minus(f.awaitedReestablishment);
  if (!aeExceeded && f.forecastAE.gt(ZERO) && f.engagedAE.plus(f.forecastAE).gt(availableAE)) {
    at(
      "CREDITS_INSUFFICIENT",
      "ae",
      MSG_INSUFFICIENT(cf, f.year, "AE", f.engagedAE, f.forecastAE, availableAE)
    );
  }
  if (
    f.paidCP.lte(availableCP) &&
    f.forecastCP.gt(ZERO) &&
    f.paidCP.plus(f.forecastCP).gt(availableCP)
  ) {
    at(
      "CREDITS_INSUFFICIENT",
      "cp",
      MSG_INSUFFICIENT(cf, f.year, "CP", f.paidCP, f.forecastCP, availableCP)
    );
  }
  const atTerm = ctx.info.end !== null && ctx.asOf >= ctx.info.end;
  const judged =
    ctx.forecastYears.has(`${cf}|${f.year}`) || ctx.asOf >= `${f.year}-10-01` || atTerm;
  if (!judged) return;
  if (f.ceilingAE.gt(ZERO) && f.engagedAE.plus(f.forecastAE).lt(f.ceilingAE)) {
    at("UNDER_CONSUMPTION", "ae", MSG_UNDER_AE(cf, f.year, f.engagedAE, f.forecastAE, f.ceilingAE));
  }
  if (
    f.ceilingCP.gt(ZERO) &&
    f.paidCP.lte(f.ceilingCP) &&
    f.paidCP.plus(f.forecastCP).lt(f.ceilingCP)
  ) {
    at(
      "UNDER_CONSUMPTION",
      "cp",
      MSG_UNDER(cf, f.year, f.paidCP, f.forecastCP, f.ceilingCP, ctx.info.end)
    );
  }
}
