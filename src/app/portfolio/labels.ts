/** The portfolio workbook's French words: sheet names, headers, block titles. */
export const SHEET_PORTFOLIO = "Portefeuille";
export const SHEET_ANOMALIES = "Anomalies";
export const SHEET_OUTSIDE = "Hors convention";

export const TITLE = (asOf: string, n: number) =>
  `Portefeuille des conventions au ${asOf} — ${n} convention(s)`;
export const BLOCK_BY_DELEGANT = "Totaux par délégant";
export const BLOCK_BY_YEAR = "Totaux par exercice";
export const BLOCK_DEADLINES =
  "Échéances dans les trois mois (fin de convention ou date limite de préavis)";
export const BLOCK_SKIPPED = "Classeurs écartés";
export const BLOCK_OUTSIDE_TOTALS = "Totaux hors convention par centre financier";
export const NO_DEADLINE = "Aucune échéance dans les trois mois.";
export const NO_CEILING = "(aucun plafond)";
export const TOTAL = "Total";
export const OPEN_REPORT = "Ouvrir le rapport";

export const DEADLINE_KIND = {
  end: "Fin de la convention",
  notice: (months: number) => `Date limite de préavis (${months} mois avant la fin)`,
};

/** The figures' columns, shared by the table and the totals below it (they line up). */
export const FIGURE_HEADERS = [
  "Plafond AE",
  "AE engagées",
  "AE disponibles",
  "Taux d'engagement",
  "Plafond CP",
  "CP payés",
  "CP disponibles",
  "Taux de consommation CP",
  "Restes à payer",
  "AE non consommées (exercice clos)",
  "CP non consommés (exercice clos)",
] as const;

export const ROW_HEADERS = [
  "Fichier",
  "Référence",
  "Délégant",
  "Début",
  "Fin",
  "Centre financier",
  "Exercice",
] as const;
export const TAIL_HEADERS = [
  "Erreurs",
  "Avertissements",
  "Anomalie la plus grave",
  "Rapport",
] as const;
export const GROUP_HEADERS = (what: string) => [what, "Conventions", "", "", "", "", ""];
export const DEADLINE_HEADERS = [
  "Fichier",
  "Référence",
  "Délégant",
  "Échéance",
  "Date",
  "Jours restants",
];
export const SKIPPED_HEADERS = ["Fichier", "Raison"];
export const ANOMALY_HEADERS = [
  "Fichier",
  "Référence",
  "Gravité",
  "Code",
  "Feuille",
  "Ligne",
  "Colonne",
  "Message",
];
export const OUTSIDE_HEADERS = [
  "Extrait",
  "Ligne",
  "Centre financier",
  "Domaine fonctionnel",
  "Activité",
  "Centre de coûts",
  "N° EJ",
  "Fournisseur",
  "AE",
  "CP",
];
export const OUTSIDE_TOTAL_HEADERS = ["Centre financier", "Lignes", "AE", "CP"];
export const SEVERITY = { error: "erreur", warning: "avertissement" } as const;
export const SKIPPED_CODE = "FILE_SKIPPED";
