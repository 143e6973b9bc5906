/** Node's error codes in the user's words: a French line never shows "ENOSPC". */
const WORDS: Readonly<Record<string, string>> = {
  ENOSPC: "disque plein",
  EDQUOT: "quota disque dépassé",
  ERR_FS_FILE_TOO_LARGE: "fichier trop volumineux",
  EFBIG: "fichier trop volumineux",
  EACCES: "accès refusé",
  EPERM: "opération non permise",
  EROFS: "système de fichiers en lecture seule",
  ENAMETOOLONG: "nom de fichier trop long",
  ENOENT: "dossier ou fichier introuvable",
  ENOTDIR: "un élément du chemin n'est pas un dossier",
  EISDIR: "c'est un dossier",
  EEXIST: "le fichier existe déjà",
  EBUSY: "fichier utilisé par un autre programme",
  EMFILE: "trop de fichiers ouverts",
  EIO: "erreur d'entrée-sortie du disque",
  EXDEV: "dossier sur un autre disque",
  ELOOP: "trop de liens symboliques",
};

/** The French words for a failed file operation, falling back on the message. */
export function why(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code && WORDS[code]) return WORDS[code];
  if (e instanceof RangeError) return WORDS.ERR_FS_FILE_TOO_LARGE;
  return code ?? (e as Error)?.message ?? String(e);
}
