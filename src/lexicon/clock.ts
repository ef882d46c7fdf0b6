import { wordTable } from "./word-table.js";
// Words that mark a number as a time of day. Sources: the common English meridiem forms and the
// time-zone abbreviations news agencies print (IANA tz abbreviations, military "hrs").

/** Zones written after a time of day, lower-cased, to what the time is read against: "utc" for universal time, "local" for any other. */
export const TIME_ZONES: Record<string, "utc" | "local"> = wordTable({
  utc: "utc", gmt: "utc", z: "utc",
  bst: "local", cet: "local", cest: "local", eet: "local", eest: "local", wet: "local", west: "local", msk: "local",
  est: "local", edt: "local", cst: "local", cdt: "local", mst: "local", mdt: "local", pst: "local", pdt: "local",
  et: "local", pt: "local", ist: "local", pkt: "local", jst: "local", kst: "local", hkt: "local", sgt: "local",
  aest: "local", aedt: "local", awst: "local", nzst: "local", nzdt: "local", wib: "local", sast: "local", eat: "local", wat: "local",
  hrs: "local",
});

/** Words before a time of day that make it approximate: "around 1:39 pm". */
export const CLOCK_HEDGES = new Set(["around", "about", "approximately", "roughly", "circa"]);

/** Half the span, in minutes, an approximate time of day covers ("around 1:40 pm" is 1:30 to 1:50). */
export const CLOCK_TOLERANCE = 10;
