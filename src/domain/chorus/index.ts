/**
 * Chorus beside the convention: extracts pasted on sheets of the workbook or given as files,
 * and the Chorus referential. An extract stands in for `Engagements` / `Paiements` when the
 * workbook has none (every figure and check then comes from it), and is rapproché with them when
 * it has them.
 */
import type { RawSheet } from "../../grid";
import { yearOf } from "../date";
import type { Issue } from "../issues";
import type { ConventionData, EngagementLine, PaymentLine } from "../model";
import { headerOf } from "../reconcile/checks";
import { readChorusExtract } from "./extract";
import { cfResolver, toLedgers } from "./ledgers";
import { rapprocher, Rapprochement } from "./rapprochement";
import {
  checkReferential,
  CodeUse,
  readReferential,
  Referential,
  referentialField,
} from "./referential";
import type { ChorusExtract, ChorusInput } from "./types";
import { minOf } from "../arrays";

export type { ChorusExtract, ChorusInput, ChorusLine } from "./types";
export type { Rapprochement, Comparison, EjComparison, UoComparison } from "./rapprochement";
export { readChorusExtract, locateExtract } from "./extract";
export { SCAN_ROWS } from "./layout";
export { readReferential, referentialField } from "./referential";
export { MSG_NOT_AN_EXTRACT } from "./messages";

export interface ChorusOptions {
  /** Extracts given beside the workbook (`--chorus`). */
  readonly chorus?: readonly ChorusInput[];
  /**
   * Drop each extract's rows once read (the command line's single report: a large extract then
   * holds no memory through the reconciliation). Not for a portfolio, which reads an extract's
   * shares again for each convention.
   */
  readonly releaseAfterReading?: boolean;
  /** Called once the extracts are read and released (the command line collects their garbage then). */
  readonly afterReading?: () => void;
  /** Sheets of a referential workbook (`--referential`). */
  readonly referential?: readonly RawSheet[];
}

export interface ChorusSource {
  /** The file as given, or the sheet's name for an extract pasted in the workbook. */
  readonly file: string;
  /** The sheet read, for an extract pasted in the workbook or taken from an .xlsx file. */
  readonly sheet: string | null;
  readonly rows: number;
  readonly skipped: number;
  readonly exercice: number | null;
}

export interface ChorusOutcome {
  readonly sources: readonly ChorusSource[];
  /** Null when the workbook has neither `Engagements` nor `Paiements` to compare. */
  readonly rapprochement: Rapprochement | null;
  /** Names that issues point to but that are no sheet of the workbook (files). */
  readonly external: ReadonlySet<string>;
  /** Referential sheets used, by kind of code. */
  readonly referential: readonly string[];
}

/** An extract pasted on a sheet: rows numbered as Excel shows them. */
export function sheetInput(sheet: RawSheet): ChorusInput {
  return {
    name: sheet.name,
    file: null,
    values: sheet.values,
    rowOf: (i) => sheet.origin.row + i + 1,
    colOffset: sheet.origin.col,
  };
}

function append<T>(target: T[], items: readonly T[]): void {
  // Not push(...items): hundreds of thousands of arguments overflow the stack.
  for (const item of items) target.push(item);
}

function* codeUses(data: ConventionData, extracts: readonly ChorusExtract[]): Generator<CodeUse> {
  const fields = ["domaineFonctionnel", "activite", "centreDeCouts"] as const;
  for (const i of data.imputations) {
    const column = (f: string) => headerOf(data.columns, i.sheet, f);
    yield {
      field: "programme",
      code: i.centreFinancier.slice(0, 4),
      sheet: i.sheet,
      row: i.row,
      column: column("centreFinancier"),
    };
    yield {
      field: "centreFinancier",
      code: i.centreFinancier,
      sheet: i.sheet,
      row: i.row,
      column: column("centreFinancier"),
    };
    // The Libellé of an imputation names the combination, not one code: not given as a label.
    for (const f of fields)
      yield { field: f, code: i[f], sheet: i.sheet, row: i.row, column: column(f) };
  }
  for (const e of data.engagements) {
    yield {
      field: "centreFinancier",
      code: e.centreFinancier,
      sheet: e.sheet,
      row: e.row,
      column: headerOf(data.columns, e.sheet, "centreFinancier"),
    };
    for (const f of fields)
      yield {
        field: f,
        code: e[f],
        sheet: e.sheet,
        row: e.row,
        column: headerOf(data.columns, e.sheet, f),
      };
  }
  for (const x of extracts) {
    const at = (f: string) => x.columns[f]?.header ?? null;
    const label = (f: Parameters<typeof x.labels.get>[0], code: string) =>
      x.labels.get(f)?.get(code);
    for (const l of x.lines) {
      for (const f of ["programme", "centreFinancier", ...fields, "groupeMarchandises"] as const) {
        yield {
          field: f,
          code: l[f],
          sheet: x.name,
          row: l.row,
          column: at(f),
          label: label(f, l[f]),
        };
      }
    }
  }
}

