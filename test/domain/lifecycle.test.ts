import { CF113, CF181, codes, issueOf, line, report } from "./lifecycle-helpers";

const NB = "\u202f";
const EUR = "\u00a0€";

describe("only what happened by the reporting date counts", () => {
  const book = {
    ceilings: [
      [CF113, 2020, 100000, 100000],
      [CF113, 2020, 50000, 50000, { acte: "Avenant 1", from: "01/10/2020" }],
    ] as const,
    ejs: [
      ["2103100001", "04/05/2020", CF113, 40000],
      ["2103100002", "15/12/2020", CF113, 30000, { compte: "6113110000" }],
      ["2103100003", "", CF113, 1000],
    ] as const,
    dps: [
      ["100000001", "30/06/2020", "2103100001", 10000],
      ["100000002", "20/12/2020", "2103100001", 5000],
    ] as const,
  };
  test("at 30/06/2020: December's EJ and payment, and October's avenant, count nowhere; the undated line counts", () => {
    const s = report(book, "2020-06-30");
    expect(line(s, CF113, 2020)).toMatchObject({
      ceilingAE: "100000.00",
      engagedAE: "41000.00",
      paidCP: "10000.00",
      outstanding: "31000.00",
      availableAE: "59000.00",
    });
    expect(s.later).toEqual({ engagements: 1, payments: 1, ceilings: 1 });
    // The undated line is reported at its cell, and counted in the start year.
    expect(codes(s)).toContain("DATE_MISSING@Engagements:4:Date");
    expect(s.issues.some((i) => i.code === "AE_CEILING_NEAR")).toBe(false);
  });
  test("at 31/12/2020 everything counts", () => {
    const s = report(book, "2020-12-31");
    expect(line(s, CF113, 2020)).toMatchObject({
      ceilingAE: "150000.00",
      engagedAE: "71000.00",
      paidCP: "15000.00",
      outstanding: "56000.00",
    });
    expect(s.later).toEqual({ engagements: 0, payments: 0, ceilings: 0 });
  });
});

describe("lines later than the date are not checked either", () => {
  // an avenant entered twice, an EJ line and a payment of September with faults of their own
  const b = {
    ceilings: [
      [CF113, 2020, 100000, 100000],
      [CF113, 2020, 5000, 5000, { acte: "Avenant 2", from: "01/10/2020" }],
      [CF113, 2020, 5000, 5000, { acte: "Avenant 2", from: "01/10/2020" }],
    ] as const,
    ejs: [
      ["2103100001", "04/05/2020", CF113, 40000],
      ["21031", "01/09/2020", CF113, "abc" as unknown as number],
    ] as const,
    dps: [
      ["1000", "01/09/2020", "2103100001", "zz" as unknown as number, { cf: "0113-XX" }],
    ] as const,
  };
  const faults = [
    "DUPLICATE_ROW@Plafonds:4",
    "EJ_FORMAT@Engagements:3",
    "AMOUNT_INVALID@Engagements:3",
    "DP_FORMAT@Paiements:2",
    "CF_FORMAT@Paiements:2",
    "AMOUNT_INVALID@Paiements:2",
  ];
  const found = (asOf: string) =>
    faults.filter((f) => codes(report(b, asOf)).some((c) => c.startsWith(f + ":")));
  test("at 30/06/2020 their faults are not said: they count nowhere", () => {
    const s = report(b, "2020-06-30");
    expect(s.later).toEqual({ engagements: 1, payments: 1, ceilings: 2 });
    expect(found("2020-06-30")).toEqual([]);
  });
  test("once the date reaches them, each fault is said at its cell", () => {
    expect(found("2020-12-31")).toEqual(faults);
  });
  test("what the reading of Plafonds finds is said at any date: a misspelt nature decides what is later", () => {
    const misspelt = {
      ceilings: [
        [CF113, 2020, 100000, 100000],
        [CF113, 2020, 80000, 80000, { nature: "Rétab. ONF", from: "15/11/2020" }],
      ] as const,
    };
    const s = report(misspelt, "2020-06-30");
    expect(s.later.ceilings).toBe(1);
    expect(codes(s)).toContain("VALUE_INVALID@Plafonds:3:Nature");
  });
});

