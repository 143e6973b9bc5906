import { formatEuroFr, formatPercentFr, Money } from "../money";
import { formatDateFr } from "../date";

/** French messages of the reconciliation's anomalies. */
const uo = (cf: string, year: number) => `${cf} (${year})`;

export const MSG_UO_WITHOUT_CEILING = (cf: string) =>
  `Le centre financier ${cf} n'a aucun plafond dans la feuille « Plafonds » : la ligne n'est comptée dans aucun total.`;
export const MSG_EJ_UNKNOWN = (ej: string) =>
  ej === ""
    ? "Paiement sans N° EJ : il ne peut être rattaché à aucun engagement et n'est compté dans aucun total."
    : `L'EJ ${ej} ne figure dans aucun engagement : le paiement n'est compté dans aucun total.`;
export const MSG_CP_EXCEEDS_EJ = (ej: string, paid: Money, engaged: Money) =>
  `Les paiements sur l'EJ ${ej} (${formatEuroFr(paid)}) dépassent son montant engagé (${formatEuroFr(engaged)}) de ${formatEuroFr(paid.minus(engaged))}.`;
export const MSG_AE_EXCEEDED = (cf: string, year: number, engaged: Money, ceiling: Money) =>
  `AE engagées sur ${uo(cf, year)} : ${formatEuroFr(engaged)} pour un plafond de ${formatEuroFr(ceiling)}, soit un dépassement de ${formatEuroFr(engaged.minus(ceiling))}. Le délégataire doit en informer le délégant sans délai.`;
export const MSG_CP_EXCEEDED = (cf: string, year: number, paid: Money, ceiling: Money) =>
  `CP payés sur ${uo(cf, year)} : ${formatEuroFr(paid)} pour un plafond de ${formatEuroFr(ceiling)}, soit un dépassement de ${formatEuroFr(paid.minus(ceiling))}.`;
export const MSG_AE_NEAR = (cf: string, year: number, r: Money, threshold: Money, available: Money) =>
  `Taux d'engagement de ${uo(cf, year)} : ${formatPercentFr(r)}, au-delà du seuil d'alerte de ${formatPercentFr(threshold)}. Reste ${formatEuroFr(available)} d'AE disponibles.`;
export const MSG_UNDER = (cf: string, year: number, paid: Money, forecast: Money, ceiling: Money, end: string | null) =>
  `Sous-consommation prévisible sur ${uo(cf, year)} : ${formatEuroFr(paid)} payés et ${formatEuroFr(forecast)} prévus${end ? ` jusqu'au ${formatDateFr(end)}` : ""}, pour un plafond de ${formatEuroFr(ceiling)} (${formatEuroFr(ceiling.minus(paid).minus(forecast))} non consommés). Informez le délégant.`;
export const MSG_DATE_OUTSIDE = (what: string, date: string, start: string | null, end: string | null) =>
  `${what} daté du ${formatDateFr(date)}, hors de la période de la convention${start ? ` (du ${formatDateFr(start)}` : " ("}${end ? ` au ${formatDateFr(end)})` : ")"}.`;
export const MSG_DUPLICATE = (first: number) =>
  `Ligne identique à la ligne ${first} : probablement saisie deux fois. Elle est comptée deux fois ; supprimez-la si c'est un doublon.`;
export const MSG_CEILING_NEGATIVE = (cf: string, year: number, which: string, value: Money) =>
  `Le plafond ${which} de ${uo(cf, year)} est négatif (${formatEuroFr(value)}) : vérifiez les lignes de la convention et des avenants.`;