/**
 * Reads the extracts and referential found among the other sheets or given as options, and
 * returns the data the reconciliation then works on. Null when there is no Chorus input at all.
 */
export function withChorus(
  data: ConventionData,
  present: { readonly engagements: boolean; readonly paiements: boolean },
  others: readonly RawSheet[],
  options: ChorusOptions
): { data: ConventionData; issues: Issue[]; outcome: ChorusOutcome } | null {
  const extracts: ChorusExtract[] = [];
  const refSheets: RawSheet[] = [...(options.referential ?? [])];
  for (const sheet of others) {
    const extract = readChorusExtract(sheetInput(sheet));
    if (extract) extracts.push(extract);
    else if (referentialField(sheet.name) !== null) refSheets.push(sheet);
  }
  for (const input of options.chorus ?? []) {
    const extract = readChorusExtract(input);
    if (options.releaseAfterReading) input.release?.();
    if (extract) extracts.push(extract);
  }
  options.afterReading?.();
  const referential: Referential = readReferential(refSheets);
  if (extracts.length === 0 && referential.size === 0) return null;

  const issues: Issue[] = [];
  for (const e of extracts) append(issues, e.issues);
  const resolve = cfResolver(data.imputations);
  const withCeiling = new Set(data.ceilings.map((c) => c.centreFinancier));
  const ceilingYears = data.ceilings.map((c) => c.year);
  const startYear = data.info.start
    ? yearOf(data.info.start)
    : ceilingYears.length
      ? minOf(ceilingYears)
      : 0;

  const useAE = !present.engagements && extracts.some((e) => e.hasAE);
  const useCP = !present.paiements && extracts.some((e) => e.hasCP);
  const engagements: EngagementLine[] = [...data.engagements];
  const payments: PaymentLine[] = [...data.payments];
  if (useAE || useCP) {
    for (const e of extracts) {
      const ledgers = toLedgers(e, resolve, startYear);
      if (useAE) append(engagements, ledgers.engagements);
      if (useCP) append(payments, ledgers.payments);
      append(issues, ledgers.issues);
    }
  }
  const rapprochement =
    extracts.length > 0 && (present.engagements || present.paiements)
      ? rapprocher({
          workbook: data,
          sides: { ae: present.engagements, cp: present.paiements },
          extracts,
          resolve,
          withCeiling,
          startYear,
        })
      : null;
  if (rapprochement) append(issues, rapprochement.issues);
  if (referential.size > 0) {
    append(issues, checkReferential(referential, codeUses(data, extracts)));
  }

  const columns = { ...data.columns };
  for (const e of extracts) columns[e.name] = e.columns;
  // The sheet each input came from, by name: one lookup per extract, not a search of the inputs.
  const sheetOf = new Map<string, string | undefined>();
  for (const i of options.chorus ?? []) if (!sheetOf.has(i.name)) sheetOf.set(i.name, i.sheet);
  const sources = extracts.map((e) => ({
    file: e.file ?? e.name,
    sheet: e.file === null ? e.name : (sheetOf.get(e.name) ?? null),
    rows: e.rows,
    skipped: e.skipped,
    exercice: e.exercice,
  }));
  return {
    data: { ...data, engagements, payments, columns },
    issues,
    outcome: {
      sources,
      rapprochement,
      external: new Set(extracts.filter((e) => e.file !== null).map((e) => e.name)),
      referential: [...referential.values()].map((t) => t.sheet),
    },
  };
}
