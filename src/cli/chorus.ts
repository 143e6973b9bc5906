/** The terminal lines about Chorus: sources read, then the rapprochement's findings. */
import type { Summary } from "../app/report";

export function formatChorus(s: Summary): string[] {
  if (!s.chorus) return [];
  const out = [""];
  for (const c of s.chorus) {
    out.push(
      `Extrait Chorus ${c.file}${c.sheet && c.sheet !== c.file ? ` (feuille ${c.sheet})` : ""} : ${c.rows} ligne(s) lue(s), ${c.skipped} ignorée(s)`
    );
  }
  const r = s.reconciliation;
  if (r) {
    out.push(
      `Rapprochement : ${r.matched} EJ rapproché(s), ${r.onlyInWorkbook.length} seulement dans le classeur, ${r.onlyInChorus.length} seulement dans Chorus, ${r.mismatches.length} en écart`
    );
  }
  return out;
}
