/**
 * Every weight and threshold of claim alignment, in one place. Fitted on the development set of
 * real events (devset/, `node devset/score-all.mjs`), never on one sentence: change one here and
 * re-score every event.
 */
export const WEIGHTS = {
  /** Both claims count the same class of thing ("detainees" = "prisoners"). */
  sameMeasure: 3,
  /** The counted noun phrases share a word ("crew members" and "crew"). */
  measureWord: 1.5,
  /** A whole against one of its parts ("passengers and crew" against "passengers"). */
  partOfWhole: -2.5,
  /** Each names a class of the lexicon and they differ ("soldiers" against "homes"). */
  otherMeasure: -2.5,
  /** One counts people, the other people of a kind ("people" against "passengers and crew"). */
  peopleKind: 0,
  /** Each names a counted noun outside the lexicon and they share no word ("villagers", "villages"): weaker, as such nouns are often misread. */
  otherWordMeasure: -1,
  /** The same event class (release, die, cost…). */
  sameEvent: 1.5,
  /** Different event classes ("killed" against "injured"). */
  otherEvent: -4,
  /** One the value before a change and the other the value after or the change itself ("from 147,000" against "to 14,000", "by 133,000"). */
  otherRole: -2,
  /** Both the value before a change, or both after, or both the change. */
  sameRole: 0.5,
  /** Two directions of change ("rose" against "revised down"): in one clause they often move different things. */
  otherDirection: -1,
  /** One what could have been ("would have been sentenced to", "faced a maximum of") and the other not. */
  otherReality: -1,
  /** One a bar to reach ("the 272 seats needed for a majority") and the other a count. */
  otherThreshold: -2,
  /** Both the bar to reach. */
  sameThreshold: 1,
  /** The same person or holder (a term's convict, a party's seats). */
  sameAbout: 2,
  /** Percent against percentage points: the same block, but not quite the same thing. */
  otherUnit: -1,
  /** Overlap (0–1) of the clause's content words, times this. */
  context: 5,
  /** The two bands share a point. */
  valueOverlap: 1,
  /** Each significant digit past the first when both state the same exact value. */
  perDigit: 0.75,
  /** How far below the link threshold the value's own evidence stays at most. */
  valueMargin: 0.25,
  /** Within a fifth of each other without overlapping. */
  valueNear: 0.5,
  /** More than a fifth apart but not far apart. */
  valueApart: -2,
  /** More than this many times apart… */
  farRatio: 2.5,
  /** …costs this much per doubling of the gap… */
  valueFar: -1,
  /** …but never more than this. */
  valueFarCap: -6,
  /** Both attributed, to the same body or person ("the interior ministry", "Interior Ministry"). */
  sameSpeaker: 1,
  /** Both times written out and the same. */
  sameTime: 0.5,
  /** Two times that cannot be one, at least one of them from another clause of its sentence. */
  otherLooseTime: -1,
} as const;

/** Shared context weight (rarity × nearness, summed over shared words) that counts as full overlap. */
export const CONTEXT_SATURATION = 8;

/** A pair is linked at this score or above. */
export const LINK_THRESHOLD = 2.5;

/**
 * Two claims of one group whose values are disjoint are called a conflict only if their frames
 * alone (values aside) score this much: the same quantity beyond doubt, not merely alike.
 */
export const CONFLICT_STRENGTH = 4;

/** For each doubling of the gap between two disjoint values, a conflict needs this much more frame evidence. */
export const FAR_WEIGHT = 2;

/**
 * A pair of claims that are each other's best match across their two sources links when their
 * frames alone (values aside) say nothing against it, this much or more…
 */
export const MUTUAL_THRESHOLD = 0;
/** …and frames and values together say this much for it: two neutral sentences and unrelated values are no pair. */
export const MUTUAL_SCORE = 1;

/**
 * How far apart one voice's two figures for one quantity may lie (the higher over the lower): an
 * update or a revision ("205 dead", then "217 dead"). Further apart, they are two quantities.
 */
export const VOICE_SPREAD = 1.25;

/** A group's values never lie further apart than this many times (its highest low over its lowest high). */
export const MAX_SPREAD = 10;

/** Two groups merge only if their members agree this well on average (a chain guard). */
export const MERGE_GUARD = 1.2;

/** How many earlier claims a claim is scored against at most (near-linear cost). */
export const CANDIDATES = 40;
/** Pairs scored in all, past which each claim meets fewer candidates (see align/candidates.ts). */
export const CANDIDATE_BUDGET = 150_000;
/** The fewest candidates a claim meets, however large the input. */
export const MIN_CANDIDATES = 2;
