/** French sentences of the use cases, said once for every entry. */
import type { Issue } from "../domain/issues";

const quoted = (names: readonly string[]) => {
  const q = names.map((n) => `« ${n} »`);
  return q.length > 1 ? `${q.slice(0, -1).join(", ")} et ${q[q.length - 1]}` : q[0];
};

const NOT_CONVENTION =
  "ce classeur n'est pas un classeur de convention Plafond (voir l'exemple examples/camino-2020.xlsx)";

/**
 * One sentence for "not a convention workbook": the missing sheets when any (all of them), else
 * the missing columns' own messages.
 */
export function notConventionMessage(problems: readonly Issue[]): string {
  const sheets = problems.filter((p) => p.code === "SHEET_MISSING").map((p) => p.sheet);
  if (sheets.length === 1) return problems.find((p) => p.code === "SHEET_MISSING")!.message;
  if (sheets.length > 1) return `Les feuilles ${quoted(sheets)} sont absentes : ${NOT_CONVENTION}.`;
  if (problems.length === 0) return `Classeur illisible : ${NOT_CONVENTION}.`;
  return problems.map((p) => p.message).join(" ");
}
