/**
 * fast-check arbitraries for whole convention workbooks with noise (blank cells and rows,
 * malformed codes, French text amounts, negative lines, duplicates, bad dates, error values),
 * and an oracle that says, from the generated model alone, what the totals must be.
 * Amounts are whole cents so that the contract's identities hold exactly on printed figures.
 */
import fc from "fast-check";
import { CEIL_HEADER, ENG_HEADER, PAY_HEADER } from "./base";
import type { Cell, SheetSpec } from "./xlsx-builder";

export const UOS = [
  { cf: "0113-PEBC-ELAB", df: "0113-07-16", act: "011301MB0601", cc: "DININCUB75" },
  { cf: "0181-CPRI-ELAB", df: "0181-11-03", act: "018111AM0303", cc: "DININCUB75" },
  { cf: "0105-CRES-CDSI", df: "0105-06-08", act: "010501A61404", cc: "AECDSI2044" },
];
const EJS = Array.from({ length: 8 }, (_, i) => `21000000${String(i + 1).padStart(2, "0")}`);
const START_YEAR = 2020;

/** A generated amount: its value in cents when readable (null: unreadable or blank, counts 0), and its cell. */
export interface GenAmount {
  readonly cents: number | null;
  readonly cell: Cell;
}

const NNBSP = "\u202f";
function french(cents: number): string {
  const abs = Math.abs(cents);
  const int = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, NNBSP);
  return `${cents < 0 ? "-" : ""}${int},${String(abs % 100).padStart(2, "0")}\u00a0€`;
}

export const amountArb = (min: number, max: number): fc.Arbitrary<GenAmount> =>
  fc.oneof(
    {
      weight: 8,
      arbitrary: fc
        .record({
          cents: fc.integer({ min, max }),
          form: fc.constantFrom("number", "french", "paren", "quoted", "formula"),
        })
        .map(({ cents, form }): GenAmount => {
          if (form === "number") return { cents, cell: cents / 100 };
          if (form === "french") return { cents, cell: french(cents) };
          if (form === "paren")
            return {
              cents: -Math.abs(cents),
              cell: `(${french(Math.abs(cents)).replace("\u00a0€", "")})`,
            };
          if (form === "quoted")
            return { cents, cell: { quoted: (cents / 100).toFixed(2).replace(".", ",") } };
          return { cents, cell: { f: `${cents}/100`, cached: cents / 100 } };
        }),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom<GenAmount>(
        { cents: null, cell: null },
        { cents: null, cell: "n/a" },
        { cents: null, cell: { error: "#N/A" } },
        { cents: null, cell: { f: "SUM(Z1:Z9)" } },
        { cents: null, cell: "12.345.6" }
      ),
    }
  );

/** A date: its year when readable (null: the line counts in the convention's start year), and its cell. */
const dateArb = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .record({
        year: fc.constantFrom(2020, 2021),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
        form: fc.constantFrom("serial", "text", "iso", "chorus"),
      })
      .map(({ year, month, day, form }) => {
        const mm = String(month).padStart(2, "0");
        const dd = String(day).padStart(2, "0");
        const cell: Cell =
          form === "serial"
            ? { date: `${year}-${mm}-${dd}` }
            : form === "text"
              ? `${dd}/${mm}/${year}`
              : form === "iso"
                ? `${year}-${mm}-${dd}`
                : `${dd}.${mm}.${year} 10:32:09`;
        return { year: year as number | null, cell };
      }),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom<{ year: number | null; cell: Cell }>(
      { year: null, cell: null },
      { year: null, cell: "31/02/2020" },
      { year: null, cell: { error: "#REF!" } },
      { year: null, cell: "bientôt" }
    ),
  }
);

/** Codes of a line: a UO's own, another UO's (wrong imputation, still counted), or a malformed CF. */
const codesArb = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: UOS.length - 1 }).map((i) => ({ ...UOS[i] })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }))
      .map(([i, j]) => ({ ...UOS[i], df: UOS[j].df, act: UOS[j].act })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      { ...UOS[0], cf: "0113-PEBC" },
      { ...UOS[0], cf: "0999-XXXX-YYYY" },
      { ...UOS[1], cf: "" },
      { ...UOS[0], cf: "BG00/0113-PEBC-ELAB" },
      { ...UOS[0], cf: "0113-pebc-elab" }
    ),
  }
);

