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
export const MSG_AE_NEAR = (
  cf: string,
  year: number,
  r: Money,
  threshold: Money,
  available: Money
) =>
  `Taux d'engagement de ${uo(cf, year)} : ${formatPercentFr(r)}, au-delà du seuil d'alerte de ${formatPercentFr(threshold)}. Reste ${formatEuroFr(available)} d'AE disponibles.`;
export const MSG_UNDER = (
  cf: string,
  year: number,
  paid: Money,
  forecast: Money,
  ceiling: Money,
  end: string | null
) =>
  `Sous-consommation prévisible sur ${uo(cf, year)} : ${formatEuroFr(paid)} payés et ${formatEuroFr(forecast)} prévus${end ? ` jusqu'au ${formatDateFr(end)}` : ""}, pour un plafond de ${formatEuroFr(ceiling)} (${formatEuroFr(ceiling.minus(paid).minus(forecast))} non consommés). Informez le délégant.`;
export const MSG_DATE_OUTSIDE = (
  what: string,
  date: string,
  start: string | null,
  end: string | null
) =>
  `${what} daté du ${formatDateFr(date)}, hors de la période de la convention${start ? ` (du ${formatDateFr(start)}` : " ("}${end ? ` au ${formatDateFr(end)})` : ")"}.`;
export const MSG_DUPLICATE = (first: number) =>
  `Ligne identique à la ligne ${first} : probablement saisie deux fois. Elle est comptée deux fois ; supprimez-la si c'est un doublon.`;
export const MSG_CEILING_NEGATIVE = (cf: string, year: number, which: string, value: Money) =>
  `Le plafond ${which} de ${uo(cf, year)} est négatif (${formatEuroFr(value)}) : vérifiez les lignes de la convention et des avenants.`;

// Time and the EJ lifecycle (domain.md).
export const MSG_AE_EXCEEDED_AT = (
  cf: string,
  year: number,
  date: string | null,
  engaged: Money,
  ceiling: Money
) =>
  `AE engagées sur ${uo(cf, year)}${date ? ` au ${formatDateFr(date)}` : ""} : ${formatEuroFr(engaged)} pour un plafond alors en vigueur de ${formatEuroFr(ceiling)}, soit un dépassement de ${formatEuroFr(engaged.minus(ceiling))}. Le délégataire doit en informer le délégant sans délai et, à défaut d'ajustement, suspendre les engagements sur cette UO.`;
export const MSG_EJ_UNKNOWN_COUNTED = (ej: string, cf: string) =>
  `L'EJ ${ej} ne figure dans aucun engagement : le paiement est compté sur son propre centre financier ${cf}, sans restes à payer.`;
export const MSG_NO_EJ_NO_CF =
  "Paiement sans N° EJ ni centre financier : il ne peut être imputé sur aucune UO et n'est compté dans aucun total. Indiquez son centre financier.";
export const MSG_CARRIED_OVER = (ej: string, date: string | null, start: string | null) =>
  date === null
    ? `L'EJ ${ej} est une reprise (Chorus, « Bascule des EJ non soldés ») : engagé avant la convention, ses AE ne sont pas imputées sur les plafonds ; ses restes à payer sont suivis.`
    : `L'EJ ${ej} (ligne du ${formatDateFr(date)}) est antérieur au début de la convention${start ? ` (${formatDateFr(start)})` : ""}, sur un exercice qu'elle ne finance pas : reprise d'une convention précédente, ses AE ne sont pas imputées sur les plafonds ; ses restes à payer sont suivis.`;
export const MSG_DP_BEFORE_EJ = (ej: string, dp: string, first: string) =>
  `Paiement du ${formatDateFr(dp)} antérieur à la première ligne de l'EJ ${ej} (${formatDateFr(first)}) : vérifiez les dates.`;
export const MSG_AMBIGUOUS = (ej: string, cf: string) =>
  `L'EJ ${ej} a des postes sur plusieurs centres financiers et le paiement n'en nomme aucun : il est compté sur ${cf}, celui qui porte le plus d'AE. Indiquez le N° poste EJ ou le centre financier du paiement.`;
export const MSG_TITRE_2 = (compte: string) =>
  `Compte budgétaire ${compte} de titre 2 (dépenses de personnel) : la convention autorise les seules dépenses hors titre 2.`;
export const MSG_DUPLICATE_PAYMENT = (first: number) =>
  `Ligne de paiement identique à la ligne ${first} (même N° DP, poste, date, EJ et montant) : un paiement saisi deux fois, compté une seule fois.`;
export const MSG_CP_ABOVE_AVAILABLE = (
  cf: string,
  year: number,
  paid: Money,
  available: Money,
  awaited: string
) =>
  `CP payés sur ${uo(cf, year)} : ${formatEuroFr(paid)} pour ${formatEuroFr(available)} de CP réellement disponibles : ${awaited} n'est pas encore reçu. Paiement au-delà des crédits disponibles.`;
export const MSG_AWAITED = (financeur: string, cp: Money, row: number) =>
  `le rétablissement${financeur ? ` ${financeur}` : ""} de ${formatEuroFr(cp)} (Plafonds, ligne ${row})`;
export const MSG_INSUFFICIENT = (
  cf: string,
  year: number,
  which: "AE" | "CP",
  done: Money,
  forecast: Money,
  available: Money
) =>
  `Crédits insuffisants sur ${uo(cf, year)} : ${formatEuroFr(done)} ${which === "AE" ? "d'AE engagées" : "de CP payés"} et ${formatEuroFr(forecast)} prévus d'ici la fin de l'exercice, pour ${formatEuroFr(available)} disponibles (${formatEuroFr(done.plus(forecast).minus(available))} manquants). Le délégataire informe le délégant sans délai.`;
export const MSG_UNDER_AE = (
  cf: string,
  year: number,
  engaged: Money,
  forecast: Money,
  ceiling: Money
) =>
  `Sous-consommation des AE sur ${uo(cf, year)} : ${formatEuroFr(engaged)} engagées et ${formatEuroFr(forecast)} prévues d'ici la fin de l'exercice, pour un plafond de ${formatEuroFr(ceiling)} (${formatEuroFr(ceiling.minus(engaged).minus(forecast))} non engagées). Informez le délégant.`;
export const MSG_LAPSED = (cf: string, year: number, ae: Money, cp: Money) =>
  `Exercice ${year} clos sur ${cf} : ${formatEuroFr(ae)} d'AE et ${formatEuroFr(cp)} de CP non consommés sont tombés ; à signaler au délégant.`;
