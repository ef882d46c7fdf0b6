/**
 * Invented events that prove the tool generalises beyond its seed story.
 *
 * Each folder of fixtures/events holds `articles/`, `expected.json` (the hand-written findings, in
 * the form of ../shared/seeds/expected.json) and `report.json` (the golden report). A finding is
 * checked the way ../shared/tools/score.mjs checks it: each gold value stands for the report claims
 * whose [start, end) overlaps its `text` inside its `context`; the required sources of a gold claim
 * must meet in one group whose verdict is conflict when the gold says conflict, and otherwise
 * neither conflict nor single. `distinct` pairs must sit in different groups.
 *
 * Extensions of the gold form, used where one source carries more than one side:
 * - `every_value: true` on a claim: every required value, not one per source, must be in the group;
 * - `speaker` on a value: the claim's attribution must name it (case-insensitive substring);
 * - `kind` on a consistency entry: the report must hold a check of that kind in that source.
 *
 * Findings the tool misses today are listed in KNOWN_MISSES and run as `it.fails`: when the tool
 * learns one, that test fails and the entry should be removed.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { compare, type Report } from "../src/index.js";

const ROOT = "fixtures/events";

interface GoldValue { text: string; context: string; optional?: boolean; speaker?: string }
interface GoldClaim {
  id: string; key: string; verdict: "agree" | "compatible" | "conflict" | "single"; required: boolean;
  every_value?: boolean; values: Record<string, GoldValue[]>;
}
interface GoldRef { source: string; text: string; context: string }
interface Gold {
  event: string;
  sources: Record<string, string>;
  claims: GoldClaim[];
  distinct?: { why: string; a: GoldRef; b: GoldRef }[];
  consistency?: { source: string; kind?: string; check: string; holds: boolean; optional?: boolean }[];
}

/**
 * "<case> <finding>" → what the tool does instead. A finding is `claim:<id>`, `speaker:<source>/<context>`,
 * `apart:<source of a>/<context of a>` or `check:<source>/<kind>`.
 */
const KNOWN_MISSES: Record<string, string> = {
  "election-count claim:assembly-size": "«120-seat assembly» («seat»), «120-member parliament» («member parliament») and «the 120 seats» (in the mixed seats group) never meet",
  "election-count check:meridian/sum": "no sum check across the three sentences of 64 of 120, 40 and 16",
  "qualifier-compatible apart:highland-courier/residents of four hamlets": "«residents of four hamlets were ordered to leave» has no event («leave» is too common a verb to mean evacuate), so it joins «two hamlets … allowed to return»",
};

const used = new Set<string>();
const cases = readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

const reports = new Map<string, Promise<Report>>();
const reportOf = (name: string): Promise<Report> => {
  let r = reports.get(name);
  if (!r) { r = compare([`${ROOT}/${name}/articles`]); reports.set(name, r); }
  return r;
};

type Located = { id: string; group: string; verdict: string; label: string; speaker: string | null; text: string };

/** The report claims of one source that overlap a gold value, with the group each sits in. */
function locate(report: Report, name: string, gold: Gold, source: string, v: { text: string; context: string }): Located[] {
  const file = gold.sources[source];
  if (!file) throw new Error(`${name}: unknown gold source ${source}`);
  const text = readFileSync(join(ROOT, name, "articles", file), "utf8");
  const at = text.indexOf(v.context);
  if (at < 0) throw new Error(`${name}: context not found in ${file}: ${v.context}`);
  if (text.indexOf(v.context, at + 1) >= 0) throw new Error(`${name}: context not unique in ${file}: ${v.context}`);
  const inner = v.context.indexOf(v.text);
  if (inner < 0) throw new Error(`${name}: "${v.text}" is not inside "${v.context}"`);
  const s = at + inner, e = s + v.text.length;
  const ids = new Set(report.sources.filter((src) => basename(src.path) === basename(file)).map((src) => src.id));
  const out: Located[] = [];
  for (const g of report.groups) for (const c of g.claims) {
    if (ids.has(c.source) && c.start < e && s < c.end) {
      out.push({ id: c.id, group: g.id, verdict: g.verdict, label: g.label, speaker: c.attribution.speaker, text: c.text });
    }
  }
  return out;
}

const where = (l: Located[]): string =>
  l.length === 0 ? "no claim" : l.map((x) => `«${x.text}» in ${x.group} "${x.label}" (${x.verdict})`).join("; ");

