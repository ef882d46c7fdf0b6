/**
 * Words written in capitals by page layout, not names of bodies: live-blog and section labels,
 * and time-zone codes that follow a clock time ("10:30 ET"). Source: the labels news sites print
 * above and inside articles (live blogs, wire updates) and the common time-zone abbreviations
 * (IANA tz database abbreviations in everyday English use).
 */
export const LAYOUT_WORDS: ReadonlySet<string> = new Set([
  "LIVE", "UPDATE", "UPDATES", "UPDATED", "BREAKING", "EXCLUSIVE", "WATCH", "VIDEO", "PHOTO", "PHOTOS",
  "READ", "MORE", "ALSO", "NEW", "NEWS", "OPINION", "ANALYSIS", "EDITORIAL", "FAQ", "AD", "ADVERTISEMENT",
  "SUBSCRIBE", "SHARE", "TOP", "LATEST", "FILE", "CLOSE", "MENU", "HOME", "NOTE", "EDITOR", "PM", "AM",
  "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "GMT", "UTC", "BST",
  "CET", "CEST", "EET", "EEST", "WET", "IST", "JST", "KST", "AEST", "AEDT", "HKT", "SGT", "MSK",
]);
