/** The French display of figures and dates, for the entries and the pane (they see only app). */
export { formatDateFr, isValidIso, todayIso, type IsoDate } from "../domain/date";
export { formatAmount, formatEuroFr, formatPercentFr, money, type Money } from "../domain/money";
export { NATURE_RETABLIR } from "../domain/contract";
export type { Issue, Severity } from "../domain/issues";
export type { CellLink } from "../grid";
export { linkLocation } from "../grid";
