import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { compare } from "../src/index.js";
import { loadInputs } from "../src/ingest/load.js";
import type { Report } from "../src/schema/report.js";
import { fakeIo } from "./helpers/fake-io.js";

/**
 * fixtures/inputs/{text,html,markdown,jsonl}/ hold the same three invented articles (a port fire).
 * Whatever the format, the groups, verdicts and claims per source must be the same; the HTML pages
 * carry furniture (cookie banner, newsletter box, captions, "Read more", a donation appeal) full of
 * numbers that must yield nothing.
 */
const ROOT = "fixtures/inputs";
const FORMATS = ["html", "markdown", "jsonl"] as const;

/** What a reader of the report sees, independent of paths, offsets and line numbers. */
const findings = (r: Report): string[] =>
  r.groups.map((g) => `${g.verdict} ${g.label}: ${g.claims.map((c) => `${c.source}=${c.text}`).join(", ")}`);

const reports = new Map<string, Promise<Report>>();
const reportOf = (format: string): Promise<Report> => {
  if (!reports.has(format)) reports.set(format, compare([`${ROOT}/${format}`]));
  return reports.get(format) as Promise<Report>;
};

describe("the same articles in every input format", () => {
  it("plain text gives the expected findings", async () => {
    const text = await reportOf("text");
    expect(text.skipped).toEqual([]);
    expect(findings(text).filter((f) => !f.startsWith("single"))).toEqual([
      "conflict firefighters (cost) @ 2024-03-14: coast-daily=150, harbor-post=120, the-ledger=120",
      "compatible people (evacuate) @ 2024-03-14: coast-daily=About 350, harbor-post=More than 300",
      "compatible tonne (hold): coast-daily=8,000 tonnes, harbor-post=about 8,000 tonnes",
      "agree workers (injure): coast-daily=Four, harbor-post=Four, the-ledger=Four",
    ]);
  });

  it.each(FORMATS)("%s gives the same groups, verdicts and claims as plain text", async (format) => {
    const [text, other] = await Promise.all([reportOf("text"), reportOf(format)]);
    expect(other.skipped).toEqual([]);
    expect(other.sources.map((s) => s.id)).toEqual(text.sources.map((s) => s.id));
    expect(findings(other)).toEqual(findings(text));
  });

  it.each(FORMATS)("%s: every claim's span slices back to its text", async (format) => {
    const report = await reportOf(format);
    const { documents } = await loadInputs([`${ROOT}/${format}`], async () => new Uint8Array());
    const textOf = new Map(documents.map((d) => [d.id, d.text] as const));
    const claims = report.groups.flatMap((g) => g.claims);
    expect(claims.length).toBeGreaterThan(5);
    for (const c of claims) expect(textOf.get(c.source)?.slice(c.start, c.end)).toBe(c.text);
  });

  it.each(FORMATS)("%s: title, outlet, URL and published date come from the metadata", async (format) => {
    const report = await reportOf(format);
    expect(report.sources.find((s) => s.id === "harbor-post")).toMatchObject({
      title: "Fire destroys grain warehouse in Velmora port",
      outlet: "Harbor Post",
      url: "https://news.example/harbor-post/velmora-fire",
      published: "2024-03-14",
    });
  });

  it("HTML page furniture yields no claims", async () => {
    const report = await reportOf("html");
    const sentences = report.groups.flatMap((g) => g.claims.map((c) => c.sentence));
    for (const furniture of [/cookie/i, /newsletter/i, /read more/i, /photo:/i, /min read/i, /support independent/i, /rights reserved/i, /Top 10/, /pageviews/]) {
      expect(sentences.filter((s) => furniture.test(s)), String(furniture)).toEqual([]);
    }
  });

  it("JSONL on stdin (- with --stdin-format jsonl) reads like the file", async () => {
    const t = fakeIo({ stdin: readFileSync(`${ROOT}/jsonl/articles.jsonl`, "utf8") });
    expect(await main(["compare", "-", "--stdin-format", "jsonl", "--format", "json"], t.io)).toBe(0);
    const fromStdin = JSON.parse(t.stdout()) as Report;
    expect(fromStdin.sources.map((s) => s.path)).toEqual(["-#1", "-#2", "-#3"]);
    expect(findings(fromStdin)).toEqual(findings(await reportOf("jsonl")));
  });
});
