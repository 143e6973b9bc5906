/** The portfolio use case, for the entries: run it, then its workbook sheets or its JSON. */
export {
  runPortfolio,
  type Portfolio,
  type PortfolioEntry,
  type PortfolioHost,
  type PortfolioOptions,
  type SkippedFile,
} from "./run";
export { portfolioSheets } from "./sheets";
export { portfolioJson } from "./json";
export { allIssues } from "./issues";
export { MSG_NONE_READ, MSG_NO_INPUT, type PortfolioIssue } from "./messages";
export * as PORTFOLIO_LABELS from "./labels";
