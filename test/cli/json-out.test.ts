/**
 * `report --json` streams its summary (a summary of 10^6 open EJs was the run's peak of memory
 * when built as one string); what it prints must stay exactly what JSON.stringify printed.
 */
import * as fc from "fast-check";
import * as path from "path";
import { writeJson } from "../../src/cli/json-out";
import { formatSummary, MAX_OPEN_EJ_SHOWN, MSG_MORE_OPEN_EJ } from "../../src/cli/format";
import { EXAMPLES, plafond, tmpDir } from "../helpers/cli";

const CAMINO = path.join(EXAMPLES, "camino-2020.xlsx");
const dir = tmpDir();
const openEjJson = () =>
  plafond(["report", CAMINO, "--json", "--open-ej", "--out", path.join(dir, "copie.xlsx")]);

const streamed = (v: unknown): { text: string; chunks: number } => {
  let text = "";
  let chunks = 0;
  writeJson(v, (c) => {
    text += c;
    chunks++;
  });
  return { text, chunks };
};

describe("report --json, streamed", () => {
  test("any JSON value is written byte for byte as JSON.stringify(v, null, 2)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(streamed(v).text).toBe(JSON.stringify(v, null, 2));
      }),
      { numRuns: 300 }
    );
  });

  test("arrays of flat members at every depth (written by blocks): as JSON.stringify", () => {
    const flat = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ ej: String(i), n: i, x: undefined, s: "a\nb" }));
    const v = {
      top: flat(600),
      deep: { a: [[flat(300), [1, "2", null]], { b: [flat(3), []] }] },
      mixed: [1, { o: { p: 1 } }, ...flat(5), undefined, [flat(2)]],
    };
    expect(streamed(v).text).toBe(JSON.stringify(v, null, 2));
    expect(streamed(flat(1000)).text).toBe(JSON.stringify(flat(1000), null, 2));
  });

  test("undefined members, toJSON and large arrays: as JSON.stringify, in several chunks", () => {
    const v = {
      a: undefined,
      d: new Date(Date.UTC(2020, 5, 30)),
      list: Array.from({ length: 20_000 }, (_, i) => ({
        ej: String(2100000000 + i),
        x: undefined,
      })),
      holes: [undefined, 1],
    };
    const out = streamed(v);
    expect(out.text).toBe(JSON.stringify(v, null, 2));
    expect(out.chunks).toBeGreaterThan(1);
  });

  test("the CLI's --json output parses and names the convention", () => {
    const r = openEjJson();
    if (r.status !== 0) throw new Error(r.stderr);
    const json = JSON.parse(r.stdout);
    expect(json.convention.reference).toBeTruthy();
    expect(json.openEJ.length).toBeGreaterThan(0);
    expect(r.stdout.endsWith("}\n")).toBe(true);
  });
});

describe("the terminal's list of open EJs", () => {
  test(`past ${MAX_OPEN_EJ_SHOWN} EJs, the terminal says how many more the Rapport holds`, () => {
    const r = openEjJson();
    const summary = JSON.parse(r.stdout);
    const one = summary.openEJ[0];
    const many = Array.from({ length: MAX_OPEN_EJ_SHOWN + 42 }, (_, i) => ({
      ...one,
      ej: String(3000000000 + i),
    }));
    const text = formatSummary({ ...summary, openEJ: many }, null);
    expect(text).toContain(`EJ non soldés (${MAX_OPEN_EJ_SHOWN + 42}) :`);
    expect(text).toContain(String(3000000000 + MAX_OPEN_EJ_SHOWN - 1));
    expect(text).not.toContain(String(3000000000 + MAX_OPEN_EJ_SHOWN));
    expect(text).toContain(MSG_MORE_OPEN_EJ(42));
    const few = formatSummary({ ...summary, openEJ: many.slice(0, 3) }, null);
    expect(few).not.toContain("autres EJ non soldés");
  });
});
