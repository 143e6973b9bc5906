/**
 * Why an input cannot be read as an .xlsx workbook. `message` is one line of French for the
 * user (the command line prints it as is); `code` is for programs and tests.
 */
export type XlsxReadErrorCode =
  | "EMPTY"
  | "NOT_XLSX"
  | "OLE"
  | "TEXT"
  | "ODS"
  | "XLSB"
  | "NO_WORKBOOK"
  | "STRICT"
  | "TOO_LARGE"
  | "CORRUPT"
  | "NO_SHEET";

import { UnreadableInput } from "../../grid";

export class XlsxReadError extends UnreadableInput {
  readonly code: XlsxReadErrorCode;

  constructor(code: XlsxReadErrorCode, message: string = XLSX_MESSAGES[code]) {
    super(message);
    this.name = "XlsxReadError";
    this.code = code;
    Object.setPrototypeOf(this, XlsxReadError.prototype);
  }
}

export const XLSX_MESSAGES: Readonly<Record<XlsxReadErrorCode, string>> = {
  EMPTY: "Le fichier est vide : ce n'est pas un classeur Excel (.xlsx).",
  NOT_XLSX: "Le fichier n'est pas un classeur Excel (.xlsx) lisible.",
  OLE:
    "Le fichier est un classeur protégé par mot de passe ou au format Excel 97-2003 (.xls) : " +
    "enregistrez-le au format .xlsx sans mot de passe.",
  TEXT:
    "Le fichier est un fichier texte (CSV ou autre), pas un classeur Excel : " +
    "ouvrez-le dans Excel et enregistrez-le au format .xlsx.",
  ODS:
    "Le fichier est un classeur OpenDocument (LibreOffice, .ods) : " +
    "enregistrez-le au format Classeur Excel (.xlsx).",
  XLSB: "Le fichier est un classeur Excel binaire (.xlsb) : enregistrez-le au format Classeur Excel (.xlsx).",
  NO_WORKBOOK:
    "Le fichier est une archive zip mais pas un classeur Excel : la partie xl/workbook.xml est absente.",
  STRICT:
    "Le classeur est au format « Strict Open XML », que Plafond ne lit pas : " +
    "enregistrez-le au format « Classeur Excel (.xlsx) » standard.",
  TOO_LARGE:
    "Le fichier est trop volumineux une fois décompressé (plus de 1,5 Go) : Plafond refuse de le lire.",
  CORRUPT:
    "Le fichier est endommagé : une partie du classeur ne peut pas être décompressée ou lue.",
  NO_SHEET: "La feuille demandée n'existe pas dans le classeur.",
};

/** The error for a part that inflates beyond what the zip directory announced. */
export function inflatedBeyondDeclared(part: string): XlsxReadError {
  return new XlsxReadError(
    "TOO_LARGE",
    `Le fichier est endommagé ou malveillant : la partie ${part} se décompresse au-delà de la taille annoncée.`
  );
}

export function corruptPart(part: string): XlsxReadError {
  return new XlsxReadError(
    "CORRUPT",
    `Le fichier est endommagé : la partie ${part} ne peut pas être lue.`
  );
}

export function missingSheet(name: string): XlsxReadError {
  return new XlsxReadError("NO_SHEET", `La feuille « ${name} » n'existe pas dans le classeur.`);
}

/** Two zip entries for one part name (names are case-insensitive): readers disagree on which wins. */
export function duplicatePart(part: string): XlsxReadError {
  return new XlsxReadError(
    "CORRUPT",
    `Le fichier est endommagé ou ambigu : la partie ${part} y figure deux fois ; Excel et les autres lecteurs ne liraient pas les mêmes données.`
  );
}

/** An entry whose bytes do not match their CRC-32: damaged in transit or altered. */
export function crcMismatch(part: string): XlsxReadError {
  return new XlsxReadError(
    "CORRUPT",
    `Le fichier est endommagé : la partie ${part} ne correspond pas à sa somme de contrôle (CRC-32).`
  );
}