const supplierArb = fc.constantFrom(
  "Atelier Numérique",
  "Coop Design",
  '=HYPERLINK("http://x";"clic")',
  "+1+1",
  "@SUM(A1)",
  "",
  "Société « L'Équipe » & Cie"
);

export interface GenCeiling {
  cf: string;
  year: number | null;
  yearCell: Cell;
  nature: string;
  ae: GenAmount;
  cp: GenAmount;
}
export interface GenEngagement {
  ej: string;
  date: { year: number | null; cell: Cell };
  codes: { cf: string; df: string; act: string; cc: string };
  supplier: string;
  amount: GenAmount;
}
export interface GenPayment {
  dp: string;
  date: { year: number | null; cell: Cell };
  ej: string;
  amount: GenAmount;
}

export interface GenWorkbook {
  readonly ceilings: readonly GenCeiling[];
  readonly engagements: readonly GenEngagement[];
  readonly payments: readonly GenPayment[];
  /** Imputations rows: the UOs' own, wildcards (empty fields) and malformed ones. */
  readonly imputations: ReadonlyArray<readonly string[]>;
  /** Data-row positions after which a blank row is inserted, per sheet. */
  readonly blanks: readonly number[];
  readonly writer: "builder" | "exceljs";
}

const ceilingArb = fc
  .record({
    uo: fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...UOS.map((u) => u.cf)) },
      { weight: 1, arbitrary: fc.constantFrom("0113-PEBC", "") }
    ),
    year: fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom<number | null>(2020, 2021) },
      { weight: 1, arbitrary: fc.constant<number | null>(null) }
    ),
    nature: fc.constantFrom("Mise à disposition", "À rétablir", "", "Rétrocession"),
    ae: amountArb(-2_000_000_00, 5_000_000_00),
    cp: amountArb(-2_000_000_00, 5_000_000_00),
  })
  .map(({ uo, year, nature, ae, cp }): GenCeiling => ({
    cf: uo,
    year,
    yearCell: year ?? "vingt",
    nature,
    ae,
    cp,
  }));

const imputationsArb = fc
  .tuple(
    fc.subarray(UOS.map((u) => [u.cf, u.df, u.act, u.cc])),
    fc.subarray([
      ["0113-PEBC-ELAB", "", "", ""],
      ["0181-CPRI-ELAB", "0181-11", "", "DININCUB75"],
      ["0113-XXXX", "0113-07", "bad", "DININCUB75"],
      ["", "0105-06-08", "010501A61404", "AECDSI2044"],
    ])
  )
  .map(([own, noise]) => [...own, ...noise]);

/** Rows entered twice: the copies go at the end of their sheet (both count, the second is flagged). */
function withRepeats<T>(rows: fc.Arbitrary<T[]>): fc.Arbitrary<T[]> {
  return rows.chain((list) =>
    list.length === 0
      ? fc.constant(list)
      : fc
          .array(fc.integer({ min: 0, max: list.length - 1 }), { maxLength: 3 })
          .map((again) => [...list, ...again.map((i) => list[i])])
  );
}

export const workbookArb: fc.Arbitrary<GenWorkbook> = fc.record({
  ceilings: withRepeats(fc.array(ceilingArb, { minLength: 1, maxLength: 6 })),
  imputations: imputationsArb,
  engagements: withRepeats(
    fc.array(
      fc.record({
        ej: fc.oneof(
          { weight: 8, arbitrary: fc.constantFrom(...EJS) },
          { weight: 1, arbitrary: fc.constantFrom("EJ?", "") }
        ),
        date: dateArb,
        codes: codesArb,
        supplier: supplierArb,
        amount: amountArb(-500_000_00, 2_000_000_00),
      }),
      { maxLength: 25 }
    )
  ),
  payments: withRepeats(
    fc.array(
      fc.record({
        dp: fc.oneof(
          { weight: 8, arbitrary: fc.integer({ min: 100000000, max: 100000050 }).map(String) },
          { weight: 1, arbitrary: fc.constant("DP-1") }
        ),
        date: dateArb,
        ej: fc.oneof(
          { weight: 8, arbitrary: fc.constantFrom(...EJS) },
          { weight: 1, arbitrary: fc.constant("2199999999") }
        ),
        amount: amountArb(-100_000_00, 1_000_000_00),
      }),
      { maxLength: 25 }
    )
  ),
  blanks: fc.array(fc.integer({ min: 0, max: 25 }), { maxLength: 3 }),
  writer: fc.constantFrom<"builder" | "exceljs">("builder", "exceljs"),
});

