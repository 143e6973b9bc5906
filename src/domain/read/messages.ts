/** French messages for problems found while reading cells. */
export const MSG_AMOUNT = (header: string, reason: string) =>
  `${header} : ${reason}. Le montant est compté pour 0.`;
export const MSG_AMOUNT_MISSING = (header: string) =>
  `${header} manquant : le montant est compté pour 0.`;
export const MSG_DATE = (header: string, reason: string) => `${header} : ${reason}.`;
export const MSG_DATE_MISSING = (header: string, reason: string) =>
  `${header} : ${reason}. La ligne est comptée dans l'exercice de début de la convention, quelle que soit la date de situation ; datez-la.`;
export const MSG_YEAR = (text: string) =>
  `Exercice « ${text} » illisible : indiquez une année sur quatre chiffres (ex. 2020).`;
export const MSG_MONTH = (reason: string) =>
  `Mois illisible : ${reason}. Écrivez par exemple 2020-09 ou 09/2020.`;
export const MSG_EJ_FORMAT = (value: string) =>
  value === ""
    ? "N° EJ manquant : la ligne ne pourra être rapprochée d'aucun paiement."
    : `Le N° EJ « ${value} » doit compter 10 chiffres (ex. 2103105755).`;
export const MSG_DP_FORMAT = (value: string) =>
  value === ""
    ? "N° DP manquant."
    : `Le N° DP « ${value} » doit compter 9 chiffres (ex. 100053424).`;
export const MSG_NATURE = (value: string) =>
  `Nature « ${value} » inconnue : écrivez « Mise à disposition » ou « À rétablir ». La ligne est comptée comme une mise à disposition.`;
export const MSG_FIELD_MISSING = (label: string) =>
  `La feuille « Convention » ne renseigne pas « ${label} » : ajoutez une ligne « ${label} » suivie de sa valeur.`;
export const MSG_THRESHOLD = (text: string) =>
  `Seuil d'alerte « ${text} » illisible : écrivez un pourcentage (ex. 90 %). Le seuil de 90 % est utilisé.`;
export const MSG_NOTICE = (text: string) =>
  `Préavis « ${text} » illisible : indiquez un nombre de mois (ex. 3). Le préavis de 3 mois est utilisé.`;
