/** French display of the summary's strings ("220000.00" → "220 000,00 €", "0.8182" → "81,82 %"). */
import { formatDateFr, isValidIso } from "../app/format";
import { formatEuroFr, formatPercentFr, money } from "../app/format";

export const euro = (amount: string): string => formatEuroFr(money(amount));

export const percent = (rate: string | null): string =>
  rate === null ? "—" : formatPercentFr(money(rate));

export const dateFr = (iso: string | null): string =>
  iso && isValidIso(iso) ? formatDateFr(iso) : "non renseignée";

/** "1 erreur", "0 erreur", "2 erreurs" (French: plural from 2). */
export const count = (n: number, one: string, many: string): string =>
  `${n.toLocaleString("fr-FR")} ${n >= 2 ? many : one}`;

/** The message of anything thrown, for the user. */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return typeof error === "string" && error ? error : "erreur inconnue";
}
