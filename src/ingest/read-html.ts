import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { pageMetadata } from "./html-metadata.js";
import { blockText, dropFurniture } from "./html-text.js";
import { one, skip, type Reader } from "./types.js";

/** A page whose longest paragraph is shorter than this holds menus and links, not an article. */
const MIN_ARTICLE_WORDS = 8;

/**
 * Readability's time grows with the square of the element count (measured on a page of plain
 * paragraphs: 1,450 elements 0.5 s, 2,900 elements 2.2 s, 10,000 elements 4.6 s and up). A news page
 * holds far fewer once its furniture is gone; a larger one is read through the plain fallback
 * below, which is linear.
 */
const MAX_READABILITY_ELEMENTS = 3000;

/**
 * A saved web page → its article. Parsed by linkedom (no scripts run, nothing is fetched); the
 * main content is found by Readability, the engine of Firefox's Reader View. The document's text
 * is the headline and the extracted text, so a claim's offsets, line and column point into that
 * text, not the file.
 */
const readHtml: Reader = ({ path, id, text }) => {
  const { document } = parseHTML(text) as unknown as { document: Document };
  const meta = pageMetadata(document);
  const { body, text: article } = articleText(document);
  const longest = Math.max(0, ...body.split("\n\n").map((p) => p.split(" ").length));
  if (longest < MIN_ARTICLE_WORDS) return skip(path, "no article found in the HTML page");
  return one({
    id, path, title: meta.title, outlet: meta.outlet, published: meta.published,
    ...(meta.url ? { url: meta.url } : {}),
    text: `${article}\n`,
  });
};
export default readHtml;

/**
 * The page's headline, its first <h1> (the article's before the page's). Readability drops an
 * <h1> that repeats the <title>, and many pages set it above the article's container; a text or
 * Markdown article keeps its headline as its first line, and so its claims ("Port Alder frees 52
 * prisoners"), so the page's text does too.
 */
function headlineOf(document: Document): string | null {
  const h1 = document.querySelector("article h1") ?? document.querySelector("main h1") ?? document.querySelector("h1");
  return h1?.textContent?.replace(/\s+/g, " ").trim() || null;
}

/** The headline as the first paragraph, unless the article already holds it as one. */
function withHeadline(body: string, headline: string | null): string {
  if (!body || !headline || body.split("\n\n").includes(headline)) return body;
  return `${headline}\n\n${body}`;
}

function articleText(document: Document): { body: string; text: string } {
  // Before Readability, which drops the class names that mark furniture ("newsletter", "related").
  if (document.body) dropFurniture(document.body);
  const headline = headlineOf(document);
  // Readability edits the DOM it reads; the fallback below needs the page as it was.
  const fallback = (document.querySelector("article") ?? document.querySelector("main") ?? document.body)?.cloneNode(true) as Element | null;
  let article: Element | null = null;
  try {
    // Counted here: Readability's own maxElemsToParse check sees no elements under linkedom.
    if (document.querySelectorAll("*").length <= MAX_READABILITY_ELEMENTS) {
      article = new Readability(document, { serializer: (node) => node as Element }).parse()?.content ?? null;
    }
  } catch {
    // Readability gives up on some malformed pages and on very large ones; the fallback reads them.
  }
  for (const root of [article, fallback]) {
    if (!root) continue;
    dropFurniture(root);
    const body = blockText(root);
    if (body) return { body, text: withHeadline(body, headline) };
  }
  return { body: "", text: "" };
}
