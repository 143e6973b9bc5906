import { issue, Issue } from "../issues";
import type { ColumnMap, ConventionInfo } from "../model";
import { ZERO } from "../money";
import type { LineFigures } from "./figures";
import type { LineAcc } from "./index";
import { headerOf } from "./checks";
import { MSG_AE_EXCEEDED, MSG_AE_NEAR, MSG_CEILING_NEGATIVE, MSG_CP_EXCEEDED, MSG_UNDER } from "./messages";

/** Ceiling anomalies of one UO-year, pointing at its first Plafonds row (else its first EJ or DP). */
export function lineIssues(
  acc: LineAcc,
  f: LineFigures,
  info: ConventionInfo,
  columns: Readonly<Record<string, ColumnMap>>
): Issue[] {
  const out: Issue[] = [];
  const cf = f.centreFinancier;
  const at = (code: Parameters<typeof issue>[0], field: "ae" | "cp", message: string) => {
    const place = acc.ceilingRow ?? (field === "ae" ? acc.firstEngagement : acc.firstPayment ?? acc.firstEngagement);
    if (!place) return;
    const column = acc.ceilingRow ? headerOf(columns, place.sheet, field) : headerOf(columns, place.sheet, "montant");
    out.push(issue(code, place.sheet, place.row, column, message));
  };

  if (f.ceilingAE.lt(ZERO)) at("CEILING_NEGATIVE", "ae", MSG_CEILING_NEGATIVE(cf, f.year, "AE", f.ceilingAE));
  if (f.ceilingCP.lt(ZERO)) at("CEILING_NEGATIVE", "cp", MSG_CEILING_NEGATIVE(cf, f.year, "CP", f.ceilingCP));

  if (f.engagedAE.gt(f.ceilingAE)) {
    at("AE_CEILING_EXCEEDED", "ae", MSG_AE_EXCEEDED(cf, f.year, f.engagedAE, f.ceilingAE));
  } else if (f.engagementRate && f.engagementRate.gte(info.alertThreshold)) {
    at("AE_CEILING_NEAR", "ae", MSG_AE_NEAR(cf, f.year, f.engagementRate, info.alertThreshold, f.availableAE));
  }
  if (f.paidCP.gt(f.ceilingCP)) {
    at("CP_CEILING_EXCEEDED", "cp", MSG_CP_EXCEEDED(cf, f.year, f.paidCP, f.ceilingCP));
  } else if (f.ceilingCP.gt(ZERO) && f.paidCP.plus(f.forecastCP).lt(f.ceilingCP)) {
    at("UNDER_CONSUMPTION", "cp", MSG_UNDER(cf, f.year, f.paidCP, f.forecastCP, f.ceilingCP, info.end));
  }
  return out;
}
