import {
  addMonths,
  deadlines,
  lineAmount,
  mostSerious,
  portfolioTotals,
  totalOf,
} from "../../src/domain/portfolio/aggregate";
import type { Summary } from "../../src/domain/summary";

const figures = (
  ceiling: string,
  engaged: string,
  paid: string,
  extra: Record<string, string> = {}
) => ({
  ceilingAE: ceiling,
  ceilingCP: ceiling,
  pendingReestablishment: "0.00",
  engagedAE: engaged,
  paidCP: paid,
  availableAE: "0.00",
  availableCP: "0.00",
  outstanding: "0.00",
  engagementRate: null as string | null,
  cpConsumptionRate: null as string | null,
  awaitedReestablishment: "0.00",
  carriedOverAE: "0.00",
  priorYearWithdrawals: "0.00",
  lapsedAE: "0.00",
  lapsedCP: "0.00",
  ...extra,
});

function summary(
  reference: string,
  delegant: string | null,
  end: string | null,
  notice: number,
  lines: Array<[number, ReturnType<typeof figures>]>
): Summary {
  return {
    convention: {
      reference,
      intitule: null,
      delegant,
      delegataire: "DINUM",
      signature: null,
      start: null,
      end,
      noticeMonths: notice,
      alertThreshold: "0.9000",
    },
    asOf: "2020-10-15",
    lines: lines.map(([year, f]) => ({ centreFinancier: "0113-PEBC-ELAB", year, ...f })),
    // One year a line: the convention's total is the sum of its lines.
    total: { ...figures("0.00", "0.00", "0.00"), ...totalOf(lines.map(([, f]) => f)) },
    years: [],
    later: { engagements: 0, payments: 0, ceilings: 0 },
    issues: [],
  };
}

describe("portfolio totals", () => {
  test("sums are exact decimals, rates recomputed from the sums", () => {
    const t = totalOf([figures("0.30", "0.10", "0.00"), figures("0.00", "0.20", "0.00")]);
    expect(t.engagedAE).toBe("0.30");
    expect(t.engagementRate).toBe("1.0000");
    expect(t.cpConsumptionRate).toBe("0.0000");
    expect(totalOf([figures("0.00", "1.00", "0.00")]).engagementRate).toBeNull();
    const big = totalOf([
      figures("999999999999999.99", "0.01", "0.00"),
      figures("0.01", "0.00", "0.00"),
    ]);
    expect(big.ceilingAE).toBe("1000000000000000.00");
  });

  test("lapsed AE and CP are read when the summary has them, 0.00 otherwise", () => {
    expect(lineAmount(figures("1.00", "0.00", "0.00"), "lapsedAE")).toBe("0.00");
    expect(lineAmount(figures("1.00", "0.00", "0.00", { lapsedAE: "12.34" }), "lapsedAE")).toBe(
      "12.34"
    );
    expect(
      totalOf([
        figures("1.00", "0.00", "0.00", { lapsedCP: "1.50" }),
        figures("1.00", "0.00", "0.00", { lapsedCP: "2.50" }),
      ]).lapsedCP
    ).toBe("4.00");
  });

  test("per délégant and per year, counting conventions", () => {
    const a = summary("A", "MTES", null, 3, [
      [2020, figures("100.00", "10.00", "5.00")],
      [2021, figures("50.00", "0.00", "0.00")],
    ]);
    const b = summary("B", "MTES", null, 3, [[2020, figures("20.00", "20.00", "20.00")]]);
    const c = summary("C", null, null, 3, [[2021, figures("1.00", "1.00", "1.00")]]);
    const t = portfolioTotals([a, b, c]);
    expect(t.byDelegant.map((g) => [g.key, g.conventions, g.amounts.ceilingAE])).toEqual([
      ["(délégant non renseigné)", 1, "1.00"],
      ["MTES", 2, "170.00"],
    ]);
    expect(t.byYear.map((g) => [g.key, g.conventions, g.amounts.engagedAE])).toEqual([
      ["2020", 2, "30.00"],
      ["2021", 2, "1.00"],
    ]);
    expect(t.total.paidCP).toBe("26.00");
  });
});

describe("deadlines", () => {
  test("months are added with the day clamped to the month's end", () => {
    expect(addMonths("2021-03-31", -1)).toBe("2021-02-28");
    expect(addMonths("2020-12-31", -3)).toBe("2020-09-30");
    expect(addMonths("2020-11-15", 3)).toBe("2021-02-15");
    expect(addMonths("2024-05-31", -3)).toBe("2024-02-29");
  });

  test("the ends and notice dates within three months after the date, in date order", () => {
    const soon = summary("END", "X", "2020-12-31", 1, []); // notice 30/11, end 31/12: both
    const notice = summary("NOTICE", "X", "2021-03-31", 3, []); // notice 31/12/2020; end too far
    const far = summary("FAR", "X", "2021-06-30", 3, []); // notice 30/03/2021: too far
    const past = summary("PAST", "X", "2020-10-15", 0, []); // ends on the date itself: not ahead
    expect(deadlines([soon, notice, far, past], "2020-10-15")).toEqual([
      { convention: 0, kind: "notice", date: "2020-11-30" },
      { convention: 0, kind: "end", date: "2020-12-31" },
      { convention: 1, kind: "notice", date: "2020-12-31" },
    ]);
    expect(deadlines([far], "2021-01-01")).toEqual([
      { convention: 0, kind: "notice", date: "2021-03-30" },
    ]);
  });
});

test("the most serious anomaly: an overrun before any other error, any error before a warning", () => {
  const i = (severity: "error" | "warning", code: string) => ({
    severity,
    code,
    sheet: "S",
    row: 1,
    column: null,
    message: code,
  });
  expect(
    mostSerious([
      i("warning", "AE_CEILING_NEAR"),
      i("error", "DATE_INVALID"),
      i("error", "CP_CEILING_EXCEEDED"),
    ])!.code
  ).toBe("CP_CEILING_EXCEEDED");
  expect(mostSerious([i("warning", "AE_CEILING_NEAR"), i("error", "DATE_INVALID")])!.code).toBe(
    "DATE_INVALID"
  );
  expect(mostSerious([])).toBeNull();
});

describe("a convention over several years", () => {
  test("its total, not the sum of its lines: a closed year's credits lapsed, restes à payer are not summed across years", () => {
    const s = summary("M", "MTES", "2021-12-31", 3, [
      [
        2020,
        figures("100.00", "60.00", "40.00", {
          availableCP: "60.00",
          lapsedCP: "60.00",
          outstanding: "20.00",
        }),
      ],
      [2021, figures("50.00", "10.00", "30.00", { availableCP: "20.00", outstanding: "0.00" })],
    ]);
    const own = { ...s.total, availableCP: "20.00", outstanding: "0.00", lapsedCP: "60.00" };
    const t = portfolioTotals([{ ...s, total: own }]);
    expect([t.total.availableCP, t.total.outstanding, t.total.lapsedCP]).toEqual([
      "20.00",
      "0.00",
      "60.00",
    ]);
    expect(t.byDelegant[0].amounts.availableCP).toBe("20.00");
    // A year's total adds that year's lines.
    expect(t.byYear.map((g) => [g.key, g.amounts.availableCP])).toEqual([
      ["2020", "60.00"],
      ["2021", "20.00"],
    ]);
  });
});
