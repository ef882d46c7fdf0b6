import { locator } from "../core/location.js";
import { stableId } from "../core/ids.js";
import { EVENT_UNDER_MODE } from "../lexicon/event-verbs.js";
import type { Lemmatizer } from "../nlp/compromise.js";
import { isTitleCase } from "../nlp/title-case.js";
import { tokenize } from "../nlp/tokens.js";
import { toValue } from "../normalize/interval.js";
import { findTimes } from "../normalize/time.js";
import type { Claim } from "../schema/claim.js";
import type { Problem } from "../schema/report.js";
import type { Segmented, Sentence } from "../schema/segment.js";
import type { Document } from "../schema/source.js";
import { mayHoldClaim } from "./candidates.js";
import { extractors } from "./extractors/index.js";
import type { SentenceNames } from "./entities/sentence-names.js";
import { readAbout } from "./frame/about.js";
import { sentenceFrame } from "./frame/attribution.js";
import { inheritedFrame } from "./frame/ellipsis.js";
import { reachOf, readEvent } from "./frame/event.js";
import { readHolder } from "./frame/holder.js";
import { impliedFrame } from "./frame/implied.js";
import { HELD_MEASURES } from "../lexicon/measure-synonyms.js";
import { readMeasures } from "./frame/measure.js";
import { nearestTime } from "./frame/time.js";
import type { Draft, SentenceView } from "./types.js";

const PER_PERSON = new Set(["age", "duration", "year"]);


/** Drafts from every extractor; where spans overlap, the extractor earlier in the registry wins. */
function draftsOf(view: SentenceView): Array<Draft & { extractor: string }> {
  const out: Array<Draft & { extractor: string }> = [];
  for (const extractor of extractors) {
    const found: Draft[] = [];
    extractor.create({ report: (d) => found.push(d) }).sentence(view);
    for (const d of found) {
      if (out.some((o) => o.start < d.end && d.start < o.end)) continue;
      out.push({ ...d, extractor: extractor.meta.id });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The sentence's last claim before this one that counts something: "at 13:39" between two counts passes nothing on. */
const lastQuantity = (claims: readonly Claim[]): Claim | undefined => {
  for (let k = claims.length - 1; k >= 0; k--) if ((claims[k] as Claim).kind !== "clock") return claims[k];
  return undefined;
};

function claimsOfSentence(doc: Document, seg: Segmented, s: Sentence, people: SentenceNames, lemmas: Lemmatizer, locate: ReturnType<typeof locator>): Claim[] {
  if (!mayHoldClaim(s.text)) return [];
  const tokens = tokenize(s.text);
  const view: SentenceView = { sentence: s, tokens, titleCase: isTitleCase(s.text) };
  const drafts = draftsOf(view);
  if (drafts.length === 0) return [];
  const times = findTimes(s.text, seg.reference);
  const names = people.of(s);
  const claims: Claim[] = [];
  const frame = sentenceFrame(seg.quotations, s);
  for (const d of drafts) {
    const start = s.start + d.start;
    const end = s.start + d.end;
    const { attribution, quoted } = frame.attribution(start, end);
    const mode = frame.mode(start);
    const measures = d.kind === "count" || d.kind === "percent" || d.kind === "money" ? readMeasures(tokens, d.first, d.next, lemmas, view.titleCase, d.kind === "count") : [null];
    // The person who says it after it is not what it is about ("… by 2026, chief executive Ana
    // Vel said"); a speaker named before it may be ("Vel, who has ruled for three decades, said").
    const saidAfter = (name: string): boolean => name === attribution.speaker && !names.some((n) => n.name === name && n.end <= d.start);
    const about = PER_PERSON.has(d.kind)
      ? readAbout(names, d.start, d.end, s.topic, d.kind === "age" && d.extractor !== "age-apposition", s.text, d.kind === "duration").filter((name) => !saidAfter(name))
      : [];
    for (const m of measures) {
      const measureEnd = m?.end ?? d.next;
      const read = m?.event ?? readEvent(tokens, d.first, measureEnd, lemmas, reachOf(d.kind));
      const own = read && EVENT_UNDER_MODE[mode]?.[read] ? EVENT_UNDER_MODE[mode]?.[read] ?? read : read;
      const speechAct = mode === "demand" || mode === "offer";
      const time = d.kind === "year" || speechAct ? null : nearestTime(times, s.text, d.start, d.end);
      const { line, column } = locate(start);
      const written = m ? { key: m.key, head: m.head, text: m.text, country: m.country } : { key: null, head: null, text: null, country: null };
      const inherited = d.kind === "count" && written.key === null ? inheritedFrame(lastQuantity(claims), s.text, d.start, d.end) : null;
      const stated = { kind: d.kind, unit: d.unit, measure: inherited?.measure ?? written, event: own ?? inherited?.event ?? null };
      const { kind, unit, measure, event } = impliedFrame(stated, s.text, d.start, d.end);
      const holder = measure.key && HELD_MEASURES.has(measure.key) ? readHolder(names, s.text, d.start, tokens[measureEnd - 1]?.end ?? d.end) : [];
      claims.push({
        id: stableId("c", doc.id, start, end, measure.key ?? ""),
        source: doc.id,
        text: doc.text.slice(start, end),
        start, end, line, column,
        sentence: s.text,
        extractor: d.extractor,
        sentenceStart: s.start,
        kind,
        unit,
        value: toValue(d.low, d.high, d.qualifier, d.written, kind, quoted),
        qualifier: d.qualifier,
        measure,
        event,
        time,
        about: about.length ? about : holder,
        attribution,
        mode,
        quoted,
      });
    }
  }
  return claims;
}

/**
 * Stage 3 for one document: every sentence that is not page furniture through every
 * extractor, then each number's frame. Trouble in one sentence becomes a problem, not a crash.
 */
export function extractClaims(doc: Document, seg: Segmented, lemmas: Lemmatizer, names: SentenceNames): { claims: Claim[]; problems: Problem[] } {
  const locate = locator(doc.text);
  const claims: Claim[] = [];
  const problems: Problem[] = [];
  for (const s of seg.sentences) {
    if (s.furniture) continue;
    try {
      claims.push(...claimsOfSentence(doc, seg, s, names, lemmas, locate));
    } catch (error) {
      problems.push({ source: doc.id, message: `sentence at offset ${s.start}: ${(error as Error).message}` });
    }
  }
  // Stable sort: claims of one span (a distributive phrase) keep the order their countries are written in.
  claims.sort((a, b) => a.start - b.start || a.end - b.end);
  return { claims, problems };
}
