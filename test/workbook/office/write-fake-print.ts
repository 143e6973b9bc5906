/**
 * Page set-up in the Excel fake: what the writer asks of PageLayout, page breaks, merges and row
 * heights is recorded in the request it belongs to and applied at sync, like everything else.
 */
import type { FakeExcel } from "./write-fake-excel";

export interface FakePrint {
  readonly layout: Record<string, unknown>;
  printTitleRows: string | null;
  readonly headersFooters: Record<string, string>;
  readonly breaks: string[];
  readonly merges: Set<string>;
  /** Ranges whose cells wrap. */
  readonly wrapped: Set<string>;
  readonly rowHeights: Map<number, number>;
}

export function emptyPrint(): FakePrint {
  return {
    layout: {},
    printTitleRows: null,
    headersFooters: {},
    breaks: [],
    merges: new Set(),
    wrapped: new Set(),
    rowHeights: new Map(),
  };
}

/** sheet.pageLayout: each property set is recorded, and kept at sync. */
export function fakePageLayout(fake: FakeExcel, print: FakePrint): object {
  const settable = [
    "orientation",
    "paperSize",
    "zoom",
    "centerHorizontally",
    "leftMargin",
    "rightMargin",
    "topMargin",
    "bottomMargin",
    "headerMargin",
    "footerMargin",
  ];
  const layout: Record<string, unknown> = {
    setPrintTitleRows: (rows: string) =>
      fake.record("setPrintTitleRows", [rows], () => (print.printTitleRows = rows)),
  };
  for (const name of settable)
    Object.defineProperty(layout, name, {
      set: (v: unknown) => fake.record(`pageLayout.${name}`, [v], () => (print.layout[name] = v)),
    });
  const group: Record<string, unknown> = {};
  for (const side of ["left", "center", "right"])
    for (const part of ["Header", "Footer"])
      Object.defineProperty(group, side + part, {
        set: (v: string) =>
          fake.record(`${side}${part}`, [v], () => (print.headersFooters[side + part] = v)),
      });
  layout.headersFooters = { defaultForAllPages: group };
  return layout;
}

export function fakePageBreaks(fake: FakeExcel, print: FakePrint): object {
  return {
    add: (cell: string) => fake.record("pageBreak.add", [cell], () => print.breaks.push(cell)),
    removePageBreaks: () => fake.record("removePageBreaks", [], () => (print.breaks.length = 0)),
  };
}
