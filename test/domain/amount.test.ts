import fc from "fast-check";
import { parseAmount, type AmountResult } from "../../src/domain/amount";
import { formatAmount } from "../../src/domain/money";
import type { CellValue } from "../../src/grid";

const SP = " ";
const NBSP = "\u00a0";
const NNBSP = "\u202f";
const THIN = "\u2009";
const EN_DASH = "\u2013";
const MINUS_SIGN = "\u2212";

/** The amount read, as the contract's two-decimal string, or the failure. */
function read(value: CellValue): string | AmountResult {
  const r = parseAmount(value);
  return r.ok ? formatAmount(r.value) : r;
}

function reason(value: CellValue): string {
  const r = parseAmount(value);
  if (r.ok) throw new Error(`read ${String(value)} as ${r.value.toString()}`);
  expect(r.blank).toBe(false);
  return r.reason;
}

describe("parseAmount", () => {
  it("reports blank cells as blank", () => {
    for (const v of [null, "", "   ", `${NBSP}${NNBSP}`]) {
      const r = parseAmount(v);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.blank).toBe(true);
    }
  });

  it("reads Excel doubles through 15 significant digits", () => {
    expect(read(160000)).toBe("160000.00");
    expect(read(0.1 + 0.2)).toBe("0.30");
    const r = parseAmount(0.30000000000000004);
    expect(r.ok && r.value.toString()).toBe("0.3");
    const exact = parseAmount(22500.12);
    expect(exact.ok && exact.value.toString()).toBe("22500.12");
    const big = parseAmount(1e15);
    expect(big.ok && big.value.toFixed()).toBe("1000000000000000");
    const small = parseAmount(0.001);
    expect(small.ok && small.value.toString()).toBe("0.001");
    expect(read(-1234.5)).toBe("-1234.50");
    expect(read(-0)).toBe("0.00");
  });

  it("reads what French spreadsheets hold", () => {
    const cases: Array<[string, string]> = [
      ["160000", "160000.00"],
      [`160${SP}000${SP}€`, "160000.00"],
      [`160${NNBSP}000,00${NBSP}€`, "160000.00"],
      [`160${NBSP}000,00${NBSP}€`, "160000.00"],
      [`160${THIN}000,00 €`, "160000.00"],
      [`1${SP}234,56`, "1234.56"],
      [`80${SP}000 EUR`, "80000.00"],
      ["80000EUR", "80000.00"],
      ["140 k€", "140000.00"],
      ["140 K€", "140000.00"],
      ["140 kEUR", "140000.00"],
      ["140k€", "140000.00"],
      ["1,2 M€", "1200000.00"],
      ["1,2 MEUR", "1200000.00"],
      ["-1 234,56", "-1234.56"],
      [`${EN_DASH}1 234,56`, "-1234.56"],
      [`${MINUS_SIGN}1${NNBSP}234,56${NBSP}€`, "-1234.56"],
      [`${EN_DASH} 5 000 €`, "-5000.00"],
      ["(1 234,56)", "-1234.56"],
      [`(1${NNBSP}234,56${NBSP}€)`, "-1234.56"],
      ["+1 000", "1000.00"],
      ["€ 1 000", "1000.00"],
      [`€${NBSP}1${NNBSP}000,50`, "1000.50"],
      ["  42  ", "42.00"],
      ["-0", "0.00"],
    ];
    for (const [text, expected] of cases) expect([text, read(text)]).toEqual([text, expected]);
  });

  it("decides the decimal separator", () => {
    const cases: Array<[string, string]> = [
      ["1.234,56", "1234.56"],
      ["1,234.56", "1234.56"],
      ["1.234.567,8", "1234567.80"],
      ["1,234,567.8", "1234567.80"],
      ["22500,12", "22500.12"],
      ["200,0", "200.00"],
      ["1.234.567", "1234567.00"],
      ["12615940.52", "12615940.52"],
      ["1.234", "1.23"],
      ["0,001", "0.00"],
      [`1${NNBSP}234.5`, "1234.50"],
    ];
    for (const [text, expected] of cases) expect([text, read(text)]).toEqual([text, expected]);
    const thousandth = parseAmount("0,001");
    expect(thousandth.ok && thousandth.value.toString()).toBe("0.001");
  });

  it("refuses text that is not an amount, naming it", () => {
    expect(reason("abc")).toBe(`"abc" n'est pas un montant lisible`);
    expect(reason("12 abc")).toBe(`"12 abc" n'est pas un montant lisible`);
    expect(reason("€")).toBe(`"€" n'est pas un montant lisible (aucun chiffre)`);
    expect(reason("k€")).toBe(`"k€" n'est pas un montant lisible (aucun chiffre)`);
    expect(reason("-")).toBe(`"-" n'est pas un montant lisible (aucun chiffre)`);
    expect(reason("1,2,3")).toContain("séparateurs");
    expect(reason("1.234,56,7")).toContain("séparateurs");
    expect(reason("1,234.567.8")).toContain("séparateurs");
    expect(reason("1 23")).toContain("séparateurs");
    expect(reason("1.23.45")).toContain("séparateurs");
    expect(reason("12,")).toContain("séparateurs");
    expect(reason(",5")).toContain("séparateurs");
    expect(reason("(-5)")).toBe(`"(-5)" n'est pas un montant lisible (signe en double)`);
    expect(reason("--5")).toContain("n'est pas un montant lisible");
    expect(reason("5 m€")).toContain("n'est pas un montant lisible");
    expect(reason("5 $")).toContain("n'est pas un montant lisible");
    expect(reason("1e5")).toContain("n'est pas un montant lisible");
    expect(reason("12%")).toContain("n'est pas un montant lisible");
  });

  it("refuses booleans, non-finite numbers and Excel errors", () => {
    expect(reason(true)).toBe("la valeur VRAI n'est pas un montant");
    expect(reason(false)).toBe("la valeur FAUX n'est pas un montant");
    expect(reason(Number.NaN)).toBe("le nombre NaN n'est pas un montant");
    expect(reason(Infinity)).toBe("le nombre Infinity n'est pas un montant");
    expect(reason({ error: "#N/A" })).toBe("valeur d'erreur Excel #N/A");
    expect(reason("#VALUE!")).toBe("valeur d'erreur Excel #VALUE!");
    expect(reason("#DIV/0!")).toBe("valeur d'erreur Excel #DIV/0!");
  });

  it("reads any cell double of cents as those exact cents", () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 13), max: 10 ** 13 }), (c) => {
        const digits = (Math.abs(c) / 100).toFixed(2);
        expect(read(c / 100)).toBe(c < 0 ? `-${digits}` : digits);
      })
    );
  });
});
