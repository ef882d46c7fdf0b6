import { CLOCK_HEDGES, TIME_ZONES } from "../../lexicon/clock.js";
import type { Token } from "../../nlp/tokens.js";
import type { Extractor } from "../types.js";

/** "pm", "PM", "p.m.", "p.m": the meridiem at token k and how many tokens it spans, or null. */
function meridiemAt(tokens: readonly Token[], k: number): { pm: boolean; length: number } | null {
  const t = tokens[k];
  if (!t || t.type !== "word") return null;
  // "5 am" is an hour; "I am" never follows a number, but "5 am going" is no English either.
  if (t.lower === "am" || t.lower === "pm") return { pm: t.lower === "pm", length: 1 };
  if (!/^[ap]$/.test(t.lower) || tokens[k + 1]?.text !== "." || tokens[k + 2]?.lower !== "m") return null;
  const closed = tokens[k + 3]?.text === "." && tokens[k + 3]?.glued;
  return { pm: t.lower === "p", length: closed ? 4 : 3 };
}

const twoDigits = (t: Token | undefined): boolean => t !== undefined && t.type === "number" && /^\d\d$/.test(t.text);

/**
 * The time of day written at token i: hours and minutes and the tokens it spans, or null.
 * "13:39", "1:39 PM", "1.39 pm", "8 p.m.", "1339 IST", "0809 UTC", "13:38 hrs".
 */
function clockAt(tokens: readonly Token[], i: number): { hour: number; minute: number; next: number } | null {
  const t = tokens[i] as Token;
  if (t.type !== "number") return null;
  let hour: number;
  let minute = 0;
  let k = i + 1;
  const colon = tokens[k];
  if (/^\d{1,2}$/.test(t.text) && colon?.text === ":" && colon.glued && twoDigits(tokens[k + 1]) && tokens[k + 1]?.glued) {
    hour = Number(t.text);
    minute = Number(tokens[k + 1]?.text);
    k += 2;
  } else if (/^\d{1,2}\.\d\d$/.test(t.text) && meridiemAt(tokens, k)) {
    [hour, minute] = t.text.split(".").map(Number) as [number, number];
  } else if (/^\d{1,2}$/.test(t.text) && meridiemAt(tokens, k)) {
    hour = Number(t.text);
  } else if (/^\d{4}$/.test(t.text) && tokens[k]?.type === "word" && TIME_ZONES[tokens[k]?.lower as string] !== undefined) {
    // "1339 IST", "0809 UTC": the military form, only with its zone ("1200 people" is no time).
    hour = Number(t.text.slice(0, 2));
    minute = Number(t.text.slice(2));
  } else return null;
  const meridiem = meridiemAt(tokens, k);
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem.pm ? 12 : 0);
    k += meridiem.length;
  }
  if (hour > 23 || minute > 59) return null;
  return { hour, minute, next: k };
}

export default {
  meta: { id: "clock", description: "A time of day: 'at 13:39 local time', 'around 1:39 PM', '8 p.m.', '0809 UTC'; the value is minutes after midnight." },
  create(ctx) {
    return {
      sentence({ tokens }) {
        for (let i = 0; i < tokens.length; i++) {
          const clock = clockAt(tokens, i);
          if (!clock) continue;
          const t = tokens[i] as Token;
          // "2:1", "3-1:20" and a time inside a longer run of digits and colons are no times of day.
          const before = tokens[i - 1];
          if (before?.glued && t.glued && /^[-:.\d]/.test(before.text)) continue;
          const zone = tokens[clock.next];
          // Times read against universal time are not the local ones: "13:39 (08:09 GMT)".
          const unit = zone?.type === "word" && TIME_ZONES[zone.lower] === "utc" ? "utc" : null;
          const minutes = clock.hour * 60 + clock.minute;
          const hedged = before !== undefined && CLOCK_HEDGES.has(before.lower);
          const end = (tokens[clock.next - 1] as Token).end;
          ctx.report({ start: t.start, end, first: i, next: clock.next, kind: "clock", unit, low: minutes, high: minutes, written: minutes, qualifier: hedged ? "about" : "exact" });
          i = clock.next - 1;
        }
      },
    };
  },
} satisfies Extractor;
