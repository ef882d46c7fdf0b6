/**
 * Page furniture: the parts of a saved page that are not the article (donation appeals,
 * newsletter boxes, captions, credits, "Read more"). Such paragraphs never yield claims.
 */
const FURNITURE = [
  /\b(support (us|our|the|independent)|donat(e|ion)|contribution|become a (member|subscriber|patron))\b/i,
  /\b(newsletter|subscribe|subscribers|sign up|unsubscribe|mailbox)\b/i,
  /\b(privacy policy|cookie|terms of (use|service)|all rights reserved)\b/i,
  /^(read more|related|advertisement|share( this)?|tags|follow us.*|continue|once|monthly|annual|remind me later\.?|preview)$/i,
  /^(photo|image|screenshot|video|credit|illustration|source|graphic)s?\s*:/i,
  /\((left|right|center|centre|top|bottom)\)/i,
];

/** Number words: a short line that holds one ("Twenty-one people died") is a sentence, not a label. */
const NUMBER_WORD = /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozens?|several|few|handful|scores)\b/i;

/** A short label with no sentence punctuation: "Reuters", "Tags", "Who was freed", "Read more". */
function isShortLabel(paragraph: string): boolean {
  return /^[\p{L} &'’-]{1,30}$/u.test(paragraph) && !NUMBER_WORD.test(paragraph);
}

/** Openers after which the rest of the page is an appeal, not the article. */
const TAIL = /^(a message from\b|dear (readers|reader|friends)\b|support (independent|our) journalism|before you go\b|we need your help\b)/i;

export function isFurniture(paragraph: string): boolean {
  const text = paragraph.trim();
  return isShortLabel(text) || FURNITURE.some((re) => re.test(text));
}

export function startsFurnitureTail(paragraph: string): boolean {
  return TAIL.test(paragraph.trim());
}
