import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildReport, compare } from "../src/index.js";
import readHtml from "../src/ingest/read-html.js";
import { loadInputs } from "../src/ingest/load.js";
import type { Report } from "../src/schema/report.js";
import type { Document } from "../src/schema/source.js";

/**
 * fixtures/inputs/seeds-html/ holds the five seed articles of data/ as HTML pages (made by its
 * make-pages.mjs), dated by article:published_time. Read as pages, they must give the groups the
 * text files give: the same labels, verdicts and values per source for every group that two or
 * more sources speak of.
 */
const PAGES = "fixtures/inputs/seeds-html";
const DATE = "2025-09-11";

/** A group as a reader compares it: verdict, label and each source's values. Offsets and ids differ between formats. */
const multiSource = (r: Report): string[] =>
  r.groups
    .filter((g) => new Set(g.claims.map((c) => c.source)).size >= 2)
    .map((g) => {
      const sources = [...new Set(g.claims.map((c) => c.source))].sort();
      const values = sources.map((s) => `${s.slice(0, 3)}=${[...new Set(g.claims.filter((c) => c.source === s).map((c) => c.text))].sort().join("; ")}`);
      return `${g.verdict} ${g.label}: ${values.join(", ")}`;
    })
    // Groups whose first claims start at the same place are ordered by their ids, which hash offsets.
    .sort();

const load = async (path: string): Promise<Document[]> => (await loadInputs([path], async () => new Uint8Array())).documents;
const dated = (docs: Document[], published: string | null): Document[] => docs.map((d) => ({ ...d, published }));
const paragraphs = (text: string): string[] => text.split("\n").map((l) => l.replace(/\s+/g, " ").trim()).filter(Boolean);

describe("the seed articles as HTML pages", () => {
  it("are what make-pages.mjs makes", () => {
    const out = mkdtempSync(join(tmpdir(), "factcheck-seeds-html-"));
    try {
      execFileSync("node", [join(PAGES, "make-pages.mjs"), out]);
      const made = readdirSync(out).sort();
      expect(made).toHaveLength(5);
      for (const name of made) expect(readFileSync(join(PAGES, name), "utf8"), name).toBe(readFileSync(join(out, name), "utf8"));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it("hold the text files' paragraphs, the headline first and list items marked", async () => {
    const [texts, pages] = await Promise.all([load("data/"), load(PAGES)]);
    expect(pages.map((p) => [p.id, p.published])).toEqual(texts.map((t) => [t.id, DATE]));
    pages.forEach((page, i) => {
      const text = texts[i] as Document;
      const headline = page.title === null ? [] : [page.title];
      expect(paragraphs(page.text), page.id).toEqual([...headline, ...paragraphs(text.text).filter((p) => p !== page.title)]);
    });
  });

  it("give the text run's multi-source groups and verdicts once both know the date", async () => {
    const [text, html] = await Promise.all([load("data/").then((d) => buildReport(dated(d, DATE), [])), compare([PAGES])]);
    expect(html.skipped).toEqual([]);
    expect(multiSource(text).length).toBeGreaterThanOrEqual(10);
    expect(multiSource(html)).toEqual(multiSource(text));
  });

  it("give the plain text run's multi-source groups and verdicts when read without their date", async () => {
    const [text, html] = await Promise.all([compare(["data/"]), load(PAGES).then((d) => buildReport(dated(d, null), []))]);
    expect(multiSource(text).length).toBeGreaterThanOrEqual(10);
    expect(multiSource(html)).toEqual(multiSource(text));
  });
});

describe("an HTML page's text", () => {
  const textOf = (html: string): string | undefined => readHtml({ path: "page.html", id: "page", text: html }).documents[0]?.text;
  const ARTICLE = "<p>The storm closed 14 roads and cut power to 2,000 homes in the valley overnight, officials said.</p>";

  const TEXT = ARTICLE.slice(3, -4);

  it.each([
    ["a list item starts with '- ', as in plain text", "", `<article>${ARTICLE}<ul><li>Imre Varga — sentenced in 2020 to 15 years.</li></ul></article>`, `${TEXT}\n\n- Imre Varga — sentenced in 2020 to 15 years.\n`],
    ["a list item's marker goes on its first paragraph only", "", `<article>${ARTICLE}<ol><li><p>Imre Varga — freed.</p><p>He was held for 4 years.</p></li></ol></article>`, `${TEXT}\n\n- Imre Varga — freed.\n\nHe was held for 4 years.\n`],
    ["an item without text marks nothing after it", "", `<article><ul><li><img src="a.png"></li></ul>${ARTICLE}</article>`, `${TEXT}\n`],
    ["the headline (an <h1> that repeats the <title>) comes first", "<title>Storm shuts 14 roads</title>", `<article><h1>Storm shuts 14 roads</h1>${ARTICLE}</article>`, `Storm shuts 14 roads\n\n${TEXT}\n`],
    ["the headline above the article comes first", "", `<header><h1>Storm shuts 14 roads</h1></header><main><article>${ARTICLE}</article></main>`, `Storm shuts 14 roads\n\n${TEXT}\n`],
    ["without an <h1>, no headline", "<title>Storm shuts 14 roads</title>", `<article>${ARTICLE}</article>`, `${TEXT}\n`],
  ])("%s", (_name, head, body, expected) => expect(textOf(`<html><head>${head}</head><body>${body}</body></html>`)).toBe(expected));
});
