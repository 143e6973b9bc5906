/**
 * An extract's rows become ledger lines: rows that differ only by their amount (several postes of
 * one EJ on the same imputation and date, several postes of one DP) add up into the first one's
 * line; any other difference keeps two lines; lines keep the order of their first row.
 */
import { readChorusExtract, sheetInput } from "../../src/domain/chorus";
import { toLedgers } from "../../src/domain/chorus/ledgers";
import { sheet } from "../helpers/book";

const HEADER = [
  "Centre financier",
  "Domaine fonctionnel",
  "Centre de coûts",
  "Activité",
  "N° EJ",
  "N° poste EJ",
  "Date de réplication",
  "N° DP",
  "Montant engagé",
  "Montant payé",
];
const row = (ej: string, poste: string, date: string, dp: string, ae: string, cp: string) => [
  "0113-PEBC-ELAB",
  "0113-07-16",
  "DININCUB75",
  "011301MB0601",
  ej,
  poste,
  date,
  dp,
  ae,
  cp,
];

test("rows differing only by amount add up into the first one's line, in the order of first rows", () => {
  const extract = readChorusExtract(
    sheetInput(
      sheet("Extraction", [
        ["INF-BUD-53"],
        HEADER,
        row("2103104102", "1", "06.04.2020", "100000002", "100,00", "10,00"),
        row("2103104101", "1", "06.04.2020", "100000001", "200,00", "20,00"),
        row("2103104102", "1", "06.04.2020", "100000002", "50,00", "5,00"), // adds to the first
        row("2103104102", "1", "07.04.2020", "100000003", "1,00", "0,00"), // another date
      ])
    )
  )!;
  const { engagements, payments } = toLedgers(extract, (l) => l.centreFinancier, 2020);
  expect(engagements.map((e) => [e.ej, e.row, e.date, e.amount])).toEqual([
    ["2103104102", 3, "2020-04-06", 15000],
    ["2103104101", 4, "2020-04-06", 20000],
    ["2103104102", 6, "2020-04-07", 100],
  ]);
  expect(payments.map((p) => [p.dp, p.row, p.amount])).toEqual([
    ["100000002", 3, 1500],
    ["100000001", 4, 2000],
  ]);
});
