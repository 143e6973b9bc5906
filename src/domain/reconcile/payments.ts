import { issue } from "../issues";
import type { PaymentLine } from "../model";
import { Tally, toMoney } from "../tally";
import {
  dpBucket,
  duplicates,
  headerOf,
  isWellFormedCf,
  outsidePeriod,
  samePayment,
} from "./checks";
import type { CfState, Ctx } from "./context";
import { addPaid, overpaid, type EjInfo } from "./ej-info";
import { isLater } from "./later";
import type { LineAcc } from "./lines";
import {
  MSG_AMBIGUOUS,
  MSG_CP_EXCEEDS_EJ,
  MSG_DP_BEFORE_EJ,
  MSG_DUPLICATE_PAYMENT,
  MSG_EJ_UNKNOWN,
  MSG_EJ_UNKNOWN_COUNTED,
  MSG_NO_EJ_NO_CF,
  MSG_UO_WITHOUT_CEILING,
} from "./messages";

/** The UO-year a payment counts on, or null (reported) when its centre financier has no ceiling. */
function accOf(
  ctx: Ctx,
  p: PaymentLine,
  cf: string,
  own: boolean,
  st: CfState = ctx.cfState(cf)
): LineAcc | null {
  if (!st.counts) {
    if (own && st.wellFormed) {
      ctx.issues.push(
        issue(
          "UO_WITHOUT_CEILING",
          p.sheet,
          p.row,
          headerOf(ctx.columns, p.sheet, "centreFinancier"),
          MSG_UO_WITHOUT_CEILING(cf)
        )
      );
    }
    return null;
  }
  // CP are annual: a payment consumes the CP of the year it is made in.
  return ctx.lines.inYears(st.years!, cf, ctx.yearOfDate(p.date));
}

function count(ctx: Ctx, p: PaymentLine, acc: LineAcc): void {
  acc.paid.add(p.amount);
  ctx.daily.add(ctx.daily.paid, p.date, p.amount);
  acc.firstPayment ??= { sheet: p.sheet, row: p.row };
}

/** A payment without EJ (flux 4) consumes AE and CP together, on its own centre financier. */
function withoutEj(ctx: Ctx, p: PaymentLine, index: number): void {
  const cf = p.centreFinancier ?? "";
  if (cf === "") {
    ctx.issues.push(
      issue("EJ_UNKNOWN", p.sheet, p.row, headerOf(ctx.columns, p.sheet, "ej"), MSG_NO_EJ_NO_CF)
    );
    return;
  }
  const acc = accOf(ctx, p, cf, true);
  if (!acc) return;
  count(ctx, p, acc);
  acc.engaged.add(p.amount);
  acc.noEjEvents.push(index);
  ctx.daily.add(ctx.daily.engaged, p.date, p.amount);
}

function unknownEj(ctx: Ctx, p: PaymentLine): void {
  const cf = p.centreFinancier ?? "";
  const column = headerOf(ctx.columns, p.sheet, "ej");
  const acc = cf === "" ? null : accOf(ctx, p, cf, true);
  if (!acc) {
    ctx.issues.push(issue("EJ_UNKNOWN", p.sheet, p.row, column, MSG_EJ_UNKNOWN(p.ej)));
    return;
  }
  ctx.issues.push(
    issue("EJ_UNKNOWN", p.sheet, p.row, column, MSG_EJ_UNKNOWN_COUNTED(p.ej, cf), "warning")
  );
  count(ctx, p, acc);
  acc.unknownPaid.add(p.amount);
}

/** Its own centre financier, else its poste's, else its EJ's (the dominant one, with a warning when spread). */
function targetCf(ctx: Ctx, p: PaymentLine, ej: EjInfo): { cf: string | null; own: boolean } {
  // A malformed own centre financier (reported as CF_FORMAT when read) gives way to the EJ's.
  if (p.centreFinancier && isWellFormedCf(p.centreFinancier))
    return { cf: p.centreFinancier, own: true };
  // Only an EJ spread over several centres financiers keeps its postes: on one, all are there.
  const byPoste = p.poste ? ej.postes?.get(p.poste) : undefined;
  if (byPoste !== undefined) return { cf: byPoste, own: false };
  if (ej.spread && ej.centreFinancier !== null) {
    ctx.issues.push(
      issue(
        "PAYMENT_IMPUTATION_AMBIGUOUS",
        p.sheet,
        p.row,
        headerOf(ctx.columns, p.sheet, "ej"),
        MSG_AMBIGUOUS(p.ej, ej.centreFinancier)
      )
    );
  }
  return { cf: ej.centreFinancier, own: false };
}

function onEj(ctx: Ctx, p: PaymentLine, ej: EjInfo): void {
  const { columns, issues } = ctx;
  if (p.date !== null && ej.firstDate !== null && p.date < ej.firstDate) {
    issues.push(
      issue(
        "DP_BEFORE_EJ",
        p.sheet,
        p.row,
        headerOf(columns, p.sheet, "date"),
        MSG_DP_BEFORE_EJ(p.ej, p.date, ej.firstDate)
      )
    );
  }
  const wasWithin = !overpaid(ej);
  addPaid(ej, p.amount);
  if (wasWithin && overpaid(ej)) {
    issues.push(
      issue(
        "CP_EXCEEDS_EJ",
        p.sheet,
        p.row,
        headerOf(columns, p.sheet, "montant"),
        MSG_CP_EXCEEDS_EJ(p.ej, toMoney(ej.paid), toMoney(ej.engaged))
      )
    );
  }
  const { cf, own } = targetCf(ctx, p, ej);
  // On the EJ's own centre financier, its state is kept on the EJ: no lookup by text, which
  // reads that text wherever it lies in memory (payments in date order: a cache miss each).
  const st = !own && cf === ej.centreFinancier && ej.cfState ? ej.cfState : undefined;
  const acc = cf === null ? null : accOf(ctx, p, cf, own, st);
  if (acc) count(ctx, p, acc);
  const where = acc ? cf! : "";
  if (where !== ej.centreFinancier) {
    const map = (ej.paidElsewhere ??= new Map());
    let t = map.get(where);
    if (!t) map.set(where, (t = new Tally()));
    t.add(p.amount);
  }
}

/** One pass over the payments dated by the reporting date; a payment line entered twice counts once. */
export function readPayments(ctx: Ctx): void {
  const { data, asOf, ejs } = ctx;
  const payments = data.payments;
  const flags = new Uint8Array(payments.length);
  const current = (p: PaymentLine) => !isLater(p, asOf);
  const dups = duplicates(payments, dpBucket, samePayment, ctx.columns, "dp", {
    include: current,
    flags,
    message: MSG_DUPLICATE_PAYMENT,
  });
  for (const d of dups) ctx.issues.push(d);
  for (let i = 0; i < payments.length; i++) {
    const p = payments[i];
    if (!current(p)) {
      ctx.later.payments++;
      continue;
    }
    if (flags[i]) continue;
    const outside = outsidePeriod("Paiement", p, ctx.info.start, ctx.info.end, ctx.columns);
    if (outside) ctx.issues.push(outside);
    if (p.ej === "") {
      withoutEj(ctx, p, i);
      continue;
    }
    const ej = ejs.get(p.ej);
    if (ej) onEj(ctx, p, ej);
    else unknownEj(ctx, p);
  }
}
