import { publishedDate } from "./published-date.js";

export type PageMetadata = { title: string | null; outlet: string | null; url: string | null; published: string | null };

const content = (doc: Document, selector: string): string | null =>
  doc.querySelector(selector)?.getAttribute("content")?.trim() || null;

/** Every object in the page's JSON-LD blocks, through arrays and @graph; broken blocks are ignored. */
function jsonLd(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") {
      out.push(value as Record<string, unknown>);
      visit((value as Record<string, unknown>)["@graph"]);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      // A page's broken JSON-LD is the page's problem; the other metadata still count.
    }
  }
  return out;
}

const text = (value: unknown): string | null => (typeof value === "string" && value.trim() ? value.trim() : null);
const nameOf = (value: unknown): string | null =>
  text(value) ?? (value && typeof value === "object" ? text((value as Record<string, unknown>).name) : null);

/** Title, outlet, canonical URL and published date, from the page's own metadata. Read before Readability edits the DOM. */
export function pageMetadata(doc: Document): PageMetadata {
  const ld = jsonLd(doc);
  const first = <T>(pick: (o: Record<string, unknown>) => T | null): T | null => {
    for (const o of ld) {
      const v = pick(o);
      if (v !== null) return v;
    }
    return null;
  };
  const published = [
    content(doc, 'meta[property="article:published_time"]'),
    first((o) => text(o.datePublished)),
    content(doc, 'meta[itemprop="datePublished"]'),
  ].map(publishedDate).find((d) => d !== null) ?? null;
  return {
    title: content(doc, 'meta[property="og:title"]') ?? first((o) => text(o.headline)) ?? (doc.querySelector("title")?.textContent?.trim() || null),
    outlet: content(doc, 'meta[property="og:site_name"]') ?? first((o) => nameOf(o.publisher)),
    url: doc.querySelector('link[rel="canonical"]')?.getAttribute("href")?.trim() || content(doc, 'meta[property="og:url"]'),
    published,
  };
}