describe("years: AE and CP lapse at the end of their year", () => {
  const b = {
    ceilings: [
      [CF113, 2020, 100000, 100000],
      [CF113, 2021, 60000, 60000],
    ] as [string, number, number, number][],
    ejs: [
      ["2103100001", "04/05/2020", CF113, 100000],
      ["2103100002", "04/02/2021", CF113, 20000],
    ] as [string, string, string, number][],
    // domain.md's worked example: a 2020 EJ of 100 000, paid 40 000 in 2020 and 30 000 in 2021.
    dps: [
      ["100000001", "30/06/2020", "2103100001", 40000],
      ["100000002", "15/03/2021", "2103100001", 30000],
    ] as [string, string, string, number][],
  };
  test("restes à payer are per EJ, carried over years: 60 000 at 31/12/2020, 30 000 at 30/06/2021", () => {
    const at2020 = report(b, "2020-12-31");
    expect(line(at2020, CF113, 2020).outstanding).toBe("60000.00");
    const s = report(b, "2021-06-30");
    expect(line(s, CF113, 2020).outstanding).toBe("60000.00");
    // 2021: the 2020 EJ's 30 000 left plus the 2021 EJ's 20 000, never −30 000 from the shift of year.
    expect(line(s, CF113, 2021).outstanding).toBe("50000.00");
    expect(s.total.outstanding).toBe("50000.00");
  });
  test("a closed year's unused credits lapse; the total's available is over open years only", () => {
    const s = report(b, "2021-06-30");
    expect(line(s, CF113, 2020)).toMatchObject({
      availableAE: "0.00",
      availableCP: "60000.00",
      lapsedAE: "0.00",
      lapsedCP: "60000.00",
    });
    expect(line(s, CF113, 2021)).toMatchObject({
      engagedAE: "20000.00",
      paidCP: "30000.00",
      availableAE: "40000.00",
      availableCP: "30000.00",
      lapsedCP: "0.00",
    });
    expect(s.total).toMatchObject({
      ceilingCP: "160000.00",
      paidCP: "70000.00",
      availableAE: "40000.00",
      availableCP: "30000.00",
      lapsedCP: "60000.00",
    });
    expect(s.years.map((y) => [y.year, y.paidCP, y.lapsedCP])).toEqual([
      [2020, "40000.00", "60000.00"],
      [2021, "30000.00", "0.00"],
    ]);
    const lapsed = issueOf(s, "CREDITS_LAPSED");
    expect([lapsed.sheet, lapsed.row, lapsed.column]).toEqual(["Plafonds", 2, "CP"]);
    expect(lapsed.message).toBe(
      `Exercice 2020 clos sur ${CF113} : 0,00${EUR} d'AE et 60${NB}000,00${EUR} de CP non consommés sont tombés ; à signaler au délégant.`
    );
  });
});

