/**
 * Reading a convention's text into the contract's workbook: pure and host-free, so that the
 * command line and the task pane give the same result. `importConvention` never invents: what
 * the text does not state stays null and is listed in `unresolved`; every figure found carries
 * the sentence it was read from in `evidence`.
 */
import { endOfYear, type IsoDate, yearOf } from "../date";
import { type CeilingFound, pairCeilings } from "./ceilings";
import { type DateFindings, endAfterMonths, findDates } from "./dates";
import { findImputations, type ImputationFound } from "./imputations";
import { cfMentions } from "./lexicon";
import * as M from "./messages";
import { normalizeText } from "./normalize";
import { findParties } from "./parties";
import type { Evidence, ImportedCeiling, ImportedImputation, ImportResult } from "./result";
import { scanItems } from "./scan";
import { appendAll, minOf } from "../arrays";

export type {
  Evidence,
  ImportedCeiling,
  ImportedImputation,
  ImportJson,
  ImportResult,
} from "./result";
export { importResultJson } from "./result";
export { describeField, importedSheets, type CellStyle, type ImportedSheet } from "./sheets";
export { normalizeText } from "./normalize";

interface Period {
  signature: IsoDate | null;
  start: IsoDate | null;
  end: IsoDate | null;
}

/** The year of "jusqu'au 31 décembre de la même année", and where it comes from. */
function sameYear(
  signature: IsoDate | null,
  start: IsoDate | null,
  titleYear: number | null,
  ceilingYears: readonly number[]
): { year: number; from: string } | null {
  if (signature !== null) return { year: yearOf(signature), from: M.FROM_SIGNATURE };
  if (start !== null) return { year: yearOf(start), from: M.FROM_START };
  if (titleYear !== null) return { year: titleYear, from: M.FROM_TITLE };
  // Credits are annual: a schedule of one single year is the year of the convention.
  const years = [...new Set(ceilingYears)];
  return years.length === 1 ? { year: years[0], from: M.FROM_CEILINGS } : null;
}

/** Start and end from what the period article says, once the ceilings' years are known. */
function resolvePeriod(
  d: DateFindings,
  ceilingYears: readonly number[],
  evidence: Evidence[]
): Period {
  const signature = d.signature?.value ?? null;
  if (d.signature) evidence.push({ field: "signature", text: d.signature.text });
  let start = d.start?.value ?? null;
  if (d.start) evidence.push({ field: "start", text: d.start.text });
  else if (d.startAtSignature && signature) {
    start = signature;
    evidence.push({ field: "start", text: d.startAtSignature, note: M.NOTE_AT_SIGNATURE });
  }
  let end = d.end?.value ?? null;
  if (d.end) evidence.push({ field: "end", text: d.end.text });
  else if (d.endSameYear) {
    const same = sameYear(signature, start, d.signatureYear, ceilingYears);
    if (same) {
      end = endOfYear(same.year);
      evidence.push({
        field: "end",
        text: d.endSameYear,
        note: M.NOTE_SAME_YEAR(same.year, same.from),
      });
    }
  } else if (d.durationMonths && start) {
    end = endAfterMonths(start, d.durationMonths.value);
    if (end)
      evidence.push({
        field: "end",
        text: d.durationMonths.text,
        note: M.NOTE_DURATION(d.durationMonths.value),
      });
  } else if (!d.durationMonths) {
    // Credits are annual (domain.md): a convention whose text states no end, with a schedule of
    // one single year, runs to 31 December of that year. Said in Sources, never silent.
    const years = [...new Set(ceilingYears)];
    if (years.length === 1) {
      end = endOfYear(years[0]);
      evidence.push({ field: "end", text: M.ANNUAL_RULE_TEXT, note: M.NOTE_ANNUAL(years[0]) });
    }
  }
  return { signature, start, end };
}

function ceilingsOf(
  found: readonly CeilingFound[],
  evidence: Evidence[],
  unresolved: string[]
): ImportedCeiling[] {
  if (found.length === 0) unresolved.push("ceilings");
  return found.map((c, i) => {
    if (c.year === null) unresolved.push(`ceilings[${i}].year`);
    for (const credit of ["ae", "cp"] as const) {
      const text = credit === "ae" ? c.aeText : c.cpText;
      if (c[credit] === null) unresolved.push(`ceilings[${i}].${credit}`);
      else if (text) evidence.push({ field: `ceilings[${i}].${credit}`, text });
    }
    return {
      centreFinancier: c.centreFinancier,
      year: c.year,
      financeur: c.financeur,
      nature: c.nature,
      ae: c.ae,
      cp: c.cp,
    };
  });
}

