/**
 * Dates and notice period. The signature comes from the title ("en date du …"), the closing
 * "Fait à …, le …" or a "Date de signature :" label; start and end only from the article on the
 * period. A date whose day is left blank ("__ mars 2020") is unknown: it gives no date, only its
 * year for "jusqu'au 31 décembre de la même année".
 */
import { isValidIso, parseDate, type IsoDate } from "../date";
import { fold, sentenceAt } from "./normalize";
import { periodZones, type Section } from "./structure";

export interface Found<T> {
  readonly value: T;
  readonly text: string;
}

export interface DateFindings {
  signature: Found<IsoDate> | null;
  /** The year of a signature date written with its day left blank. */
  signatureYear: number | null;
  start: Found<IsoDate> | null;
  /** "à compter de sa signature": the start is the signature, whatever it is. */
  startAtSignature: string | null;
  end: Found<IsoDate> | null;
  /** "jusqu'au 31 décembre de la même année": the year is to be found elsewhere. */
  endSameYear: string | null;
  /** "pour une durée de 12 mois": the end follows from the start. */
  durationMonths: Found<number> | null;
  notice: Found<number> | null;
}

const DAY = String.raw`(?:\d{1,2}|1er|_+|x{1,2}|\.{2,3}|…)`;
const MONTH = String.raw`(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|janv|fevr?|avr|juil|sept|oct|nov|dec)\.?`;
const DATE = String.raw`(?:${DAY}\s+${MONTH}\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{4})`;

/** The date a folded match names: an ISO date, or only its year when the day is blank. */
function readDate(text: string): { iso: IsoDate | null; year: number | null } {
  const squeezed = text.replace(/\s+/g, " ").trim();
  const numeric = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(squeezed);
  const parsed = parseDate(numeric ? `${numeric[1]}/${numeric[2]}/${numeric[3]}` : squeezed);
  const year = Number(/\d{4}$/.exec(squeezed)?.[0] ?? NaN);
  if (parsed.ok) return { iso: parsed.date, year };
  return { iso: null, year: parsed.unknown ? year : null };
}

interface DateMatch {
  readonly iso: IsoDate | null;
  readonly year: number | null;
  readonly text: string;
}

/** Every match of `pattern` (folded, with a `(?<date>…)` group) in the zones, in order. */
function matchDates(
  text: string,
  folded: string,
  zones: readonly Section[],
  pattern: string,
  group = "date"
): DateMatch[] {
  const out: DateMatch[] = [];
  const re = new RegExp(pattern, "g");
  for (const zone of zones) {
    for (const m of folded.slice(zone.start, zone.end).matchAll(re)) {
      const at = zone.start + m.index;
      const sentence = sentenceAt(text, at, at + m[0].length);
      // "Vu la convention du …" quotes another act.
      if (/^vu\b/i.test(sentence)) continue;
      const { iso, year } = readDate(m.groups?.[group] ?? "");
      out.push({ iso, year, text: sentence });
    }
  }
  return out;
}

const WHOLE = (text: string): Section[] => [{ start: 0, end: text.length, heading: "" }];

/** The title block: before the parties ("Entre"), the first article or the visas. */
function titleZone(text: string, folded: string): Section[] {
  const stop = /(?:^|\n)[ \t]*(?:entre\b|vu\b|article\b|le delegant\b|delegant\s*:)/.exec(folded);
  return [{ start: 0, end: Math.min(stop ? stop.index : 800, 800, text.length), heading: "" }];
}

function findSignature(text: string, folded: string, found: DateFindings): void {
  const candidates = [
    ...matchDates(
      text,
      folded,
      titleZone(text, folded),
      String.raw`(?:en date du|signee le)\s+(?<date>${DATE})`
    ),
    ...matchDates(
      text,
      folded,
      WHOLE(text),
      String.raw`fait a [^,\n]{1,40},(?:[^,\n]{0,60},)?\s*le\s*(?<date>${DATE})`
    ),
    ...matchDates(
      text,
      folded,
      WHOLE(text),
      String.raw`date de (?:la )?signature\s*:\s*(?<date>${DATE})`
    ),
  ];
  const known = candidates.find((c) => c.iso !== null);
  if (known) found.signature = { value: known.iso as IsoDate, text: known.text };
  else found.signatureYear = candidates.find((c) => c.year !== null)?.year ?? null;
}