describe("a payment counts on the UO of what it pays", () => {
  const ceilings: [string, number, number, number][] = [
    [CF113, 2020, 100000, 100000],
    [CF181, 2020, 100000, 100000],
  ];
  const ejs: [string, string, string, number, { poste: string }][] = [
    ["2103100001", "04/05/2020", CF113, 30000, { poste: "1" }],
    ["2103100001", "04/05/2020", CF181, 20000, { poste: "2" }],
  ];
  test("on the poste it names, else on its own centre financier", () => {
    const s = report(
      {
        ceilings,
        ejs,
        dps: [
          ["100000001", "01/06/2020", "2103100001", 5000, { poste: "2" }],
          ["100000002", "01/06/2020", "2103100001", 7000, { cf: CF181 }],
        ],
      },
      "2020-12-31"
    );
    expect(line(s, CF181, 2020)).toMatchObject({ paidCP: "12000.00", outstanding: "8000.00" });
    expect(line(s, CF113, 2020)).toMatchObject({ paidCP: "0.00", outstanding: "30000.00" });
    expect(s.issues.some((i) => i.code === "PAYMENT_IMPUTATION_AMBIGUOUS")).toBe(false);
  });
  test("a malformed own centre financier is reported and gives way to the EJ's", () => {
    const s = report(
      {
        ceilings,
        ejs: [ejs[0]],
        dps: [["100000001", "01/06/2020", "2103100001", 5000, { cf: "0181-CPRI" }]],
      },
      "2020-12-31"
    );
    expect(line(s, CF113, 2020).paidCP).toBe("5000.00");
    expect(codes(s)).toContain("CF_FORMAT@Paiements:2:Centre financier");
  });
  test("no poste, no centre financier, an EJ on two UOs: the one with most AE, with a warning", () => {
    const s = report(
      { ceilings, ejs, dps: [["100000001", "01/06/2020", "2103100001", 5000]] },
      "2020-12-31"
    );
    expect(line(s, CF113, 2020).paidCP).toBe("5000.00");
    expect(codes(s)).toContain("PAYMENT_IMPUTATION_AMBIGUOUS@Paiements:2:N° EJ");
  });
  test("a payment without EJ consumes AE and CP on its own centre financier; without one it counts nowhere", () => {
    const s = report(
      {
        ceilings,
        dps: [
          ["100000001", "01/06/2020", "", 2500, { cf: CF181 }],
          ["100000002", "01/06/2020", "", 999],
        ],
      },
      "2020-12-31"
    );
    expect(line(s, CF181, 2020)).toMatchObject({
      engagedAE: "2500.00",
      paidCP: "2500.00",
      outstanding: "0.00",
    });
    expect(s.total.paidCP).toBe("2500.00");
    const err = s.issues.find((i) => i.sheet === "Paiements" && i.row === 3)!;
    expect([err.code, err.severity, err.column]).toEqual(["EJ_UNKNOWN", "error", "N° EJ"]);
  });
  test("an unknown EJ with its own centre financier counts there (warning), else nowhere (error)", () => {
    const s = report(
      {
        ceilings,
        dps: [
          ["100000001", "01/06/2020", "2109999999", 300, { cf: CF113 }],
          ["100000002", "01/06/2020", "2109999998", 400],
        ],
      },
      "2020-12-31"
    );
    expect(line(s, CF113, 2020).paidCP).toBe("300.00");
    expect(s.issues.filter((i) => i.code === "EJ_UNKNOWN").map((i) => [i.row, i.severity])).toEqual(
      [
        [2, "warning"],
        [3, "error"],
      ]
    );
  });
});

describe("reprises and retraits", () => {
  test("an EJ of 2019 carried over from the previous convention is not charged, its payments are", () => {
    const s = report(
      {
        ceilings: [[CF113, 2020, 100000, 100000]],
        ejs: [["2103100001", "10/06/2019", CF113, 50000]],
        dps: [["100000001", "01/06/2020", "2103100001", 20000]],
      },
      "2020-12-31"
    );
    expect(line(s, CF113, 2020)).toMatchObject({
      engagedAE: "0.00",
      carriedOverAE: "50000.00",
      paidCP: "20000.00",
      availableAE: "100000.00",
      outstanding: "30000.00",
    });
    expect(s.lines).toHaveLength(1);
    expect(codes(s)).toContain("EJ_CARRIED_OVER@Engagements:2:Date");
    expect(
      codes(s).filter((c) => /CP_EXCEEDS_EJ|AE_CEILING_EXCEEDED|DATE_OUTSIDE/.test(c))
    ).toEqual([]);
  });
  test("an EJ carried over onto a UO funded from 2021 only, paid in 2020: restes à payer never negative", () => {
    const s = report(
      {
        end: "31/12/2021",
        ceilings: [
          [CF113, 2020, 100000, 100000],
          [CF181, 2021, 50000, 50000],
        ],
        ejs: [["2103100009", "01/11/2019", CF181, 8000]],
        dps: [["100000009", "01/06/2020", "2103100009", 3000]],
      },
      "2021-06-30"
    );
    expect(line(s, CF181, 2020)).toMatchObject({ paidCP: "3000.00", outstanding: "5000.00" });
    expect(line(s, CF181, 2021)).toMatchObject({
      carriedOverAE: "8000.00",
      outstanding: "5000.00",
    });
    expect(s.years.find((y) => y.year === 2020)).toMatchObject({ outstanding: "5000.00" });
    expect(s.total.outstanding).toBe("5000.00");
  });
  test("a retrait in 2021 on a 2020 EJ frees no 2021 AE and lowers its restes à payer", () => {
    const s = report(
      {
        ceilings: [
          [CF113, 2020, 100000, 100000],
          [CF113, 2021, 50000, 50000],
        ],
        ejs: [
          ["2103100001", "04/05/2020", CF113, 10000],
          ["2103100001", "01/03/2021", CF113, -2000],
        ],
        dps: [["100000001", "01/06/2020", "2103100001", 8000]],
      },
      "2021-06-30"
    );
    expect(line(s, CF113, 2021)).toMatchObject({
      engagedAE: "0.00",
      priorYearWithdrawals: "-2000.00",
      availableAE: "50000.00",
      outstanding: "0.00",
    });
  });
});