/** The scorer's test of one gold claim; returns null when it holds, else what went wrong. */
function judge(report: Report, name: string, gold: Gold, gc: GoldClaim): string | null {
  const bySource = Object.entries(gc.values).map(([source, values]) => {
    const located = values.map((v) => ({ v, at: locate(report, name, gold, source, v) }));
    return { source, located, required: values.some((v) => !v.optional), groups: new Set(located.flatMap((l) => l.at.map((x) => x.group))) };
  });
  const req = bySource.filter((b) => b.required);
  const count = new Map<string, number>();
  for (const b of req) for (const g of b.groups) count.set(g, (count.get(g) ?? 0) + 1);
  let best: string | null = null, bestN = 0;
  for (const [g, n] of count) if (n > bestN) { best = g; bestN = n; }
  const verdict = report.groups.find((g) => g.id === best)?.verdict ?? null;
  const verdictRight = best !== null && bestN >= 2 &&
    (gc.verdict === "conflict" ? verdict === "conflict" : verdict !== "conflict" && verdict !== "single");
  const everyValue = !gc.every_value || req.every((b) => b.located.every((l) => l.v.optional || l.at.some((x) => x.group === best)));
  if (bestN === req.length && verdictRight && everyValue) return null;
  const detail = bySource.flatMap((b) => b.located.map((l) => `  ${b.source} "${l.v.context}"${l.v.optional ? " (optional)" : ""}: ${where(l.at)}`));
  return [`best group ${best ?? "-"} holds ${bestN}/${req.length} sources, verdict ${verdict ?? "-"} (want ${gc.verdict})`, ...detail].join("\n");
}

/** `it`, or `it.fails` when the finding is a known miss. */
function check(name: string, finding: string, title: string, body: () => Promise<void>): void {
  const known = KNOWN_MISSES[`${name} ${finding}`];
  used.add(`${name} ${finding}`);
  if (known) it.fails(`${title} — known miss: ${known}`, body);
  else it(title, body);
}

describe.each(cases)("fixtures/events/%s", (name) => {
  const gold = JSON.parse(readFileSync(join(ROOT, name, "expected.json"), "utf8")) as Gold;

  it("matches the golden report", async () => {
    const report = await reportOf(name);
    expect(report.sources.every((s) => !s.path.startsWith("/"))).toBe(true);
    await expect(`${JSON.stringify(report, null, 2)}\n`).toMatchFileSnapshot(`../${ROOT}/${name}/report.json`);
  });

  for (const gc of gold.claims) {
    check(name, `claim:${gc.id}`, `finds ${gc.id}: ${gc.key} → ${gc.verdict}`, async () => {
      const miss = judge(await reportOf(name), name, gold, gc);
      expect(miss, `${gc.id}\n${miss}`).toBeNull();
    });
    for (const [source, values] of Object.entries(gc.values)) {
      for (const v of values) {
        if (!v.speaker || v.optional) continue;
        check(name, `speaker:${source}/${v.context}`, `attributes ${gc.id} "${v.context}" (${source}) to ${v.speaker}`, async () => {
          const at = locate(await reportOf(name), name, gold, source, v);
          expect(at.map((x) => x.speaker), where(at)).toContainEqual(expect.stringMatching(new RegExp(v.speaker!, "i")));
        });
      }
    }
  }

  for (const d of gold.distinct ?? []) {
    check(name, `apart:${d.a.source}/${d.a.context}`, `keeps apart: ${d.why}`, async () => {
      const report = await reportOf(name);
      const a = locate(report, name, gold, d.a.source, d.a), b = locate(report, name, gold, d.b.source, d.b);
      const shared = a.filter((x) => b.some((y) => y.group === x.group));
      expect(shared, `a: ${where(a)}\nb: ${where(b)}`).toEqual([]);
    });
  }

  for (const c of gold.consistency ?? []) {
    if (!c.kind) continue;
    check(name, `check:${c.source}/${c.kind}`, `checks ${c.source}: ${c.check} (${c.holds ? "holds" : "fails"})`, async () => {
      const report = await reportOf(name);
      const file = gold.sources[c.source]!;
      const ids = new Set(report.sources.filter((s) => basename(s.path) === basename(file)).map((s) => s.id));
      const found = report.checks.filter((k) => ids.has(k.source) && k.kind === c.kind).map((k) => ({ holds: k.holds, detail: k.detail }));
      expect(found, JSON.stringify(report.checks.filter((k) => ids.has(k.source)))).toContainEqual(expect.objectContaining({ holds: c.holds }));
    });
  }
});

it("lists no known miss that names no finding", () => {
  expect(Object.keys(KNOWN_MISSES).filter((k) => !used.has(k))).toEqual([]);
});
