/** Hostile cell values: formulas, error values, numbers stored as text, extreme and negative amounts. */
import {
  BASE_LINE_A,
  BASE_LINE_B,
  BASE_TOTAL,
  baseSheets,
  CF_A,
  CF_B,
  ceilingRow,
  dp,
  ej,
  ENG_ROWS,
  PAY_ROWS,
} from "./base";
import { workbookCase, type HostileCase } from "./harness";

const NNBSP = "\u202f";
const NBSP = "\u00a0";
const BASE = { lines: [BASE_LINE_A, BASE_LINE_B], total: BASE_TOTAL, issues: [] };

export const valueCases: HostileCase[] = [
  workbookCase(
    "formulas with a cached value: the value Excel computed counts",
    baseSheets({
      plafonds: [
        ceilingRow(
          CF_A,
          { f: "50000*2", cached: 100000 },
          { f: "SUM(50000,50000)", cached: 100000 }
        ),
        ceilingRow(CF_B, 50000, 50000),
      ],
      engagements: [
        ej("2100000001", { date: "2020-04-15" }, { f: "10000*3", cached: 30000 }),
        ENG_ROWS[1],
      ],
    }),
    { exit: 0, ...BASE }
  ),
  workbookCase(
    "a formula whose cached result is text is read as the typed amount",
    baseSheets({
      engagements: [
        ej(
          "2100000001",
          { date: "2020-04-15" },
          { f: 'TEXTE(30000;"# ##0,00 €")', cached: `30${NNBSP}000,00${NBSP}€` }
        ),
        ENG_ROWS[1],
      ],
    }),
    { exit: 0, ...BASE }
  ),
  workbookCase(
    "a formula never calculated (no cached value) is reported and counts as 0",
    baseSheets({
      engagements: [ej("2100000001", { date: "2020-04-15" }, { f: "SUM(I5:I9)" }), ENG_ROWS[1]],
    }),
    {
      exit: 0,
      lines: [
        {
          ...BASE_LINE_A,
          engagedAE: "0.00",
          availableAE: "100000.00",
          outstanding: "-20000.00",
          engagementRate: "0.0000",
        },
        BASE_LINE_B,
      ],
      issues: ["AMOUNT_INVALID Engagements!2 Montant AE", "CP_EXCEEDS_EJ Paiements!2 Montant CP"],
    }
  ),
  workbookCase(
    "#N/A in an amount cell is reported at its cell and counts as 0",
    baseSheets({
      engagements: [
        ENG_ROWS[0],
        ej("2100000002", { date: "2020-05-04" }, { error: "#N/A" }, { cf: CF_B }),
      ],
    }),
    {
      exit: 0,
      lines: [
        BASE_LINE_A,
        {
          ...BASE_LINE_B,
          engagedAE: "0.00",
          availableAE: "50000.00",
          outstanding: "-10000.00",
          engagementRate: "0.0000",
        },
      ],
      issues: ["AMOUNT_INVALID Engagements!3 Montant AE", "CP_EXCEEDS_EJ Paiements!3 Montant CP"],
    }
  ),
  workbookCase(
    "#DIV/0! cached by a formula in a payment amount is reported and counts as 0",
    baseSheets({
      paiements: [
        dp("100000001", { date: "2020-05-20" }, "2100000001", {
          f: "20000/0",
          cached: { error: "#DIV/0!" },
        }),
        PAY_ROWS[1],
      ],
    }),
    {
      exit: 0,
      lines: [
        {
          ...BASE_LINE_A,
          paidCP: "0.00",
          availableCP: "100000.00",
          outstanding: "30000.00",
          cpConsumptionRate: "0.0000",
        },
        BASE_LINE_B,
      ],
      issues: ["AMOUNT_INVALID Paiements!2 Montant CP"],
    }
  ),
  workbookCase(
    "#REF! in a date cell is reported; the line counts in the convention's start year",
    baseSheets({ engagements: [ej("2100000001", { error: "#REF!" }, 30000), ENG_ROWS[1]] }),
    { exit: 0, lines: [BASE_LINE_A, BASE_LINE_B], issues: ["DATE_INVALID Engagements!2 Date"] }
  ),
  workbookCase(
    "#N/A in a centre financier is reported; the line and its payments count nowhere",
    baseSheets({
      engagements: [
        ej("2100000001", { date: "2020-04-15" }, 30000, { cf: { error: "#N/A" } }),
        ENG_ROWS[1],
      ],
    }),
    {
      exit: 0,
      lines: [
        {
          ...BASE_LINE_A,
          engagedAE: "0.00",
          paidCP: "0.00",
          availableAE: "100000.00",
          availableCP: "100000.00",
          outstanding: "0.00",
          engagementRate: "0.0000",
          cpConsumptionRate: "0.0000",
        },
        BASE_LINE_B,
      ],
      // One anomaly, on the EJ line: its payment (DP row 2) follows it nowhere, and is not reported again.
      issues: ["CF_FORMAT Engagements!2 Centre financier"],
    }
  ),
  workbookCase(
    "#VALUE! in a ceiling is reported and the ceiling counts as 0",
    baseSheets({
      plafonds: [ceilingRow(CF_A, { error: "#VALUE!" }, 100000), ceilingRow(CF_B, 50000, 50000)],
    }),
    {
      exit: 0,
      lines: [
        { ...BASE_LINE_A, ceilingAE: "0.00", availableAE: "-30000.00", engagementRate: null },
        BASE_LINE_B,
      ],
      issues: ["AMOUNT_INVALID Plafonds!2 AE", "AE_CEILING_EXCEEDED Plafonds!2 AE"],
    }
  ),
  workbookCase(
    "a boolean in an amount cell is reported, not read as 1",
    baseSheets({
      paiements: [PAY_ROWS[0], dp("100000002", { date: "2020-06-10" }, "2100000002", true)],
    }),
    {
      exit: 0,
      lines: [
        BASE_LINE_A,
        {
          ...BASE_LINE_B,
          paidCP: "0.00",
          availableCP: "50000.00",
          outstanding: "10000.00",
          cpConsumptionRate: "0.0000",
        },
      ],
      issues: ["AMOUNT_INVALID Paiements!3 Montant CP"],
    }
  ),
  workbookCase(
    "numbers typed with a leading apostrophe (text with a quote prefix) are read as numbers",
    baseSheets({
      plafonds: [
        ceilingRow(CF_A, { quoted: "100000" }, { quoted: "100000" }, { year: { quoted: "2020" } }),
        ceilingRow(CF_B, 50000, 50000),
      ],
      engagements: [
        ej({ quoted: "2100000001" }, { quoted: "15/04/2020" }, { quoted: "30000" }),
        ENG_ROWS[1],
      ],
      paiements: [
        dp(
          { quoted: "100000001" },
          { date: "2020-05-20" },
          { quoted: "2100000001" },
          { quoted: "20000,00" }
        ),
        PAY_ROWS[1],
      ],
    }),
    { exit: 0, ...BASE }
  ),
  workbookCase(
    "amounts stored as French text (narrow no-break spaces, €, k€, M€) are read exactly",
    baseSheets({
      plafonds: [
        ceilingRow(CF_A, "100 k€", `100${NNBSP}000,00${NBSP}€`),
        ceilingRow(CF_B, "0,05 M€", "50 000 EUR"),
      ],
      engagements: [
        ej("2100000001", "15/04/2020", `30${NNBSP}000,00${NBSP}€`),
        ej("2100000002", "04.05.2020", `  10${NBSP}000 `, {
          cf: CF_B,
          supplier: "Coop Design",
          prestation: "Design",
        }),
      ],
    }),
    { exit: 0, ...BASE }
  ),
  workbookCase(
    "an apostrophe as thousands separator (Swiss style) is refused, not guessed",
    baseSheets({
      engagements: [ej("2100000001", { date: "2020-04-15" }, "30'000.00"), ENG_ROWS[1]],
    }),
    {
      exit: 0,
      lines: [
        {
          ...BASE_LINE_A,
          engagedAE: "0.00",
          availableAE: "100000.00",
          outstanding: "-20000.00",
          engagementRate: "0.0000",
        },
        BASE_LINE_B,
      ],
      issues: ["AMOUNT_INVALID Engagements!2 Montant AE", "CP_EXCEEDS_EJ Paiements!2 Montant CP"],
    }
  ),
  workbookCase(
    "numbers written in exponent notation by another tool (3E4, 2.100000001E9)",
    baseSheets({
      engagements: [
        ej({ raw: "2.100000001E9" }, { date: "2020-04-15" }, { raw: "3E4" }),
        ENG_ROWS[1],
      ],
      paiements: [
        dp(
          { raw: "1.00000001E8" },
          { date: "2020-05-20" },
          { raw: "2.100000001E+9" },
          { raw: "2.0E4" }
        ),
        PAY_ROWS[1],
      ],
    }),
    { exit: 0, ...BASE }
  ),
  workbookCase(
    "amounts of 1e15, as a number and as French text, are exact to the cent",
    baseSheets({
      plafonds: [
        ceilingRow(CF_A, 1e15, "1 000 000 000 000 000,00 €"),
        ceilingRow(CF_B, 50000, 50000),
      ],
      engagements: [
        ej("2100000001", { date: "2020-04-15" }, "999 999 999 999 999,99 €"),
        ENG_ROWS[1],
      ],
    }),
    {
      exit: 0,
      lines: [
        {
          ...BASE_LINE_A,
          ceilingAE: "1000000000000000.00",
          ceilingCP: "1000000000000000.00",
          engagedAE: "999999999999999.99",
          availableAE: "0.01",
          availableCP: "999999999980000.00",
          outstanding: "999999999979999.99",
          engagementRate: "1.0000",
          cpConsumptionRate: "0.0000",
        },
        BASE_LINE_B,
      ],
      total: {
        ...BASE_TOTAL,
        ceilingAE: "1000000000050000.00",
        ceilingCP: "1000000000050000.00",
        engagedAE: "1000000000009999.99",
        availableAE: "40000.01",
        availableCP: "1000000000020000.00",
        outstanding: "999999999979999.99",
        engagementRate: "1.0000",
        cpConsumptionRate: "0.0000",
      },
      issues: ["AE_CEILING_NEAR Plafonds!2 AE"],
    }
  ),
  workbookCase(
    "amounts of 0.001 are summed exactly and shown rounded half up (1.005 → 1.01)",
    baseSheets({
      engagements: [
        ENG_ROWS[0],
        ej("2100000011", { date: "2020-04-16" }, 0.001),
        ej("2100000012", { date: "2020-04-16" }, 0.001),
        ej("2100000013", { date: "2020-04-16" }, 0.001),
        ej("2100000014", { date: "2020-04-16" }, 1.005),
        ej("2100000015", { date: "2020-04-16" }, "0,002"),
        ENG_ROWS[1],
      ],
    }),
    {
      exit: 0,
      lines: [
        { ...BASE_LINE_A, engagedAE: "30001.01", availableAE: "69998.99", outstanding: "10001.01" },
        BASE_LINE_B,
      ],
      total: {
        ...BASE_TOTAL,
        engagedAE: "40001.01",
        availableAE: "109998.99",
        outstanding: "10001.01",
      },
      issues: [],
    }
  ),
  workbookCase(
    "a negative ceiling line in an avenant and a negative EJ line (retrait) lower the figures",
    baseSheets({
      plafonds: [
        ceilingRow(CF_A, 100000, 100000),
        ceilingRow(CF_A, -20000, "–20 000 €", { acte: "Avenant n° 1" }),
        ceilingRow(CF_B, 50000, 50000),
      ],
      engagements: [
        ENG_ROWS[0],
        ej("2100000001", { date: "2020-09-01" }, "(5 000,00)"),
        ENG_ROWS[1],
      ],
    }),
    {
      exit: 0,
      lines: [
        {
          ...BASE_LINE_A,
          ceilingAE: "80000.00",
          ceilingCP: "80000.00",
          engagedAE: "25000.00",
          availableAE: "55000.00",
          availableCP: "60000.00",
          outstanding: "5000.00",
          engagementRate: "0.3125",
          cpConsumptionRate: "0.2500",
        },
        BASE_LINE_B,
      ],
      total: {
        ...BASE_TOTAL,
        ceilingAE: "130000.00",
        ceilingCP: "130000.00",
        engagedAE: "35000.00",
        availableAE: "95000.00",
        availableCP: "100000.00",
        outstanding: "5000.00",
        engagementRate: "0.2692",
        cpConsumptionRate: "0.2308",
      },
      issues: [],
    }
  ),
  workbookCase(
    "ceiling lines of a UO-year summing below zero: CEILING_NEGATIVE at its first Plafonds row",
    baseSheets({
      plafonds: [
        ceilingRow(CF_A, 100000, 100000),
        ceilingRow(CF_A, -150000, -150000, { acte: "Avenant n° 1" }),
        ceilingRow(CF_B, 50000, 50000),
      ],
    }),
    {
      exit: 0,
      lines: [
        {
          ...BASE_LINE_A,
          ceilingAE: "-50000.00",
          ceilingCP: "-50000.00",
          availableAE: "-80000.00",
          availableCP: "-70000.00",
          engagementRate: "-0.6000",
          cpConsumptionRate: "-0.4000",
        },
        BASE_LINE_B,
      ],
      total: {
        ...BASE_TOTAL,
        ceilingAE: "0.00",
        ceilingCP: "0.00",
        availableAE: "-40000.00",
        availableCP: "-30000.00",
        engagementRate: null,
        cpConsumptionRate: null,
      },
      issues: [
        "CEILING_NEGATIVE Plafonds!2 AE",
        "CEILING_NEGATIVE Plafonds!2 CP",
        "AE_CEILING_EXCEEDED Plafonds!2 AE",
        "CP_CEILING_EXCEEDED Plafonds!2 CP",
      ],
    }
  ),
];