const SAME_YEAR = String.raw`jusqu'(?:au|a la date du)\s+31\s+decembre\s+(?:de\s+la\s+meme\s+annee|de\s+cette\s+(?:meme\s+)?annee|de\s+l'annee\s+(?:en\s+cours|civile|de\s+(?:sa\s+)?signature)|de\s+l'exercice(?:\s+en\s+cours)?)`;
const AT_SIGNATURE = String.raw`(?:commencant|debutant|court|prend effet|entre en vigueur|a compter)\s+(?:a|de|des)\s+(?:la\s+date\s+de\s+)?(?:sa|la)\s+signature`;
const NUMBERS: Record<string, number> = {
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
};
const COUNT = String.raw`(?<n>\d{1,2}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)(?:\s*\(\d{1,2}\))?`;

function firstKnown(list: DateMatch[]): Found<IsoDate> | null {
  const m = list.find((d) => d.iso !== null);
  return m ? { value: m.iso as IsoDate, text: m.text } : null;
}

function firstSentence(
  text: string,
  folded: string,
  zones: readonly Section[],
  pattern: string
): { text: string; m: RegExpMatchArray } | null {
  const re = new RegExp(pattern);
  for (const zone of zones) {
    const m = re.exec(folded.slice(zone.start, zone.end));
    if (m)
      return {
        m,
        text: sentenceAt(text, zone.start + m.index, zone.start + m.index + m[0].length),
      };
  }
  return null;
}

export function findDates(text: string): DateFindings {
  const folded = fold(text);
  const zones = periodZones(text);
  const found: DateFindings = {
    signature: null,
    signatureYear: null,
    start: null,
    startAtSignature: null,
    end: null,
    endSameYear: null,
    durationMonths: null,
    notice: null,
  };
  findSignature(text, folded, found);

  const range = matchDates(
    text,
    folded,
    zones,
    String.raw`\bdu\s+(?<date>${DATE})\s+au\s+(?<to>${DATE})`
  );
  const rangeEnd = matchDates(
    text,
    folded,
    zones,
    String.raw`\bdu\s+(?<from>${DATE})\s+au\s+(?<date>${DATE})`
  );
  found.start =
    firstKnown(
      matchDates(
        text,
        folded,
        WHOLE(text),
        String.raw`date de (?:debut|prise d'effet)\s*:\s*(?<date>${DATE})`
      )
    ) ??
    firstKnown(
      matchDates(
        text,
        folded,
        zones,
        String.raw`(?:prend effet|entre en vigueur|commence|debute|court)\s+(?:a compter du|a partir du|le|au|des le)\s+(?<date>${DATE})`
      )
    ) ??
    firstKnown(
      matchDates(text, folded, zones, String.raw`(?:a compter|a partir)\s+du\s+(?<date>${DATE})`)
    ) ??
    firstKnown(range);
  found.startAtSignature = firstSentence(text, folded, zones, AT_SIGNATURE)?.text ?? null;

  found.end =
    firstKnown(
      matchDates(text, folded, WHOLE(text), String.raw`date de fin\s*:\s*(?<date>${DATE})`)
    ) ??
    firstKnown(
      matchDates(text, folded, zones, String.raw`jusqu'(?:au|a la date du)\s+(?<date>${DATE})`)
    ) ??
    firstKnown(
      matchDates(
        text,
        folded,
        zones,
        String.raw`(?:prend fin|s'acheve|expire|se termine|arrive a (?:son )?(?:terme|echeance))\s+(?:le|au)\s+(?<date>${DATE})`
      )
    ) ??
    firstKnown(rangeEnd);
  found.endSameYear = firstSentence(text, folded, zones, SAME_YEAR)?.text ?? null;
  const duration = firstSentence(
    text,
    folded,
    zones,
    String.raw`(?:pour une|d'une) duree de\s+${COUNT}\s+mois`
  );
  if (duration)
    found.durationMonths = { value: countOf(duration.m.groups?.n ?? ""), text: duration.text };

  const notice = firstSentence(
    text,
    folded,
    [...zones, ...WHOLE(text)],
    String.raw`preavis\s+(?:d'une duree\s+)?(?:de\s+|d')${COUNT}\s+mois`
  );
  if (notice) found.notice = { value: countOf(notice.m.groups?.n ?? ""), text: notice.text };
  return found;
}

function countOf(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : NUMBERS[word];
}

/** The last day of a period of `months` months starting on `start`. */
export function endAfterMonths(start: IsoDate, months: number): IsoDate | null {
  const [y, m, d] = start.split("-").map(Number);
  const t = new Date(Date.UTC(y, m - 1 + months, d) - 86_400_000);
  const iso = t.toISOString().slice(0, 10);
  return isValidIso(iso) ? iso : null;
}
