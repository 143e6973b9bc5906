/**
 * The words of the contract (shared/spec/workbook.md): sheet names and column headers, with
 * the spellings controllers actually use. Headers are compared through `normalizeKey`.
 */
export const SHEETS = {
  convention: "Convention",
  plafonds: "Plafonds",
  imputations: "Imputations",
  engagements: "Engagements",
  paiements: "Paiements",
  previsions: "Prévisions",
} as const;

export type SheetKey = keyof typeof SHEETS;

/** Sheets without which there is no convention to follow. */
export const REQUIRED_SHEETS: readonly SheetKey[] = ["convention", "plafonds", "imputations"];

export interface ColumnSpec<F extends string = string> {
  readonly field: F;
  /** The contract's header, used in messages when the column is absent. */
  readonly header: string;
  readonly aliases: readonly string[];
  readonly required: boolean;
  /** An optional column of "Extensions: time and the EJ lifecycle" (workbook.md): read when present. */
  readonly extension?: boolean;
}

function col<F extends string>(
  field: F,
  header: string,
  required: boolean,
  ...aliases: string[]
): ColumnSpec<F> {
  return { field, header, aliases: [header, ...aliases], required };
}

/** Marks a column added by the extensions, which the imported workbook's layout does not write. */
function ext<F extends string>(spec: ColumnSpec<F>): ColumnSpec<F> {
  return { ...spec, extension: true };
}

const CF_ALIASES = [
  "CF",
  "UO",
  "Centre financier (UO)",
  "Centre financier - Clé",
  "Unité opérationnelle",
];
const DF_ALIASES = ["DF", "Domaine fonctionnel - Clé", "Sous-action"];
const ACTIVITE_ALIASES = ["Activite", "Référentiel de programmation", "Code activité"];
const CC_ALIASES = ["Centre de coût", "CC", "Centre de coûts - Clé"];

export const PLAFOND_COLUMNS = [
  col("centreFinancier", "Centre financier", true, ...CF_ALIASES),
  col("exercice", "Exercice", true, "Année", "Annee", "Exercice comptable"),
  col("financeur", "Financeur", false),
  col("nature", "Nature", false),
  col("acte", "Acte", false, "Avenant"),
  col("ae", "AE", true, "Montant AE", "Plafond AE", "Autorisations d'engagement"),
  col("cp", "CP", true, "Montant CP", "Plafond CP", "Crédits de paiement"),
  ext(
    col(
      "disponibleLe",
      "Disponible le",
      false,
      "Date de disponibilité",
      "Date de mise à disposition",
      "Reçu le",
      "Date de réception"
    )
  ),
] as const;

export const IMPUTATION_COLUMNS = [
  col("centreFinancier", "Centre financier", true, ...CF_ALIASES),
  col("domaineFonctionnel", "Domaine fonctionnel", true, ...DF_ALIASES),
  col("activite", "Activité", true, ...ACTIVITE_ALIASES),
  col("centreDeCouts", "Centre de coûts", true, ...CC_ALIASES),
  col("libelle", "Libellé", false, "Libelle", "Intitulé"),
] as const;

export const ENGAGEMENT_COLUMNS = [
  col("ej", "N° EJ", true, "No EJ", "Numéro EJ", "Numéro d'EJ", "EJ", "N EJ"),
  col("date", "Date", true, "Date EJ", "Date de l'EJ", "Date d'engagement"),
  col("centreFinancier", "Centre financier", true, ...CF_ALIASES),
  col("domaineFonctionnel", "Domaine fonctionnel", true, ...DF_ALIASES),
  col("activite", "Activité", true, ...ACTIVITE_ALIASES),
  col("centreDeCouts", "Centre de coûts", true, ...CC_ALIASES),
  col("fournisseur", "Fournisseur", false, "Fournisseur titulaire", "Titulaire"),
  col("prestation", "Prestation", false, "Nature de prestation"),
  col("montant", "Montant AE", true, "AE", "Montant engagé", "Montant"),
  ext(
    col(
      "poste",
      "N° poste EJ",
      false,
      "Poste EJ",
      "N° de poste EJ",
      "Numéro de poste EJ",
      "N° poste"
    )
  ),
  ext(
    col(
      "compteBudgetaire",
      "Compte budgétaire",
      false,
      "Compte budgetaire",
      "Compte budgétaire - Clé"
    )
  ),
] as const;

export const PAIEMENT_COLUMNS = [
  col("dp", "N° DP", true, "No DP", "Numéro DP", "Numéro de DP", "DP", "N DP"),
  col("date", "Date", true, "Date DP", "Date de paiement", "Date de la DP"),
  col("ej", "N° EJ", true, "No EJ", "Numéro EJ", "Numéro d'EJ", "EJ", "N EJ"),
  col("montant", "Montant CP", true, "CP", "Montant payé", "Montant"),
  ext(col("poste", "N° poste EJ", false, "Poste EJ", "N° de poste EJ", "Numéro de poste EJ")),
  ext(col("posteDp", "N° poste DP", false, "Poste DP", "N° de poste DP", "Numéro de poste DP")),
  ext(col("centreFinancier", "Centre financier", false, ...CF_ALIASES)),
] as const;

export const PREVISION_COLUMNS = [
  col("centreFinancier", "Centre financier", true, ...CF_ALIASES),
  col("mois", "Mois", true, "Période", "Date"),
  col("ae", "AE prévus", false, "AE prévues", "AE prévisionnelles", "Prévision AE"),
  col("cp", "CP prévus", false, "CP prévisionnels", "Prévision CP"),
] as const;

/** Labels of the `Convention` sheet (label in the first column, value in the second). */
export const CONVENTION_FIELDS = [
  col("reference", "Référence", true, "Référence de la convention", "Ref", "Numéro"),
  col("intitule", "Intitulé", false, "Objet", "Titre"),
  col("delegant", "Délégant", true),
  col("delegataire", "Délégataire", true),
  col("signature", "Date de signature", false, "Signature", "Signée le"),
  col("start", "Date de début", false, "Début", "Date d'effet"),
  col("end", "Date de fin", false, "Fin", "Échéance"),
  col("notice", "Préavis (mois)", false, "Préavis", "Préavis en mois"),
  col("threshold", "Seuil d'alerte", false, "Seuil", "Seuil d'alerte (%)"),
] as const;

export const NATURE_RETABLIR = "À rétablir";
export const NATURE_MAD = "Mise à disposition";
export const DEFAULT_NOTICE_MONTHS = 3;
export const DEFAULT_ALERT_THRESHOLD = "0.9";