function withBlanks(rows: Cell[][], blanks: readonly number[]): Cell[][] {
  const out: Cell[][] = [];
  rows.forEach((r, i) => {
    out.push(r);
    if (blanks.includes(i)) out.push([]);
  });
  return out;
}

/** The workbook's sheets as written (header first, blank rows inserted). */
export function sheetsOf(w: GenWorkbook): SheetSpec[] {
  return [
    {
      name: "Convention",
      rows: [
        ["Référence", "PROP-2020"],
        ["Délégant", "DGALN"],
        ["Délégataire", "DINUM"],
        ["Date de signature", { date: "2020-03-26" }],
        ["Date de fin", "31/12/2021"],
      ],
    },
    {
      name: "Plafonds",
      rows: [
        CEIL_HEADER,
        ...withBlanks(
          w.ceilings.map((c) => [
            c.cf,
            c.yearCell,
            "DGALN",
            c.nature,
            "Convention",
            c.ae.cell,
            c.cp.cell,
          ]),
          w.blanks
        ),
      ],
    },
    {
      name: "Imputations",
      rows: [
        ["Centre financier", "Domaine fonctionnel", "Activité", "Centre de coûts"],
        ...w.imputations.map((r) => [...r]),
      ],
    },
    {
      name: "Engagements",
      rows: [
        ENG_HEADER,
        ...withBlanks(
          w.engagements.map((e) => [
            e.ej,
            e.date.cell,
            e.codes.cf,
            e.codes.df,
            e.codes.act,
            e.codes.cc,
            e.supplier,
            "Devops",
            e.amount.cell,
          ]),
          w.blanks
        ),
      ],
    },
    {
      name: "Paiements",
      rows: [
        PAY_HEADER,
        ...withBlanks(
          w.payments.map((p) => [p.dp, p.date.cell, p.ej, p.amount.cell]),
          w.blanks
        ),
      ],
    },
  ];
}

/** As the reader cleans a code: Chorus's management-area prefix dropped, case kept (lowercase is an error). */
const cleanCf = (cf: string) => cf.trim().replace(/^[A-Z]{2}\d{2}\//, "");
const wellFormedCf = (cf: string) => /^\d{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/.test(cf);

/** What the totals must be, in cents, from the model alone: no line may be lost or counted twice. */
/** EJs with at least one line on a centre financier that has a ceiling: their payments count. */
export function countedEjsOf(w: GenWorkbook): Set<string> {
  const withCeiling = new Set(
    w.ceilings
      .filter((c) => wellFormedCf(cleanCf(c.cf)) && c.year !== null)
      .map((c) => cleanCf(c.cf))
  );
  return new Set(
    w.engagements.filter((e) => withCeiling.has(cleanCf(e.codes.cf))).map((e) => e.ej)
  );
}

export function expectedTotals(w: GenWorkbook): {
  ceilingAE: bigint;
  ceilingCP: bigint;
  engagedAE: bigint;
  paidCP: bigint;
} {
  const cents = (a: GenAmount) => BigInt(a.cents ?? 0);
  const valid = w.ceilings.filter((c) => wellFormedCf(cleanCf(c.cf)) && c.year !== null);
  const withCeiling = new Set(valid.map((c) => cleanCf(c.cf)));
  const counted = w.engagements.filter((e) => withCeiling.has(cleanCf(e.codes.cf)));
  const countedEjs = new Set(counted.map((e) => e.ej));
  const sum = <T>(list: readonly T[], f: (t: T) => bigint) => list.reduce((s, t) => s + f(t), 0n);
  return {
    ceilingAE: sum(valid, (c) => cents(c.ae)),
    ceilingCP: sum(valid, (c) => cents(c.cp)),
    engagedAE: sum(counted, (e) => cents(e.amount)),
    paidCP: sum(
      w.payments.filter((p) => countedEjs.has(p.ej)),
      (p) => cents(p.amount)
    ),
  };
}

export { START_YEAR };
