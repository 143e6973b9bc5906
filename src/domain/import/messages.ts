/** French words of the import: warnings for the controller, labels of the Sources sheet. */
import { formatEuroFr, type Money } from "../money";
import { clip } from "./normalize";

const quote = (text: string) => `« ${clip(text, 160)} »`;

export const WARN_CREDIT_UNKNOWN = (cf: string, amount: Money, text: string) =>
  `${formatEuroFr(amount)} sur ${cf} : impossible de dire s'il s'agit d'AE ou de CP, montant non repris (${quote(text)}).`;
export const WARN_NO_CF = (amount: Money, text: string) =>
  `${formatEuroFr(amount)} de crédits sans centre financier reconnaissable, montant non repris (${quote(text)}).`;
export const WARN_SEVERAL_CF = (amount: Money, text: string) =>
  `${formatEuroFr(amount)} se rapporte à plusieurs centres financiers cités ensemble, montant non réparti (${quote(text)}).`;
export const WARN_TOTAL_DIFFERS = (cf: string, total: Money, ae: Money, cp: Money) =>
  `Sur ${cf}, le total écrit (${formatEuroFr(total)}) ne correspond ni au total des AE (${formatEuroFr(ae)}) ni à celui des CP (${formatEuroFr(cp)}) : vérifiez les plafonds.`;
export const WARN_SUMMARY_DIFFERS = (cf: string, stated: Money, text: string) =>
  `Sur ${cf}, le montant global de ${formatEuroFr(stated)} (${quote(text)}) ne correspond pas au détail : le détail est repris, vérifiez-le.`;
export const WARN_PROGRAMME = (cf: string, code: string) =>
  `L'imputation de ${cf} cite ${code}, d'un autre programme : vérifiez-la.`;
export const ANNUAL_RULE_TEXT =
  "Aucune date de fin n'est écrite : les crédits sont annuels, la convention court jusqu'au 31 décembre de l'année de ses crédits, sauf avenant.";
export const NOTE_ANNUAL = (year: number) =>
  `déduite de l'annualité des crédits (échéancier ${year}) : à vérifier`;
export const NOTE_SAME_YEAR = (year: number, from: string) => `année ${year} : ${from}`;
export const FROM_SIGNATURE = "celle de la signature";
export const FROM_START = "celle du début";
export const FROM_TITLE = "celle de la date de la convention (jour non renseigné)";
export const FROM_CEILINGS = "celle de l'échéancier des crédits";
export const NOTE_AT_SIGNATURE = "début à la signature";
export const NOTE_DURATION = (months: number) => `${months} mois à compter du début`;
export const NOTE_REFERENCE = "formée des sigles des parties et de l'exercice";

/** Sources sheet. */
export const SOURCES_SHEET = "Sources";
export const SOURCES_HEADERS = ["Champ", "Valeur", "Texte de la convention", "Clé"] as const;
export const NOT_FOUND = "non trouvé : à compléter";
export const WARNING_LABEL = "Avertissement";
export const FIELD_LABELS: Record<string, string> = {
  reference: "Référence",
  delegant: "Délégant",
  delegataire: "Délégataire",
  signature: "Date de signature",
  start: "Date de début",
  end: "Date de fin",
  noticeMonths: "Préavis (mois)",
  ceilings: "Plafonds",
  imputations: "Imputations",
  ae: "AE",
  cp: "CP",
  year: "Exercice",
  centreFinancier: "Centre financier",
  domaineFonctionnel: "Domaine fonctionnel",
  activite: "Activité",
  centreDeCouts: "Centre de coûts",
};
export const CEILING_LABEL = (
  n: number,
  cf: string,
  year: number | null,
  financeur: string | null
) => `Plafond ${n} (${[cf, year, financeur].filter((x) => x !== null && x !== "").join(", ")})`;
export const IMPUTATION_LABEL = (n: number, cf: string) =>
  `Imputation ${n} (${cf || "centre financier inconnu"})`;
export const FINANCEURS_LABEL = (list: readonly string[]) =>
  list.length ? `Financement ${list.join(", ")}` : "";
