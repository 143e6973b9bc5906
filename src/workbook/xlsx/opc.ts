/**
 * Open Packaging Conventions: relationship parts and part-name resolution.
 */
import { findTags, rootPrefix } from "./xmlText";

export interface Relationship {
  readonly id: string;
  /** Full relationship type URI. */
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL_TYPE_WORKSHEET = REL_NS + "/worksheet";
export const REL_TYPE_STYLES = REL_NS + "/styles";

/** The last segment of a relationship type ("worksheet", "table", "officeDocument"…). */
export function relKind(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}

export function parseRels(xml: string): Relationship[] {
  const p = rootPrefix(xml);
  return findTags(xml, p + "Relationship").map(({ attrs }) => ({
    id: attrs.Id ?? "",
    type: attrs.Type ?? "",
    target: attrs.Target ?? "",
    external: attrs.TargetMode === "External",
  }));
}

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" (the package) → "_rels/.rels". */
export function relsPathFor(part: string): string {
  const slash = part.lastIndexOf("/");
  return part.slice(0, slash + 1) + "_rels/" + part.slice(slash + 1) + ".rels";
}

function normalize(segments: string[]): string {
  const out: string[] = [];
  for (const s of segments) {
    if (s === "" || s === ".") continue;
    if (s === "..") out.pop();
    else out.push(s);
  }
  return out.join("/");
}

/** The zip path (no leading slash) a relationship target of `sourcePart` names. */
export function resolveTarget(sourcePart: string, target: string): string {
  const t = target.replace(/\\/g, "/").split("#")[0];
  let decoded = t;
  try {
    decoded = decodeURI(t);
  } catch {
    /* keep as is */
  }
  if (decoded.startsWith("/")) return normalize(decoded.split("/"));
  const dir = sourcePart.slice(0, sourcePart.lastIndexOf("/") + 1);
  return normalize((dir + decoded).split("/"));
}

/** A relative target from `sourcePart` to `targetPart` (both zip paths). */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  const from = sourcePart.split("/").slice(0, -1);
  const to = targetPart.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}

/** An id not used by `rels`: rId<n> with n one more than the largest numbered one. */
export function unusedRelId(rels: readonly Relationship[]): string {
  const used = new Set(rels.map((r) => r.id));
  let n = 1;
  for (const r of rels) {
    const m = /^rId(\d+)$/.exec(r.id);
    if (m) n = Math.max(n, Number(m[1]) + 1);
  }
  while (used.has("rId" + n)) n++;
  return "rId" + n;
}
