/**
 * The parties: each is named at the head of its block ("Entre … Et …") and given its role by
 * "Ci-après dénommé(e) « le délégant »". A label form ("Délégant : …") is read too.
 * The short names (« MEAE », « la DINUM », "(MTES)") make the workbook's reference.
 */
import { clip, fold, fuzzy, squeeze } from "./normalize";

export type Role = "delegant" | "delegataire";

export interface Party {
  readonly name: string;
  /** Acronym the text gives the party, if any ("DINUM"). */
  readonly short: string | null;
  readonly evidence: string;
}

const ROLE_WORD: Record<Role, RegExp> = {
  delegant: new RegExp(`${fuzzy("delegant")}(?![a-z])`),
  delegataire: new RegExp(fuzzy("delegataire")),
};

/** "Ci-après dénommée « … »", "ci-après désigné « … »", "ci-après « … »". */
const ALIAS_CLAUSE = new RegExp(
  `${fuzzy("ci")}[-\\s]?apres(?:\\s+(?:denomm|design|appel)[a-z]*)?\\s*,?\\s*[«"]`,
  "g"
);
/** Where a party's block starts: "Entre", "Et", "D'une part", "d'autre part". */
const BLOCK_START =
  /(?:^|\n)[ \t]*(?:entre|et|d'une part,?|d'autre part,?)[ \t]*:?[ \t]*(?:\n|$)|\bd'une part\s*,?\s*(?:et\s+)?|\bd'autre part\s*,?\s*/g;
/** Where a party's name ends: its representative, address or seat. */
const NAME_END = /,?\s*\b(?:represent|adresse\b|sise?\s|siege\b|domicili|ci-apres)/;
const LABEL = (role: Role) =>
  new RegExp(
    `(?:^|\\n)[ \\t]*(?:le |la )?${role === "delegant" ? fuzzy("delegant") + "(?![a-z])" : fuzzy("delegataire")}[ \\t]*:[ \\t]*([^\\n]+)`
  );
const ACRONYM = /^[A-Z][A-Z0-9&-]{1,11}$/;

function cleanName(raw: string): string {
  return squeeze(raw)
    .replace(/^(?:d'une part|d'autre part|et)\s*,?\s*/i, "")
    .replace(/^(?:le|la|les)\s+|^l'/i, "")
    .replace(/[\s,;:.]+$/, "")
    .replace(/^./, (c) => c.toUpperCase());
}

function shortName(aliases: readonly string[], name: string): string | null {
  for (const a of aliases) {
    const word = a.replace(/^(?:le|la|les)\s+|^l'/i, "").trim();
    if (ACRONYM.test(word)) return word;
  }
  const inName = /\(([A-Z][A-Z0-9&-]{1,11})\)/.exec(name);
  return inName ? inName[1] : null;
}

/** The quoted names of an alias clause: « le délégant » ou « MEAE », and where they end. */
function aliasesAt(text: string, quote: number): { aliases: string[]; end: number } {
  const QUOTED = /\s*(?:,|ou|et)?\s*[«"]\s*([^»"\n]{1,60}?)\s*[»"]/y;
  const aliases: string[] = [];
  let end = quote;
  QUOTED.lastIndex = quote;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
    aliases.push(m[1]);
    end = QUOTED.lastIndex;
  }
  return { aliases, end };
}

function fromClauses(text: string, folded: string): Partial<Record<Role, Party>> {
  const out: Partial<Record<Role, Party>> = {};
  let previousEnd = 0;
  for (const m of folded.matchAll(ALIAS_CLAUSE)) {
    const { aliases, end } = aliasesAt(text, m.index + m[0].length - 1);
    const role = (["delegant", "delegataire"] as const).find((r) =>
      aliases.some((a) => ROLE_WORD[r].test(fold(a)))
    );
    const blockFrom = Math.max(previousEnd, m.index - 900);
    previousEnd = end;
    if (!role || out[role]) continue;
    // The block starts after the last "Entre"/"Et" before the clause, if any.
    const region = folded.slice(blockFrom, m.index);
    const starts = [...region.matchAll(BLOCK_START)];
    const last = starts[starts.length - 1];
    const from = last ? blockFrom + last.index + last[0].length : blockFrom;
    const block = text.slice(from, m.index);
    const cut = NAME_END.exec(fold(block));
    const name = cleanName(cut ? block.slice(0, cut.index) : block);
    if (name === "" || name.length > 400) continue;
    const short = shortName(aliases, name);
    const shown = short && !name.includes(short) ? `${name} (${short})` : name;
    out[role] = { name: shown, short, evidence: clip(text.slice(from, end), 400) };
  }
  return out;
}

export function findParties(text: string): Partial<Record<Role, Party>> {
  const folded = fold(text);
  const out = fromClauses(text, folded);
  for (const role of ["delegant", "delegataire"] as const) {
    if (out[role]) continue;
    const m = LABEL(role).exec(folded);
    if (!m) continue;
    const from = m.index + m[0].length - m[1].length;
    const name = cleanName(text.slice(from, from + m[1].length));
    if (name !== "")
      out[role] = {
        name,
        short: shortName([], name) ?? (ACRONYM.test(name) ? name : null),
        evidence: clip(text.slice(m.index, m.index + m[0].length)),
      };
  }
  return out;
}