function imputationsOf(
  found: readonly ImputationFound[],
  ceilings: readonly ImportedCeiling[],
  evidence: Evidence[],
  unresolved: string[]
): ImportedImputation[] {
  if (found.length === 0) unresolved.push("imputations");
  return found.map((imp, i) => {
    for (const field of [
      "centreFinancier",
      "domaineFonctionnel",
      "activite",
      "centreDeCouts",
    ] as const) {
      const text = imp.evidence[field];
      if (imp[field] === "") unresolved.push(`imputations[${i}].${field}`);
      else if (text) evidence.push({ field: `imputations[${i}].${field}`, text });
    }
    const financeurs = [
      ...new Set(
        ceilings
          .filter((c) => c.centreFinancier === imp.centreFinancier && c.financeur)
          .map((c) => c.financeur as string)
      ),
    ];
    const { centreFinancier, domaineFonctionnel, activite, centreDeCouts } = imp;
    return {
      centreFinancier,
      domaineFonctionnel,
      activite,
      centreDeCouts,
      libelle: M.FINANCEURS_LABEL(financeurs),
    };
  });
}

/** UOs with credits but no authorised imputation, or the reverse: the workbook would not hold together. */
function crossCheck(
  ceilings: readonly ImportedCeiling[],
  imputations: readonly ImportedImputation[],
  unresolved: string[]
): void {
  const withCeiling = new Set(ceilings.map((c) => c.centreFinancier));
  const withImputation = new Set(imputations.map((i) => i.centreFinancier));
  if (imputations.length > 0)
    for (const cf of withCeiling)
      if (!withImputation.has(cf)) unresolved.push(`imputations[${cf}]`);
  if (ceilings.length > 0)
    for (const cf of withImputation)
      if (cf && !withCeiling.has(cf)) unresolved.push(`ceilings[${cf}]`);
}

const yearsOf = (list: readonly { year: number | null }[]) =>
  list.map((c) => c.year).filter((y): y is number => y !== null);

/** "MTES-DINUM-2020": conventions state no reference of their own; the workbook needs one. */
function referenceOf(
  a: string | null | undefined,
  b: string | null | undefined,
  period: Period,
  titleYear: number | null,
  years: readonly number[]
): string | null {
  const dated = period.signature ?? period.start ?? period.end;
  const year = dated ? yearOf(dated) : (titleYear ?? (years.length ? minOf(years) : null));
  return a && b && year !== null ? `${a}-${b}-${year}` : null;
}

export function importConvention(raw: string): ImportResult {
  const text = normalizeText(raw);
  const parties = findParties(text);
  const dates = findDates(text);
  const exclude = new Set([parties.delegataire?.short].filter((s): s is string => !!s));
  const stated = dates.signature?.value ?? dates.start?.value ?? dates.end?.value ?? null;
  const paired = pairCeilings(
    scanItems(text, exclude),
    stated ? yearOf(stated) : dates.signatureYear
  );
  const periodEvidence: Evidence[] = [];
  const period = resolvePeriod(dates, yearsOf(paired.ceilings), periodEvidence);

  const figureEvidence: Evidence[] = [];
  const figureUnresolved: string[] = [];
  const ceilings = ceilingsOf(paired.ceilings, figureEvidence, figureUnresolved);
  const imps = findImputations(text, [...new Set(cfMentions(text).map((m) => m.code))]);
  const imputations = imputationsOf(imps.imputations, ceilings, figureEvidence, figureUnresolved);
  crossCheck(ceilings, imputations, figureUnresolved);

  const reference = referenceOf(
    parties.delegant?.short,
    parties.delegataire?.short,
    period,
    dates.signatureYear,
    yearsOf(ceilings)
  );
  const head = {
    reference,
    delegant: parties.delegant?.name ?? null,
    delegataire: parties.delegataire?.name ?? null,
    ...period,
    noticeMonths: dates.notice?.value ?? null,
  };
  const evidence: Evidence[] = [];
  if (parties.delegant) evidence.push({ field: "delegant", text: parties.delegant.evidence });
  if (parties.delegataire)
    evidence.push({ field: "delegataire", text: parties.delegataire.evidence });
  if (reference) evidence.push({ field: "reference", text: reference, note: M.NOTE_REFERENCE });
  appendAll(evidence, periodEvidence);
  if (dates.notice) evidence.push({ field: "noticeMonths", text: dates.notice.text });

  return {
    ...head,
    ceilings,
    imputations,
    evidence: [...evidence, ...figureEvidence],
    unresolved: [
      ...Object.keys(head).filter((k) => head[k as keyof typeof head] === null),
      ...figureUnresolved,
    ],
    warnings: [...paired.warnings, ...imps.warnings],
  };
}
