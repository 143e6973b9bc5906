import fc from "fast-check";
import {
  endOfYear,
  excelSerialToIso,
  formatDateFr,
  isoToExcelSerial,
  isValidIso,
  monthOf,
  parseDate,
  parseMonth,
  parseYear,
  todayIso,
  yearOf,
  type DateResult,
} from "../../src/domain/date";
import type { CellValue } from "../../src/grid";

const NBSP = "\u00a0";
const ELLIPSIS = "\u2026";

function read(value: CellValue): string | DateResult {
  const r = parseDate(value);
  return r.ok ? r.date : r;
}

function invalid(value: CellValue): string {
  const r = parseDate(value);
  if (r.ok) throw new Error(`read ${String(value)} as ${r.date}`);
  expect([r.blank, r.unknown]).toEqual([false, false]);
  return r.reason;
}

describe("Excel serials", () => {
  it("count days from 1899-12-30", () => {
    expect(excelSerialToIso(44196)).toBe("2020-12-31");
    expect(isoToExcelSerial("2020-12-31")).toBe(44196);
    expect(excelSerialToIso(61)).toBe("1900-03-01");
    expect(excelSerialToIso(2958465)).toBe("9999-12-31");
  });

  it("keep Excel's dates before its fictitious 29/02/1900", () => {
    expect(excelSerialToIso(1)).toBe("1900-01-01");
    expect(excelSerialToIso(59)).toBe("1900-02-28");
    expect(isoToExcelSerial("1900-01-01")).toBe(1);
    expect(isoToExcelSerial("1900-02-28")).toBe(59);
    expect(invalid(60)).toContain("n'est pas une date Excel");
  });

  it("are read from numbers only, dropping the time of day", () => {
    expect(read(44196)).toBe("2020-12-31");
    expect(read(44196.99)).toBe("2020-12-31");
    expect(read(1)).toBe("1900-01-01");
    expect(invalid(0)).toBe(
      "le nombre 0 n'est pas une date Excel (numéro de série entre 1 et 2958465)"
    );
    expect(invalid(-5)).toContain("n'est pas une date Excel");
    expect(invalid(2958466)).toContain("n'est pas une date Excel");
    expect(invalid(Number.NaN)).toContain("n'est pas une date Excel");
    expect(invalid("44196")).toBe(`"44196" n'est pas une date lisible (ex. 31/12/2020)`);
  });

  it("round-trip any date from 1950 to 2100", () => {
    const dates = fc
      .date({
        min: new Date("1950-01-01T00:00:00Z"),
        max: new Date("2100-12-31T00:00:00Z"),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(dates, (iso) => {
        expect(read(isoToExcelSerial(iso))).toBe(iso);
        expect(read(formatDateFr(iso))).toBe(iso);
      })
    );
  });
});

describe("parseDate", () => {
  it("reports blank cells as blank", () => {
    for (const v of [null, "", `  ${NBSP}`])
      expect(parseDate(v)).toMatchObject({ ok: false, blank: true, unknown: false });
  });

  it("reads the forms spreadsheets hold", () => {
    const cases: Array<[string, string]> = [
      ["31/12/2020", "2020-12-31"],
      ["1/2/2020", "2020-02-01"],
      ["31/12/20", "2020-12-31"],
      ["01/01/29", "2029-01-01"],
      ["01/01/30", "1930-01-01"],
      ["31.12.2020", "2020-12-31"],
      ["03.02.2023 05:32:09", "2023-02-03"],
      ["31-12-2020", "2020-12-31"],
      ["2020-12-31", "2020-12-31"],
      ["2020-12-31T10:00:00", "2020-12-31"],
      ["2020-12-31T10:00:00Z", "2020-12-31"],
      ["2020-12-31T23:30:00.000+02:00", "2020-12-31"],
      [" 31/12/2020 ", "2020-12-31"],
      ["26 mars 2020", "2020-03-26"],
      [`26${NBSP}mars${NBSP}2020`, "2020-03-26"],
      ["1er avril 2020", "2020-04-01"],
      ["1ER AVRIL 2020", "2020-04-01"],
      ["26 MARS 2020", "2020-03-26"],
      ["3 f\u00e9vrier 2021", "2021-02-03"],
      ["3 fevrier 2021", "2021-02-03"],
      ["15 ao\u00fbt 2020", "2020-08-15"],
      ["15 aout 2020", "2020-08-15"],
      ["24 d\u00e9cembre 2020", "2020-12-24"],
      ["24 decembre 2020", "2020-12-24"],
      ["5 janv. 2021", "2021-01-05"],
      ["5 f\u00e9vr. 2021", "2021-02-05"],
      ["5 sept. 2021", "2021-09-05"],
      ["5 d\u00e9c. 2021", "2021-12-05"],
      ["29 f\u00e9vrier 2020", "2020-02-29"],
    ];
    for (const [text, expected] of cases) expect([text, read(text)]).toEqual([text, expected]);
  });

  it("treats a blank day as unknown, not as an error", () => {
    for (const text of [
      "__ mars 2020",
      `${ELLIPSIS} mars 2020`,
      "xx/03/2020",
      "__/03/2020",
      "XX.03.2020",
    ]) {
      const r = parseDate(text);
      expect([text, r]).toMatchObject([text, { ok: false, blank: false, unknown: true }]);
      expect(!r.ok && r.reason).toContain("jour non renseigné");
    }
    expect(invalid("__/13/2020")).toContain("n'est pas une date lisible");
  });

  it("refuses impossible dates and other text with a French reason", () => {
    expect(invalid("31/02/2020")).toBe("la date 31/02/2020 n'existe pas");
    expect(invalid("29/02/2021")).toBe("la date 29/02/2021 n'existe pas");
    expect(invalid("2020-13-01")).toBe("la date 01/13/2020 n'existe pas");
    expect(invalid("32 mars 2020")).toBe("la date 32/03/2020 n'existe pas");
    expect(invalid("01/01/1899")).toBe("l'année 1899 est hors limites (1900 à 9999)");
    expect(invalid("26 brumaire 2020")).toBe(
      `"26 brumaire 2020" n'est pas une date lisible (ex. 31/12/2020)`
    );
    expect(invalid("31/12-2020")).toContain("n'est pas une date lisible");
    expect(invalid("demain")).toContain("n'est pas une date lisible");
    expect(invalid("2020")).toContain("n'est pas une date lisible");
    expect(invalid(true)).toBe(`"VRAI" n'est pas une date lisible (ex. 31/12/2020)`);
    expect(invalid({ error: "#N/A" })).toBe("valeur d'erreur Excel #N/A");
    expect(invalid("#VALUE!")).toBe("valeur d'erreur Excel #VALUE!");
  });
});

describe("parseYear", () => {
  it("reads a year from a number or its digits", () => {
    expect(parseYear(2020)).toBe(2020);
    expect(parseYear(2020.0)).toBe(2020);
    expect(parseYear("2020")).toBe(2020);
    expect(parseYear(" 2021 ")).toBe(2021);
    expect(parseYear(1900)).toBe(1900);
    expect(parseYear(2200)).toBe(2200);
  });

  it("returns null for anything else", () => {
    for (const v of [
      2020.5,
      1899,
      2201,
      "20",
      "2020a",
      "",
      null,
      true,
      { error: "#N/A" },
      "2020.0",
    ])
      expect(parseYear(v)).toBeNull();
  });
});

describe("parseMonth", () => {
  it("reads months in every form", () => {
    const cases: Array<[CellValue, string]> = [
      ["2020-09", "2020-09"],
      ["09/2020", "2020-09"],
      ["9/2020", "2020-09"],
      ["2020/09", "2020-09"],
      ["sept. 2020", "2020-09"],
      ["septembre 2020", "2020-09"],
      ["Sept 2020", "2020-09"],
      ["F\u00e9vrier 2021", "2021-02"],
      ["ao\u00fbt 2020", "2020-08"],
      ["15/09/2020", "2020-09"],
      ["2020-09-15", "2020-09"],
      ["__ mars 2020", "2020-03"],
      [44196, "2020-12"],
    ];
    for (const [value, expected] of cases)
      expect([value, parseMonth(value)]).toEqual([value, { ok: true, month: expected }]);
  });

  it("reports blank and unreadable months", () => {
    expect(parseMonth(null)).toMatchObject({ ok: false, blank: true });
    expect(parseMonth(" ")).toMatchObject({ ok: false, blank: true });
    expect(parseMonth("13/2020")).toEqual({
      ok: false,
      blank: false,
      reason: `"13/2020" n'est pas un mois lisible (ex. 2020-09 ou 09/2020)`,
    });
    expect(parseMonth("brumaire 2020")).toMatchObject({ ok: false, blank: false });
    expect(parseMonth("31/02/2020")).toMatchObject({ ok: false, blank: false });
    expect(parseMonth(0)).toMatchObject({ ok: false, blank: false });
    expect(parseMonth({ error: "#REF!" })).toEqual({
      ok: false,
      blank: false,
      reason: "valeur d'erreur Excel #REF!",
    });
  });
});

describe("ISO helpers", () => {
  it("take dates apart and format them", () => {
    expect(yearOf("2020-12-31")).toBe(2020);
    expect(monthOf("2020-09-15")).toBe("2020-09");
    expect(endOfYear(2020)).toBe("2020-12-31");
    expect(formatDateFr("2020-12-31")).toBe("31/12/2020");
  });

  it("validate ISO dates", () => {
    expect(isValidIso("2020-02-29")).toBe(true);
    expect(isValidIso("2021-02-29")).toBe(false);
    expect(isValidIso("2020-2-9")).toBe(false);
    expect(isValidIso("31/12/2020")).toBe(false);
  });

  it("give today's local date", () => {
    expect(todayIso(new Date(2021, 0, 5, 23, 59))).toBe("2021-01-05");
    expect(isValidIso(todayIso())).toBe(true);
  });
});
