// Words that state a change of a figure, as the start of the word (so "revis" covers revised,
// revision, revisions): "fell by 63 from 303 to 240", "revised down by 133,000", "slashed to 14,000".
// Source: the movement verbs and adverbs of English news copy on tolls, prices, polls and statistics.

/** Word starts, lower-case, of words that move a figure. */
export const CHANGE_WORD_STARTS: readonly string[] = [
  "rose", "rise", "rising", "fell", "fall", "increas", "decreas", "revis", "cut", "rais", "lower", "climb",
  "drop", "declin", "jump", "slip", "grew", "grow", "gain", "lost", "loss", "slump", "soar", "surg", "plung",
  "edg", "tick", "inch", "reduc", "adjust", "slash", "shed", "down", "up", "higher", "widen", "narrow",
  "shr", "expand", "boost", "trim", "lift", "tumbl", "sank", "sink", "swell", "swoll", "doubl", "tripl",
  "halv", "went", "moved", "came", "dip",
];
