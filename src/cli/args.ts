/** Parses `plafond <command> <file> [options]` without a dependency. */
export interface CliArgs {
  readonly command: string | null;
  readonly positional: readonly string[];
  readonly out: string | null;
  readonly asOf: string | null;
  readonly json: boolean;
  /** List the EJs still open at any date (at term they always are). */
  readonly openEj: boolean;
  readonly chorus: readonly string[];
  readonly referential: string | null;
  /** `--pdf <file.pdf>`: the Rapport as a PDF too. */
  readonly pdf: string | null;
  /** `portfolio --reports <dossier>`: where the Rapport copies go. */
  readonly reports: string | null;
  readonly help: boolean;
}

export class UsageError extends Error {}

const WITH_VALUE = new Set(["--out", "--as-of", "--chorus", "--referential", "--pdf", "--reports"]);

export function parseArgs(argv: readonly string[]): CliArgs {
  const positional: string[] = [];
  const values: Record<string, string[]> = {};
  let json = false;
  let openEj = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--json") json = true;
    else if (arg === "--open-ej") openEj = true;
    else if (arg === "--help" || arg === "-h") help = true;
    else if (arg.startsWith("--")) {
      const [name, inline] = arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
      if (!WITH_VALUE.has(name)) throw new UsageError(`option inconnue : ${name}`);
      const value = inline ?? argv[++i];
      if (value === undefined || value === "")
        throw new UsageError(`l'option ${name} attend une valeur`);
      (values[name] ??= []).push(value);
    } else positional.push(arg);
  }
  const one = (name: string) => {
    const list = values[name] ?? [];
    if (list.length > 1) throw new UsageError(`l'option ${name} n'est acceptée qu'une fois`);
    return list[0] ?? null;
  };
  return {
    command: positional[0] ?? null,
    positional: positional.slice(1),
    out: one("--out"),
    asOf: one("--as-of"),
    json,
    openEj,
    chorus: values["--chorus"] ?? [],
    referential: one("--referential"),
    pdf: one("--pdf"),
    reports: one("--reports"),
    help,
  };
}

export const USAGE = `Usage :
  plafond report <classeur.xlsx> [--out <copie.xlsx>] [--as-of AAAA-MM-JJ] [--json] [--open-ej]
                 [--pdf <rapport.pdf>]
                 [--chorus <extrait.csv|.xlsx>]… [--referential <calculette.xlsx>]

  Lit le classeur de convention, rapproche AE et CP des plafonds, écrit une copie du classeur
  avec la feuille « Rapport » (par défaut <nom>.rapport.xlsx à côté du classeur ; le classeur
  d'origine n'est jamais modifié) et affiche la synthèse (--json : le résumé JSON).
  --pdf écrit aussi le Rapport en PDF (A4 paysage, polices incluses), sans Excel ni LibreOffice.
  --chorus (répétable) lit un extrait Chorus (INFBUD53, extraits AIFE) : il tient lieu des
  feuilles Engagements / Paiements absentes, ou leur est rapproché ; --referential signale les
  codes absents du référentiel Chorus. --open-ej liste les EJ non soldés (restes à payer) à la
  date de situation ; ils le sont toujours au terme de la convention.
  Code de sortie : 0 rapport produit (anomalies comprises), 2 classeur illisible ou usage
  incorrect, 3 copie impossible à écrire.

  plafond portfolio <dossier|classeurs…> [--chorus <extrait>]… [--as-of AAAA-MM-JJ]
                    [--out <portefeuille.xlsx>] [--reports <dossier>] [--json]

  Lit chaque classeur de convention (un dossier est parcouru avec ses sous-dossiers ; un fichier
  qui n'est pas une convention est écarté, avec la raison), répartit l'extrait Chorus entre les
  conventions selon leurs imputations, et écrit un NOUVEAU classeur (portefeuille.xlsx par
  défaut ; jamais un fichier existant) : feuilles « Portefeuille », « Anomalies » et, avec un
  extrait, « Hors convention ». --reports écrit aussi la copie avec le Rapport de chacune.
  Code de sortie : 0 au moins une convention lue, 2 aucune (ou usage incorrect), 3 écriture
  impossible.`;
