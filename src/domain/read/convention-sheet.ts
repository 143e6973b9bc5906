import { CONVENTION_FIELDS, DEFAULT_ALERT_THRESHOLD, DEFAULT_NOTICE_MONTHS } from "../contract";
import { parseAmount } from "../amount";
import { endOfYear, parseDate, yearOf } from "../date";
import { issue, Issue } from "../issues";
import type { ConventionInfo } from "../model";
import { money } from "../money";
import { cellText, normalizeKey } from "../text";
import { CellValue, isBlank } from "../../grid";
import type { RawSheet } from "../../grid";
import { MSG_DATE, MSG_FIELD_MISSING, MSG_NOTICE, MSG_THRESHOLD } from "./messages";

interface Entry {
  readonly row: number;
  readonly label: string;
  readonly value: CellValue;
}

/** Label/value pairs: the first non-empty cell of a row is the label, the next one its value. */
function entries(sheet: RawSheet): Entry[] {
  const out: Entry[] = [];
  sheet.values.forEach((cells, i) => {
    const first = cells.findIndex((v) => !isBlank(v));
    if (first < 0) return;
    const rest = cells.slice(first + 1).find((v) => !isBlank(v)) ?? null;
    out.push({ row: sheet.origin.row + i + 1, label: cellText(cells[first] ?? null), value: rest });
  });
  return out;
}

function threshold(value: CellValue): ReturnType<typeof money> | null {
  const text = typeof value === "string" ? value : "";
  const parsed = parseAmount(typeof value === "string" ? value.replace("%", "") : value);
  if (!parsed.ok) return null;
  // 0.9 (a percent-formatted cell), "90 %" and 90 all mean ninety percent.
  const isPercentText = text.includes("%");
  const n = parsed.value;
  if (isPercentText || n.gt(1)) return n.div(100);
  return n;
}

export function readConventionSheet(sheet: RawSheet): { info: ConventionInfo; issues: Issue[] } {
  const issues: Issue[] = [];
  const found = new Map<string, Entry>();
  for (const entry of entries(sheet)) {
    const key = normalizeKey(entry.label);
    const spec = CONVENTION_FIELDS.find((f) => f.aliases.some((a) => normalizeKey(a) === key));
    if (spec && !found.has(spec.field)) found.set(spec.field, entry);
  }
  const text = (field: string): string | null => {
    const entry = found.get(field);
    const value = entry ? cellText(entry.value) : "";
    return value === "" ? null : value;
  };
  for (const spec of CONVENTION_FIELDS) {
    if (spec.required && text(spec.field) === null) {
      const entry = found.get(spec.field);
      issues.push(
        issue(
          "FIELD_MISSING",
          sheet.name,
          entry?.row ?? null,
          spec.header,
          MSG_FIELD_MISSING(spec.header)
        )
      );
    }
  }
  const date = (field: string): string | null => {
    const entry = found.get(field);
    if (!entry) return null;
    const result = parseDate(entry.value);
    if (result.ok) return result.date;
    if (!result.blank && !result.unknown)
      issues.push(
        issue(
          "DATE_INVALID",
          sheet.name,
          entry.row,
          entry.label,
          MSG_DATE(entry.label, result.reason)
        )
      );
    return null;
  };
  const signature = date("signature");
  const start = date("start") ?? signature;
  const end = date("end") ?? (start ? endOfYear(yearOf(start)) : null);

  let noticeMonths = DEFAULT_NOTICE_MONTHS;
  const notice = found.get("notice");
  if (notice && !isBlank(notice.value)) {
    const n = parseAmount(notice.value);
    if (n.ok && n.value.isInteger() && n.value.gte(0)) noticeMonths = n.value.toNumber();
    else
      issues.push(
        issue(
          "VALUE_INVALID",
          sheet.name,
          notice.row,
          notice.label,
          MSG_NOTICE(cellText(notice.value))
        )
      );
  }
  let alertThreshold = money(DEFAULT_ALERT_THRESHOLD);
  const seuil = found.get("threshold");
  if (seuil && !isBlank(seuil.value)) {
    const t = threshold(seuil.value);
    if (t && t.gt(0)) alertThreshold = t;
    else
      issues.push(
        issue(
          "VALUE_INVALID",
          sheet.name,
          seuil.row,
          seuil.label,
          MSG_THRESHOLD(cellText(seuil.value))
        )
      );
  }
  const info: ConventionInfo = {
    reference: text("reference"),
    intitule: text("intitule"),
    delegant: text("delegant"),
    delegataire: text("delegataire"),
    signature,
    start,
    end,
    noticeMonths,
    alertThreshold,
  };
  return { info, issues };
}
