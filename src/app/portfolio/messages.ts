/** The portfolio's own French sentences and findings, said once for every entry. */
import type { Issue } from "../../domain/issues";
import { formatEuroFr, money } from "../../domain/money";
import type { OutsideLine } from "../../domain/portfolio/outside";

/** An anomaly of the portfolio: a convention's (with its file and reference) or the portfolio's own. */
export interface PortfolioIssue {
  readonly severity: "error" | "warning";
  readonly code: string;
  readonly file: string;
  readonly reference: string | null;
  readonly sheet: string;
  readonly row: number | null;
  readonly column: string | null;
  readonly message: string;
}

export function portfolioIssue(
  i:
    | Issue
    | PortfolioIssue
    | {
        severity: "error" | "warning";
        code: string;
        sheet: string;
        row: number | null;
        column: string | null;
        message: string;
      },
  file: string,
  reference: string | null
): PortfolioIssue {
  return {
    severity: i.severity,
    code: i.code,
    file,
    reference,
    sheet: i.sheet,
    row: i.row,
    column: i.column,
    message: i.message,
  };
}

export const MSG_UNEXPECTED = (why: string) => `lecture impossible (erreur inattendue : ${why})`;

const named = (c: { reference: string | null; file: string }) =>
  `${c.reference ?? "(sans référence)"} (${c.file})`;

export const MSG_AMBIGUOUS = (
  conventions: readonly { reference: string | null; file: string }[],
  line: OutsideLine | null
) =>
  `Ligne autorisée par plusieurs conventions : ${conventions.map(named).join(" et ")}` +
  (line
    ? ` — EJ ${line.ej || "(sans n°)"}, ${line.centreFinancier || "(sans centre financier)"}, AE ${formatEuroFr(money(line.ae))}, CP ${formatEuroFr(money(line.cp))}`
    : "") +
  " ; elle n'est comptée dans aucune : corrigez les imputations de l'une d'elles.";

export const MSG_NOT_CONVENTION_SHARE = (file: string, n: number) =>
  `${n} ligne(s) de l'extrait autorisée(s) par les imputations de ${file}, qui n'a pu être lu comme convention : comptée(s) hors convention.`;

export const MSG_NONE_READ = "aucun classeur de convention n'a pu être lu";
export const MSG_NO_INPUT =
  "indiquez un dossier ou des classeurs : plafond portfolio <dossier|classeurs…>";
