/** French messages about Chorus extracts, the rapprochement and the referential. */
import { formatEuroFr, Money } from "../money";

export const MSG_ROW_WIDTH = (found: number, expected: number) =>
  `Ligne illisible : ${found} champs au lieu des ${expected} de la ligne d'en-tête (guillemets ou séparateurs mal placés). Elle est ignorée ; corrigez-la ou exportez à nouveau l'extrait.`;
export const MSG_CHORUS_AMOUNT = (header: string, reason: string) =>
  `${header} : ${reason}. Le montant est compté pour 0.`;
export const MSG_CHORUS_DATE = (header: string, reason: string) => `${header} : ${reason}.`;
export const MSG_CHORUS_EJ = (value: string) =>
  value === ""
    ? "Ligne d'engagement sans N° EJ : elle ne pourra être rapprochée d'aucun paiement."
    : `Le N° EJ « ${value} » doit compter 10 chiffres (ex. 2103105755).`;
export const MSG_PROGRAMME = (value: string, df: string) =>
  `Le programme « ${value} » ne correspond pas au domaine fonctionnel ${df} (programme ${df.slice(0, 4)}) : vérifiez la ligne dans Chorus.`;
export const MSG_NO_CF = (df: string, activite: string, cc: string) =>
  `Aucune imputation de la feuille « Imputations » ne correspond au domaine fonctionnel ${df || "(vide)"}, à l'activité ${activite || "(vide)"} et au centre de coûts ${cc || "(vide)"} ; l'extrait n'ayant pas de centre financier, la ligne n'est comptée dans aucun total.`;
export const MSG_EXERCICE = (text: string) =>
  `L'exercice « ${text} » des lignes de titre de l'extrait est illisible : les lignes sont rattachées à l'année de leur date.`;
export const MSG_NOT_AN_EXTRACT =
  "aucune ligne d'en-tête d'extrait Chorus (« N° EJ » ou « N° DP » et un montant engagé ou payé) dans les 50 premières lignes";

const euros = (m: Money | null) => (m === null ? "—" : formatEuroFr(m));

export const MSG_EJ_ONLY_IN_WORKBOOK = (ej: string, sources: string) =>
  `L'EJ ${ej} figure dans le classeur mais dans aucun extrait Chorus lu (${sources}) : vérifiez son numéro, ou qu'il a bien été engagé dans Chorus.`;
export const MSG_EJ_ONLY_IN_CHORUS = (ej: string, ae: Money | null, cp: Money | null) =>
  `L'EJ ${ej} figure dans Chorus (AE ${euros(ae)}, CP ${euros(cp)}) mais dans aucune ligne des feuilles « Engagements » et « Paiements » : ajoutez-le au classeur.`;
export const MSG_GAP = (what: "AE" | "CP", workbook: Money, chorus: Money) =>
  `${what} ${euros(workbook)} dans le classeur, ${euros(chorus)} dans Chorus (écart ${euros(workbook.minus(chorus))})`;
export const MSG_CHORUS_MISMATCH = (ej: string, gaps: readonly string[]) =>
  `EJ ${ej} : ${gaps.join(" ; ")}.`;

export const MSG_NOT_IN_REFERENTIAL = (
  noun: string,
  code: string,
  label: string | null,
  sheet: string,
  uses: number
) =>
  `${noun} ${code}${label ? ` (« ${label} »)` : ""} est absent du référentiel Chorus fourni (feuille « ${sheet} ») : vérifiez le code, ou mettez à jour la calculette. ${uses > 1 ? `${uses} lignes l'utilisent ; seule la première est signalée.` : ""}`.trim();
