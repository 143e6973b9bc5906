import { CF113, CF181, codes, issueOf, line, report } from "./lifecycle-helpers";
import { read } from "../helpers/book";
import { sheets } from "./lifecycle-helpers";
import { reconcile } from "../../src/domain/reconcile";

const ceilings: [string, number, number, number][] = [
  [CF113, 2020, 100000, 100000],
  [CF181, 2020, 50000, 50000],
];

describe("the alerts the conventions call for", () => {
  test("CREDITS_INSUFFICIENT: engaged plus the forecasts to the end of the year exceed the ceiling", () => {
    const s = report(
      {
        ceilings,
        ejs: [["2103100001", "04/05/2020", CF113, 80000]],
        forecasts: [[CF113, "2020-07", 30000, 0]],
      },
      "2020-06-30"
    );
    const alert = issueOf(s, "CREDITS_INSUFFICIENT");
    expect([alert.sheet, alert.row, alert.column, alert.severity]).toEqual([
      "Plafonds",
      2,
      "AE",
      "warning",
    ]);
    expect(alert.message).toMatch(
      /80\u202f000,00\u00a0€ d'AE engagées et 30\u202f000,00\u00a0€ prévus .* pour 100\u202f000,00\u00a0€ disponibles \(10\u202f000,00\u00a0€ manquants\)/
    );
  });
  test("CREDITS_INSUFFICIENT after an overrun an avenant has covered since: the forecasts still exceed", () => {
    // 120 000 engaged on 04/05 against 100 000 (an overrun then); the avenant of 01/10 brings
    // 150 000; the 40 000 forecast for November would take the UO to 160 000
    const b = {
      ceilings: [
        [CF113, 2020, 100000, 100000],
        [CF113, 2020, 50000, 50000, { from: "01/10/2020", acte: "Avenant n° 1" }],
      ] as const,
      ejs: [["2103100001", "04/05/2020", CF113, 120000]] as const,
      forecasts: [[CF113, "2020-11", 40000, 0]] as const,
    };
    const s = report(b, "2020-10-15");
    expect(codes(s).filter((c) => c.startsWith("AE_") || c.startsWith("CREDITS"))).toEqual([
      "AE_CEILING_EXCEEDED@Plafonds:2:AE",
      "CREDITS_INSUFFICIENT@Plafonds:2:AE",
    ]);
    expect(issueOf(s, "CREDITS_INSUFFICIENT").message).toMatch(
      /150\u202f000,00\u00a0€ disponibles/
    );
    // while the overrun stands (before the avenant), it is said once, as an overrun
    expect(codes(report(b, "2020-06-30")).filter((c) => c.startsWith("CREDITS"))).toEqual([]);
  });
  test("UNDER_CONSUMPTION without forecasts: not in April, from 1 October, on AE and on CP", () => {
    const b = {
      ceilings,
      ejs: [["2103100001", "04/03/2020", CF113, 10000]] as [string, string, string, number][],
    };
    expect(report(b, "2020-04-15").issues.filter((i) => i.code === "UNDER_CONSUMPTION")).toEqual(
      []
    );
    expect(codes(report(b, "2020-09-30")).filter((c) => c.startsWith("UNDER"))).toEqual([]);
    expect(codes(report(b, "2020-10-01")).filter((c) => c.startsWith("UNDER"))).toEqual([
      "UNDER_CONSUMPTION@Plafonds:2:AE",
      "UNDER_CONSUMPTION@Plafonds:2:CP",
      "UNDER_CONSUMPTION@Plafonds:3:AE",
      "UNDER_CONSUMPTION@Plafonds:3:CP",
    ]);
  });
  test("UNDER_CONSUMPTION with forecasts for the UO: judged on them, at any date", () => {
    const s = report({ ceilings, forecasts: [[CF181, "2020-06", 10000, 10000]] }, "2020-04-15");
    expect(codes(s).filter((c) => c.startsWith("UNDER"))).toEqual([
      "UNDER_CONSUMPTION@Plafonds:3:AE",
      "UNDER_CONSUMPTION@Plafonds:3:CP",
    ]);
  });
  test("DP_BEFORE_EJ, TITRE_2", () => {
    const s = report(
      {
        ceilings,
        ejs: [["2103100001", "04/05/2020", CF113, 1000, { compte: "2111000000" }]],
        dps: [["100000001", "01/04/2020", "2103100001", 500]],
      },
      "2020-12-31"
    );
    expect(codes(s)).toEqual(
      expect.arrayContaining([
        "TITRE_2@Engagements:2:Compte budgétaire",
        "DP_BEFORE_EJ@Paiements:2:Date",
      ])
    );
    expect(issueOf(s, "TITRE_2").severity).toBe("error");
  });
  test("a payment line entered twice counts once; the lines of one DP on two postes both count", () => {
    const s = report(
      {
        ceilings,
        ejs: [["2103100001", "04/05/2020", CF113, 1000]],
        dps: [
          ["100011636", "01/06/2020", "2103100001", 252, { posteDp: "1" }],
          ["100011636", "01/06/2020", "2103100001", 150, { posteDp: "2" }],
          ["100011636", "01/06/2020", "2103100001", 150, { posteDp: "2" }],
        ],
      },
      "2020-12-31"
    );
    expect(line(s, CF113, 2020).paidCP).toBe("402.00");
    expect(codes(s)).toContain("DUPLICATE_ROW@Paiements:4:N° DP");
    expect(issueOf(s, "DUPLICATE_ROW").message).toMatch(/compté une seule fois/);
  });
});

describe("at term", () => {
  const b = {
    ceilings,
    ejs: [
      ["2103100001", "04/05/2020", CF113, 1000, { supplier: "Coop Design Public" }],
      ["2103100002", "04/05/2020", CF181, 500],
    ] as const,
    dps: [["100000001", "01/06/2020", "2103100002", 500]] as [string, string, string, number][],
  };
  test("openEJ lists every EJ still open, with its supplier and restes à payer; not before term unless asked", () => {
    const s = report({ ...b, ejs: b.ejs }, "2021-12-31");
    expect(s.openEJ).toEqual([
      {
        ej: "2103100001",
        centreFinancier: CF113,
        year: 2020,
        fournisseur: "Coop Design Public",
        engagedAE: "1000.00",
        paidCP: "0.00",
        outstanding: "1000.00",
      },
    ]);
    expect(report({ ...b, ejs: b.ejs }, "2020-12-31").openEJ).toBeUndefined();
    expect(report({ ...b, ejs: b.ejs }, "2020-12-31", true).openEJ).toHaveLength(1);
  });
});

describe("the month table follows the months that hold something", () => {
  test("an end date of 31/12/9999 does not make 8 000 years of months", () => {
    const r = read(
      sheets({
        ceilings,
        end: "31/12/9999",
        ejs: [["2103100001", "04/05/2020", CF113, 1000]],
        dps: [["100000001", "01/07/2021", "2103100001", 500]],
      })
    );
    const months = reconcile(r.data!, "2021-12-31").monthly.map((m) => m.month);
    expect(months[0]).toBe("2020-03");
    expect(months[months.length - 1]).toBe("2021-07");
    expect(months).toHaveLength(17);
  });
});
