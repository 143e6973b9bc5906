/** The French words of the pane's import (a convention's text or PDF → the contract's sheets). */

const quoted = (names: readonly string[]) => names.map((n) => `« ${n} »`).join(", ");

export const IMPORT_TITLE = "Importer une convention";
export const IMPORT_INTRO =
  "Collez le texte de la convention signée, ou choisissez son fichier (PDF ou texte) : Plafond en lit les parties, les dates, les plafonds et les imputations, sans rien envoyer.";
export const TEXT_LABEL = "Texte de la convention";
export const FILE_LABEL = "Ou son fichier (PDF ou texte)";
export const READ_BUTTON = "Lire la convention";
export const CREATE_BUTTON = "Créer les feuilles";
export const READING = "Lecture de la convention…";
export const CREATING = "Création des feuilles…";
export const MSG_NOTHING_TO_READ =
  "Collez le texte de la convention ou choisissez son fichier (PDF ou texte).";
export const MSG_TEXT_FROM_FILE = (file: string) =>
  `Texte lu dans ${file} : vous pouvez le corriger ci-dessus, puis relire la convention.`;

export const MSG_FILE_UNREADABLE = (file: string, why: string) =>
  `${file} n'a pas pu être lu : ${why}.`;

export const TARGET_EXCEL =
  "Les feuilles Convention, Plafonds, Imputations, Engagements, Paiements, Prévisions et Sources seront ajoutées au classeur ouvert ; aucune feuille existante n'est modifiée.";
export const TARGET_NEW_WORKBOOK =
  "Un nouveau classeur (Convention, Plafonds, Imputations, Engagements, Paiements, Prévisions, Sources) vous sera proposé au téléchargement ; aucun fichier n'est modifié.";

export const MSG_SHEETS_EXIST = (names: readonly string[]) =>
  `Le classeur contient déjà ${names.length > 1 ? "les feuilles" : "la feuille"} ${quoted(names)} : Plafond n'écrase jamais une feuille, rien n'a été écrit. Importez la convention dans un nouveau classeur vide (Fichier › Nouveau), puis ouvrez-y le volet Plafond.`;
export const MSG_CREATED = (names: readonly string[]) =>
  `Feuilles ${quoted(names)} créées. Complétez ce qui manque (voir la feuille « Sources »), puis saisissez l'exécution dans Engagements et Paiements.`;
export const MSG_CREATED_DOWNLOAD =
  "Classeur créé. Complétez ce qui manque (voir sa feuille « Sources »), puis saisissez l'exécution dans Engagements et Paiements :";

/** What the findings call each part. */
export const FOUND_TITLE = "Ce que dit la convention";
export const NOT_FOUND = "non trouvé";
export const SHOW_SOURCE = "Voir la phrase source";
export const HIDE_SOURCE = "Masquer la phrase source";
export const PENDING = "à rétablir";
export const TO_COMPLETE_TITLE = "À compléter dans le classeur";
export const WARNINGS_TITLE = "À vérifier";