describe("ceilings change over time", () => {
  const ceilings: [string, number, number, number, { acte: string; from: string }?][] = [
    [CF113, 2020, 100000, 100000],
    [CF113, 2020, 50000, 50000, { acte: "Avenant", from: "01/10/2020" }],
  ];
  test("120 000 engaged on 04/05 against 100 000 then in force is an overrun, even after the avenant of 01/10", () => {
    const s = report(
      { ceilings, ejs: [["2103100001", "04/05/2020", CF113, 120000]] },
      "2020-12-31"
    );
    expect(line(s, CF113, 2020).ceilingAE).toBe("150000.00");
    const over = issueOf(s, "AE_CEILING_EXCEEDED");
    expect([over.sheet, over.row, over.column]).toEqual(["Plafonds", 2, "AE"]);
    expect(over.message).toMatch(
      new RegExp(
        `au 04/05/2020 : 120${NB}000,00${EUR} pour un plafond alors en vigueur de 100${NB}000,00${EUR}, soit un dépassement de 20${NB}000,00${EUR}`
      )
    );
  });
  test("the same EJ dated after the avenant is within the ceiling", () => {
    const s = report(
      { ceilings, ejs: [["2103100001", "15/10/2020", CF113, 120000]] },
      "2020-12-31"
    );
    expect(s.issues.some((i) => i.code === "AE_CEILING_EXCEEDED")).toBe(false);
  });
  test("an overrun corrected by a later retrait of the same year was an overrun at its date", () => {
    const s = report(
      {
        ceilings: [[CF113, 2020, 100000, 100000]],
        ejs: [
          ["2103100001", "04/05/2020", CF113, 120000],
          ["2103100001", "01/06/2020", CF113, -30000],
        ],
      },
      "2020-12-31"
    );
    expect(line(s, CF113, 2020).engagedAE).toBe("90000.00");
    expect(issueOf(s, "AE_CEILING_EXCEEDED").message).toMatch(/au 04\/05\/2020/);
  });
});

describe("à rétablir", () => {
  const ceilings = (from?: string): [string, number, number, number, object?][] => [
    [CF113, 2020, 140000, 140000],
    [CF113, 2020, 80000, 80000, { nature: "À rétablir", financeur: "ONF", from }],
  ];
  const dps: [string, string, string, number][] = [
    ["100000001", "01/08/2020", "2103100001", 150000],
  ];
  const ejs: [string, string, string, number][] = [["2103100001", "04/05/2020", CF113, 200000]];
  test("not received: its CP are not available; paying beyond names the rétablissement awaited", () => {
    const s = report({ ceilings: ceilings(), ejs, dps }, "2020-08-31");
    expect(line(s, CF113, 2020)).toMatchObject({
      ceilingCP: "220000.00",
      pendingReestablishment: "80000.00",
      awaitedReestablishment: "80000.00",
      availableCP: "-10000.00",
    });
    const above = issueOf(s, "CP_ABOVE_AVAILABLE");
    expect([above.severity, above.sheet, above.row, above.column]).toEqual([
      "error",
      "Plafonds",
      2,
      "CP",
    ]);
    expect(above.message).toMatch(
      /le rétablissement ONF de 80\u202f000,00\u00a0€ \(Plafonds, ligne 3\) n'est pas encore reçu/
    );
  });
  test("received on 01/09/2020: available from then on", () => {
    expect(
      line(report({ ceilings: ceilings("01/09/2020"), ejs, dps }, "2020-08-31"), CF113, 2020)
        .awaitedReestablishment
    ).toBe("80000.00");
    const s = report({ ceilings: ceilings("01/09/2020"), ejs, dps }, "2020-09-30");
    expect(line(s, CF113, 2020)).toMatchObject({
      awaitedReestablishment: "0.00",
      availableCP: "70000.00",
    });
    expect(s.issues.some((i) => i.code === "CP_ABOVE_AVAILABLE")).toBe(false);
  });
});
