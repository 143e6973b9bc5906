import { issue, Issue } from "../issues";
import { sum, ZERO } from "../money";
import type { LineFigures } from "./figures";
import type { LineAcc } from "./lines";
import type { Ctx } from "./context";
import { headerOf } from "./checks";
import { firstOverrun } from "./ceiling-sweep";
import { creditAlerts } from "./alerts";
import {
  MSG_AE_EXCEEDED_AT,
  MSG_AE_NEAR,
  MSG_AWAITED,
  MSG_CEILING_NEGATIVE,
  MSG_CP_ABOVE_AVAILABLE,
  MSG_CP_EXCEEDED,
} from "./messages";

import type { Emit } from "./emit";

export type { Emit } from "./emit";

/** Issues of a UO-year point at its first Plafonds row (else its first EJ or DP). */
export function emitter(acc: LineAcc, ctx: Ctx, out: Issue[]): Emit {
  return (code, field, message) => {
    const place =
      acc.ceilingRow ??
      (field === "ae"
        ? (acc.firstEngagement ?? acc.firstPayment)
        : (acc.firstPayment ?? acc.firstEngagement));
    if (!place) return;
    const column = acc.ceilingRow
      ? headerOf(ctx.columns, place.sheet, field)
      : headerOf(ctx.columns, place.sheet, "montant");
    out.push(issue(code, place.sheet, place.row, column, message));
  };
}

/** Ceiling anomalies and alerts of one UO-year, at the reporting date. */
export function lineIssues(ctx: Ctx, acc: LineAcc, f: LineFigures): Issue[] {
  const out: Issue[] = [];
  const at = emitter(acc, ctx, out);
  const cf = f.centreFinancier;

  if (f.ceilingAE.lt(ZERO))
    at("CEILING_NEGATIVE", "ae", MSG_CEILING_NEGATIVE(cf, f.year, "AE", f.ceilingAE));
  if (f.ceilingCP.lt(ZERO))
    at("CEILING_NEGATIVE", "cp", MSG_CEILING_NEGATIVE(cf, f.year, "CP", f.ceilingCP));

  const overrun = firstOverrun(ctx, acc);
  if (overrun) {
    at(
      "AE_CEILING_EXCEEDED",
      "ae",
      MSG_AE_EXCEEDED_AT(cf, f.year, overrun.date, overrun.engaged, overrun.ceiling)
    );
  } else if (!f.closed && f.engagementRate && f.engagementRate.gte(ctx.info.alertThreshold)) {
    at(
      "AE_CEILING_NEAR",
      "ae",
      MSG_AE_NEAR(cf, f.year, f.engagementRate, ctx.info.alertThreshold, f.availableAE)
    );
  }
  if (f.paidCP.gt(f.ceilingCP)) {
    at("CP_CEILING_EXCEEDED", "cp", MSG_CP_EXCEEDED(cf, f.year, f.paidCP, f.ceilingCP));
  } else if (f.awaitedReestablishment.gt(ZERO) && f.availableCP.lt(ZERO)) {
    const awaited = acc.awaitedLines.map((c) => MSG_AWAITED(c.financeur, c.cp, c.row)).join(" et ");
    at(
      "CP_ABOVE_AVAILABLE",
      "cp",
      MSG_CP_ABOVE_AVAILABLE(
        cf,
        f.year,
        f.paidCP,
        sum([f.ceilingCP, f.awaitedReestablishment.negated()]),
        awaited
      )
    );
  }
  // An overrun at an earlier date that an avenant has covered since does not stand for the alert:
  // what counts is whether engaged AE exceed the ceiling in force now.
  creditAlerts(ctx, f, at, f.engagedAE.gt(f.ceilingAE));
  return out;
}
