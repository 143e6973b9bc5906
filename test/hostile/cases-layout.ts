/** Hostile layouts: merged cells, hidden rows, headers below a title, tables, wide and tall sheets. */
import {
  BASE_LINE_A,
  BASE_LINE_B,
  BASE_TOTAL,
  baseSheets,
  CF_A,
  CF_B,
  ceilingRow,
  CEIL_HEADER,
  dp,
  ej,
  ENG_HEADER,
  ENG_ROWS,
  PAY_ROWS,
} from "./base";
import { workbookCase, type HostileCase } from "./harness";
import { text as cellText, rowOf } from "./report-check";
import type { Cell } from "./xlsx-builder";

const BASE = { lines: [BASE_LINE_A, BASE_LINE_B], total: BASE_TOTAL, issues: [] };
const pad = (n: number, row: Cell[]): Cell[] => [...new Array<Cell>(n).fill(null), ...row];

export const layoutCases: HostileCase[] = [
  workbookCase(
    "a title merged across the header's width, above the header",
    baseSheets({
      sheets: {
        engagements: {
          rows: [
            ["Engagements juridiques 2020"],
            ENG_HEADER,
            ENG_ROWS[0],
            ej("2100000002", { date: "2020-05-04" }, "n/a", { cf: CF_B }),
          ],
          merges: ["A1:I1"],
        },
      },
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
      issues: ["AMOUNT_INVALID Engagements!4 Montant AE", "CP_EXCEEDS_EJ Paiements!3 Montant CP"],
    }
  ),
  workbookCase(
    "a two-row header with vertically merged cells is refused, naming the column it lacks",
    baseSheets({
      sheets: {
        engagements: {
          rows: [
            [
              "N° EJ",
              "Date",
              "Imputation",
              null,
              null,
              null,
              "Fournisseur",
              "Prestation",
              "Montant AE",
            ],
            [null, null, "Centre financier", "Domaine fonctionnel", "Activité", "Centre de coûts"],
            ...ENG_ROWS,
          ],
          merges: ["A1:A2", "B1:B2", "C1:F1", "G1:G2", "H1:H2", "I1:I2"],
        },
      },
    }),
    {
      exit: 2,
      stderr: /classeur\.xlsx : La colonne « N° EJ » est absente de la feuille « Engagements »/,
    }
  ),
  workbookCase(
    "merged data cells (one EJ over two postes): each poste counts, the unnamed one is reported",
    baseSheets({
      sheets: {
        engagements: {
          rows: [
            ENG_HEADER,
            ENG_ROWS[0],
            [null, null, CF_A, "0113-07-16", "011301MB0601", "DININCUB75", null, "Design", 5000],
            ENG_ROWS[1],
          ],
          merges: ["A2:A3", "B2:B3", "G2:G3"],
        },
      },
    }),
    {
      exit: 0,
      lines: [
        {
          ...BASE_LINE_A,
          engagedAE: "35000.00",
          availableAE: "65000.00",
          outstanding: "15000.00",
          engagementRate: "0.3500",
        },
        BASE_LINE_B,
      ],
      total: {
        ...BASE_TOTAL,
        engagedAE: "45000.00",
        availableAE: "105000.00",
        outstanding: "15000.00",
        engagementRate: "0.3000",
      },
      // Issue 11: the merged date leaves row 3 undated: it counts in the start year, and is reported.
      issues: ["EJ_FORMAT Engagements!3 N° EJ", "DATE_MISSING Engagements!3 Date"],
    }
  ),
  workbookCase(
    "hidden rows are read and counted like any other (a hidden line is still money engaged)",
    baseSheets({
      sheets: {
        engagements: { hiddenRows: [3] },
        plafonds: { hiddenRows: [3] },
        paiements: { hiddenRows: [2, 3] },
      },
    }),
    { exit: 0, ...BASE }
  ),
  workbookCase(
    "the header on row 5, below a title, a date line and an empty row",
    baseSheets({
      sheets: {
        engagements: {
          rows: [
            ["Suivi des engagements — convention HOSTILE-2020"],
            ["Mis à jour le", { date: "2020-06-30" }],
            ["Montants en euros"],
            [],
            ENG_HEADER,
            ENG_ROWS[0],
            ej("2100000002", "31/02/2020", 10000, {
              cf: CF_B,
              supplier: "Coop Design",
              prestation: "Design",
            }),
          ],
        },
      },
    }),
    { exit: 0, lines: [BASE_LINE_A, BASE_LINE_B], issues: ["DATE_INVALID Engagements!7 Date"] }
  ),
  workbookCase(
    "a sheet 10 000 columns wide (extra columns ignored)",
    baseSheets({
      sheets: {
        engagements: {
          rows: [
            [...ENG_HEADER, ...Array.from({ length: 9991 }, (_, i) => `Colonne ${i + 10}`)],
            [...ENG_ROWS[0], ...Array.from({ length: 9991 }, (_, i) => i)],
            [...ENG_ROWS[1], ...Array.from({ length: 9991 }, (_, i) => (i % 2 ? "texte" : null))],
          ],
        },
      },
    }),
    { exit: 0, ...BASE }
  ),
  workbookCase(
    "an Excel table at C5 with notes around it: only the table is read",
    baseSheets({
      sheets: {
        engagements: {
          rows: [
            ["Note : montants en euros, voir le tableau"],
            [],
            [],
            [],
            pad(2, ENG_HEADER),
            pad(2, ENG_ROWS[0]),
            [...pad(2, ENG_ROWS[1]), null, "commentaire libre"],
            [],
            pad(2, ["Total", null, null, null, null, null, null, null, 40000]),
          ],
          tables: [{ name: "TableEJ", ref: "C5:K7", columns: ENG_HEADER }],
        },
      },
    }),
    { exit: 0, ...BASE }
  ),
  workbookCase(
    "a table with a totals row: the totals row is not an EJ line",
    baseSheets({
      sheets: {
        engagements: {
          rows: [
            ENG_HEADER,
            ...ENG_ROWS,
            [
              "Total",
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              { f: "SUBTOTAL(109,TableEJ[Montant AE])", cached: 40000 },
            ],
          ],
          tables: [{ name: "TableEJ", ref: "A1:I4", columns: ENG_HEADER, totalsRow: true }],
        },
        paiements: {
          rows: [
            ["N° DP", "Date", "N° EJ", "Montant CP"],
            ...PAY_ROWS,
            ["Total", null, null, { f: "SUBTOTAL(109,TableDP[Montant CP])", cached: 30000 }],
          ],
          tables: [
            {
              name: "TableDP",
              ref: "A1:D4",
              columns: ["N° DP", "Date", "N° EJ", "Montant CP"],
              totalsRow: true,
            },
          ],
        },
      },
    }),
    { exit: 0, ...BASE }
  ),
  workbookCase(
    "inline strings instead of shared strings (as other generators write)",
    baseSheets(),
    { exit: 0, ...BASE },
    { inlineStrings: true }
  ),
  workbookCase(
    "a lone EJ line on the sheet's last row (1 048 576), far below the others",
    baseSheets({
      sheets: {
        engagements: { farRows: [[1048576, ej("2100000003", { date: "2020-07-01" }, "beaucoup")]] },
      },
    }),
    {
      exit: 0,
      lines: [BASE_LINE_A, BASE_LINE_B],
      issues: ["AMOUNT_INVALID Engagements!1048576 Montant AE"],
    }
  ),
  workbookCase(
    "a row entered twice is flagged from the second one on, and both count",
    baseSheets({ engagements: [ENG_ROWS[0], ENG_ROWS[0], ENG_ROWS[1]] }),
    {
      exit: 0,
      lines: [
        {
          ...BASE_LINE_A,
          engagedAE: "60000.00",
          availableAE: "40000.00",
          outstanding: "40000.00",
          engagementRate: "0.6000",
        },
        BASE_LINE_B,
      ],
      total: {
        ...BASE_TOTAL,
        engagedAE: "70000.00",
        availableAE: "80000.00",
        outstanding: "40000.00",
        engagementRate: "0.4667",
      },
      issues: ["DUPLICATE_ROW Engagements!3 N° EJ"],
    }
  ),
  workbookCase(
    "dates in every form a controller types, and an impossible 31/02/2020",
    baseSheets({
      engagements: [
        ej("2100000001", "15/04/2020", 30000),
        ej("2100000002", "4 mai 2020", 10000, {
          cf: CF_B,
          supplier: "Coop Design",
          prestation: "Design",
        }),
      ],
      paiements: [
        dp("100000001", "20.05.2020 10:32:09", "2100000001", 20000),
        dp("100000002", "2020-06-10", "2100000002", 6000),
        dp("100000003", "31/02/2020", "2100000002", 4000),
      ],
    }),
    { exit: 0, lines: [BASE_LINE_A, BASE_LINE_B], issues: ["DATE_INVALID Paiements!4 Date"] }
  ),
  workbookCase(
    "years stored as text with spaces around them, and a veryHidden Imputations sheet",
    (() => {
      const sheets = baseSheets({
        plafonds: [
          ceilingRow(CF_A, 100000, 100000, { year: " 2020\u00a0" }),
          ceilingRow(CF_B, 50000, 50000, { year: "2020" }),
        ],
      });
      return sheets.map((s) =>
        s.name === "Imputations" ? { ...s, state: "veryHidden" as const } : s
      );
    })(),
    { exit: 0, ...BASE }
  ),
  workbookCase(
    "a ceiling with an unknown Nature is reported and counted as a mise à disposition",
    baseSheets({
      plafonds: [
        ceilingRow(CF_A, 100000, 100000, { nature: "Rétrocession" }),
        ceilingRow(CF_B, 50000, 50000, { nature: "à rétablir" }),
      ],
    }),
    {
      exit: 0,
      // Issue 11: an À rétablir line without "Disponible le" is awaited: its CP are not available,
      // and the 10 000 paid exceed what is (CP_ABOVE_AVAILABLE).
      lines: [
        BASE_LINE_A,
        {
          ...BASE_LINE_B,
          pendingReestablishment: "50000.00",
          awaitedReestablishment: "50000.00",
          availableCP: "-10000.00",
        },
      ],
      total: {
        ...BASE_TOTAL,
        pendingReestablishment: "50000.00",
        awaitedReestablishment: "50000.00",
        availableCP: "70000.00",
      },
      issues: ["VALUE_INVALID Plafonds!2 Nature", "CP_ABOVE_AVAILABLE Plafonds!3 CP"],
    }
  ),
  workbookCase(
    "a Convention sheet without Référence nor Délégataire: reported, the report is still written",
    baseSheets({
      convention: {
        name: "Convention",
        rows: [
          ["Délégant", "DGALN"],
          ["Date de signature", { date: "2020-03-26" }],
          ["Délégataire"],
        ],
      },
    }),
    {
      exit: 0,
      ...BASE,
      issues: ["FIELD_MISSING Convention!- Référence", "FIELD_MISSING Convention!3 Délégataire"],
      check: (s, { report }) => {
        expect(s.convention).toMatchObject({
          reference: null,
          delegataire: null,
          end: "2020-12-31",
        });
        expect(cellText(report, 1, 0)).toBe(
          "Rapport d'exécution de la convention (référence non renseignée)"
        );
        expect(cellText(report, rowOf(report, "Délégataire"), 1)).toBe("non renseigné");
      },
    }
  ),
  workbookCase(
    "the Plafonds header with aliases and extra columns in another order",
    baseSheets({
      sheets: {
        plafonds: {
          rows: [
            ["Commentaire", "CP", "AE", "Année", "UO", "Avenant", ...CEIL_HEADER.slice(2, 4)],
            ["", 100000, 100000, 2020, CF_A, "", "DGALN", ""],
            ["voir avenant", 50000, 50000, 2020, CF_B, "Convention", "DGALN", "Mise à disposition"],
          ],
        },
      },
    }),
    { exit: 0, ...BASE }
  ),
];
