import { MONTHS, WEEKDAYS } from "../lexicon/months.js";

/** A point in time at the granularity written; any part may be unknown. */
export type TimePoint = { year: number | null; month: number | null; day: number | null };

export type TimeMention = { start: number; end: number; text: string; value: string | null; since: boolean };

const MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
/** The patterns that give a full date; they come first, so no other pattern takes their text. */
const FULL_DATE_PATTERNS: ReadonlyArray<[string, RegExp]> = [
  ["month-day-year", new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, "g")],
  ["day-month-year", new RegExp(`\\b(\\d{1,2}) ${MONTH},? (\\d{4})\\b`, "g")],
];
/**
 * The full-date patterns, then the two that give a month and day with no year, the only kinds
 * a dateline's date can be read from. Later patterns never take text from earlier ones, so these
 * find the same month-days as all the patterns do.
 */
const DATELINE_PATTERNS: ReadonlyArray<[string, RegExp]> = [
  ...FULL_DATE_PATTERNS,
  ["month-day", new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?\\b(?!,? \\d)`, "g")],
  ["day-month", new RegExp(`\\b(\\d{1,2}) ${MONTH}\\b(?!,? \\d{4})`, "g")],
];
const PATTERNS: ReadonlyArray<[string, RegExp]> = [
  ...DATELINE_PATTERNS,
  ["month-year", new RegExp(`\\b(?:in |since |from |by |until |last |early |late |mid-)?${MONTH},? (\\d{4})\\b`, "g")],
  ["month", new RegExp(`\\b(?:in|since|from|by|until|last|early|late|mid-|this) ${MONTH}\\b(?!,? \\d{4}\\b)(?! \\d)`, "gi")],
  // "in 2019", and "in the 2019 elections": a year that names an occasion dates it all the same.
  ["year", /\b(?:in|since|by|until|during|throughout|early|late|mid-) (?:the )?(\d{4})\b(?!s|-\d)/gi],
  ["weekday", new RegExp(`\\b(?:on |last |this )?${WEEKDAY}\\b`, "g")],
  ["relative", /\b(today|yesterday|tonight|this week|last week|last month|this month|last year|this year|earlier this (?:week|month|year))\b/gi],
];

/**
 * Text no pattern can match: every time expression holds a month's first three letters, "day"
 * (weekdays, "today", "yesterday"), "tonight", "week", "month", "year" or four digits. One scan
 * instead of nine for the many sentences that say no time at all.
 */
const MAY_HOLD_TIME = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|tonight|week|month|year|\d{4}/i;

const pad = (n: number): string => String(n).padStart(2, "0");

export function formatTime(p: TimePoint): string | null {
  if (p.year === null && p.month === null) return null;
  const y = p.year === null ? "-" : String(p.year);
  if (p.month === null) return y;
  return p.day === null ? `${y}-${pad(p.month)}` : `${y}-${pad(p.month)}-${pad(p.day)}`;
}

export function parseTime(value: string | null): TimePoint | null {
  if (!value) return null;
  const m = /^(\d{4}|-)(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!m) return null;
  return {
    year: m[1] === "-" ? null : Number(m[1]),
    month: m[2] ? Number(m[2]) : null,
    day: m[3] ? Number(m[3]) : null,
  };
}

const monthOf = (word: string): number => MONTHS[word.toLowerCase().replace(/\.$/, "")] ?? 0;

/** The year of a month mentioned without one: the last such month on or before the reference. */
function pastYear(month: number, reference: TimePoint | null): number | null {
  if (!reference?.year || !reference.month) return null;
  return month <= reference.month ? reference.year : reference.year - 1;
}

function shiftDays(p: TimePoint, days: number): TimePoint | null {
  if (p.year === null || p.month === null || p.day === null) return null;
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function resolve(kind: string, m: RegExpExecArray, ref: TimePoint | null): TimePoint | null {
  const text = m[0].toLowerCase();
  switch (kind) {
    case "month-day-year": return { year: Number(m[3]), month: monthOf(m[1] ?? ""), day: Number(m[2]) };
    case "day-month-year": return { year: Number(m[3]), month: monthOf(m[2] ?? ""), day: Number(m[1]) };
    case "month-day": { const month = monthOf(m[1] ?? ""); return { year: pastYear(month, ref), month, day: Number(m[2]) }; }
    case "day-month": { const month = monthOf(m[2] ?? ""); return { year: pastYear(month, ref), month, day: Number(m[1]) }; }
    case "month-year": return { year: Number(m[2]), month: monthOf(m[1] ?? ""), day: null };
    case "month": {
      const month = monthOf(m[1] ?? "");
      const year = text.startsWith("this") ? ref?.year ?? null : pastYear(month, ref);
      return { year, month, day: null };
    }
    case "year": return { year: Number(m[1]), month: null, day: null };
    case "weekday": {
      if (!ref || ref.day === null || ref.year === null || ref.month === null) return null;
      const want = WEEKDAYS[(m[1] ?? "").toLowerCase()] ?? 0;
      const refDay = new Date(Date.UTC(ref.year, ref.month - 1, ref.day)).getUTCDay();
      const back = (refDay - want + 7) % 7 || (text.startsWith("last") ? 7 : 0);
      // "early on Friday" in a copy datelined Thursday is the next morning, not six days before:
      // the day after the dateline is read forwards, unless "last" says otherwise.
      if (back === 6 && !text.startsWith("last")) return shiftDays(ref, 1);
      return shiftDays(ref, -back);
    }
    case "relative": {
      if (!ref) return null;
      if (text === "today" || text === "tonight" || text === "this week") return ref;
      if (text === "yesterday") return shiftDays(ref, -1);
      if (text.includes("this month")) return { ...ref, day: null };
      if (text.includes("this year")) return { year: ref.year, month: null, day: null };
      if (text === "last month" && ref.month !== null) {
        return ref.month === 1 ? { year: ref.year === null ? null : ref.year - 1, month: 12, day: null } : { year: ref.year, month: ref.month - 1, day: null };
      }
      if (text === "last year" && ref.year !== null) return { year: ref.year - 1, month: null, day: null };
      return null;
    }
  }
  return null;
}

/** Time expressions in `text` (offsets relative to it), resolved against `reference` where they can be. */
export function findTimes(text: string, reference: string | null, patterns: ReadonlyArray<[string, RegExp]> = PATTERNS): TimeMention[] {
  if (!MAY_HOLD_TIME.test(text)) return [];
  const ref = parseTime(reference);
  const out: TimeMention[] = [];
  const taken: Array<[number, number]> = [];
  for (const [kind, re] of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && s < end)) continue;
      if (kind === "month" && /^may$/i.test(m[1] ?? "") && !/^(in|since|from|by|until|last|early|late) /i.test(m[0])) continue;
      taken.push([start, end]);
      const point = resolve(kind, m, ref);
      out.push({ start, end, text: m[0], value: point ? formatTime(point) : null, since: /^since\b/i.test(m[0]) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The document's reference date: its first full date, else the month and day of a dateline
 * ("DRAVO, May 18 –", "(Reuters) Sept. 11 -"). A month and day elsewhere may be any day the
 * story mentions ("the law takes effect on June 1"), so it does not date the article.
 */
export function findReferenceDate(text: string): string | null {
  // Full dates first, with their own two patterns: the whole text through every pattern is only
  // read when there is none. The full-date patterns run first in findTimes too, so the date
  // found is the same.
  const isFull = (t: TimeMention): boolean => t.value !== null && /^\d{4}-\d{2}-\d{2}$/.test(t.value);
  const full = findTimes(text, null, FULL_DATE_PATTERNS).find((t) => isFull(t) && datesTheArticle(text, t));
  if (full) return full.value;
  // Only the patterns a dateline's month and day can come from: the whole text is read by four
  // patterns, not nine.
  const times = findTimes(text, null, DATELINE_PATTERNS);
  const dateline = times.find((t) => t.value && /^-(-\d{2}){2}$/.test(t.value) && isDateline(text, t));
  return dateline?.value ?? null;
}

/**
 * Where a full date dates the article: near its top (headline, byline, dateline, first
 * paragraph), or on a line that says it is the publication time ("Published", "Updated").
 * Further down, a full date is one the story tells of ("CM from August 7, 2016 to …", "from
 * September 1, 2023 the age rises"), and a wrong reference date misplaces every figure.
 */
function datesTheArticle(text: string, t: TimeMention): boolean {
  if (t.start < TOP_OF_ARTICLE) return true;
  const lineStart = text.lastIndexOf("\n", t.start) + 1;
  return PUBLICATION_LINE.test(text.slice(lineStart, t.start));
}

/** Characters from the start that hold the headline, byline and first paragraph of most pages. */
const TOP_OF_ARTICLE = 500;
const PUBLICATION_LINE = /^\W*(?:(?:last\s+)?(?:published|updated|posted|modified)|date)\b[^.!?]{0,30}$/i;

function isDateline(text: string, t: TimeMention): boolean {
  const lineStart = text.lastIndexOf("\n", t.start) + 1;
  const before = text.slice(lineStart, t.start);
  const after = text.slice(t.end, t.end + 30);
  return /^[\p{Lu}\s.,'’-]*(\([^)]*\))?[\s,]*$/u.test(before) && /^\s*(\([^)]*\))?\s*[-–—:]/u.test(after);
}

/** Two times can speak of the same moment: every part both know is equal; "since" covers what follows. */
export function timesCompatible(a: string | null, b: string | null, sinceA = false, sinceB = false): boolean {
  return pointsCompatible(parseTime(a), parseTime(b), sinceA, sinceB);
}

/**
 * timesCompatible for times already parsed, for callers that compare one time against many.
 * Without `days`, two days of one month are compatible (alignment asks this of every pair it
 * scores: no copy of each time with its day cleared).
 */
export function pointsCompatible(p: TimePoint | null, q: TimePoint | null, sinceA = false, sinceB = false, days = true): boolean {
  if (!p || !q) return true;
  if (sinceA || sinceB) {
    const [from, other] = sinceA ? [p, q] : [q, p];
    if (from.year !== null && other.year !== null) {
      return other.year > from.year || (other.year === from.year && (other.month ?? 12) >= (from.month ?? 1));
    }
    return true;
  }
  if (p.year !== null && q.year !== null && p.year !== q.year) return false;
  if (p.month !== null && q.month !== null && p.month !== q.month) return false;
  if (days && p.day !== null && q.day !== null && p.day !== q.day) return false;
  return true;
}
