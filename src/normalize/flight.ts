/**
 * A flight's designator as written: an airline's two-character code (letters, or a letter and
 * a digit), maybe a dash or a space, then one to four digits and maybe a letter ("AI171",
 * "AI-171", "9W 2"). Groups: the code and the number.
 */
export const DESIGNATOR = /^((?:[A-Z]{2}|[A-Z]\d|\d[A-Z]))[-\s]?(\d{1,4}[A-Z]?)$/;

/** A flight's number, what its mentions share: "AI171", "AI-171" and "flight 171" are all 171. */
export const flightNumber = (text: string): string => /(\d{1,4}[A-Z]?)$/.exec(text)?.[1] ?? text;
