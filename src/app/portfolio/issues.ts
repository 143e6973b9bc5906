/** Every anomaly of the portfolio, in one list: the files set aside, the portfolio's own, each convention's. */
import { appendAll } from "../../domain/arrays";
import { SKIPPED_CODE } from "./labels";
import { portfolioIssue, type PortfolioIssue } from "./messages";
import type { Portfolio } from "./run";

export function allIssues(p: Portfolio): PortfolioIssue[] {
  const out: PortfolioIssue[] = [];
  for (const s of p.skipped)
    out.push({
      severity: "error",
      code: SKIPPED_CODE,
      file: s.file,
      reference: null,
      sheet: "",
      row: null,
      column: null,
      message: s.reason,
    });
  appendAll(out, p.issues);
  for (const e of p.conventions)
    for (const i of e.summary.issues)
      out.push(portfolioIssue(i, e.file, e.summary.convention.reference));
  return out;
}
