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
  /^[\p{L} .&-]{1,30}$/u,
];

/** Openers after which the rest of the page is an appeal, not the article. */
const TAIL = /^(a message from\b|dear (readers|reader|friends)\b|support (independent|our) journalism|before you go\b|we need your help\b)/i;

export function isFurniture(paragraph: string): boolean {
  return FURNITURE.some((re) => re.test(paragraph.trim()));
}

export function startsFurnitureTail(paragraph: string): boolean {
  return TAIL.test(paragraph.trim());
}
