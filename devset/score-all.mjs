#!/usr/bin/env node
// Scores every development-set event in one command and prints the per-event table.
//   node devset/score-all.mjs [--verbose] [--json FILE] [EVENT…]
// An event is a folder of devset/ holding its article texts (*.txt, rebuilt from the URLs in its
// gold: see devset/README.md). Its gold is devset/EVENT/GOLD.json, else ../shared/devset/EVENT/GOLD.json.
// The scorer is ../shared/tools/score.mjs, run on `factcheck compare EVENT/*.txt --format json`.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const shared = path.resolve(root, "../shared");
const scorer = path.join(shared, "tools/score.mjs");
const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const jsonOut = args.includes("--json") ? args[args.indexOf("--json") + 1] : null;
const wanted = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--json");

if (!fs.existsSync(scorer)) {
  console.error(`score-all: the scorer is missing (${scorer}); it ships in ../shared/tools/.`);
  process.exit(2);
}

const goldOf = (event) => [path.join(here, event, "GOLD.json"), path.join(shared, "devset", event, "GOLD.json")].find((p) => fs.existsSync(p));
const events = fs.readdirSync(here, { withFileTypes: true })
  .filter((d) => d.isDirectory() && (wanted.length === 0 || wanted.includes(d.name)))
  .map((d) => d.name).sort();

/** The gold with some sources left out: their values, pairs and name variants go with them. */
function withoutSources(gold, gone) {
  const keep = (values) => Object.fromEntries(Object.entries(values).filter(([k]) => !gone.has(k)));
  return {
    ...gold,
    sources: gold.sources.filter((s) => !gone.has(typeof s === "string" ? s : s.file)),
    claims: gold.claims.map((c) => ({ ...c, values: keep(c.values) })).filter((c) => Object.keys(c.values).length > 0),
    distinct: (gold.distinct ?? []).filter((d) => !gone.has(d.a.source) && !gone.has(d.b.source)),
    names: (gold.names ?? []).map((n) => ({ ...n, variants: keep(n.variants) })),
  };
}

const rows = [];
const missing = [];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "factcheck-devset-"));
for (const event of events) {
  const dir = path.join(here, event);
  const goldPath = goldOf(event);
  if (!goldPath) { missing.push(`${event}: no GOLD.json`); continue; }
  const gold = JSON.parse(fs.readFileSync(goldPath, "utf8"));
  const files = gold.sources.map((s) => (typeof s === "string" ? s : s.file));
  const absent = files.filter((f) => !fs.existsSync(path.join(dir, f)));
  if (absent.length === files.length) { missing.push(`${event}: no texts (rebuild them: devset/README.md)`); continue; }
  // Texts that could not be rebuilt: the event is scored on the sources present, and says so.
  const present = files.filter((f) => !absent.includes(f));
  const scoredGold = absent.length ? path.join(tmp, `${event}.gold.json`) : goldPath;
  if (absent.length) fs.writeFileSync(scoredGold, JSON.stringify(withoutSources(gold, new Set(absent))));
  const report = path.join(tmp, `${event}.json`);
  const scores = path.join(tmp, `${event}.score.json`);
  const json = execFileSync(process.execPath, [path.join(root, "bin/factcheck.js"), "compare", ...present.map((f) => path.join(dir, f)), "--format", "json"], { maxBuffer: 1 << 28 });
  fs.writeFileSync(report, json);
  const out = execFileSync(process.execPath, [scorer, scoredGold, dir, report, ...(verbose ? ["--verbose"] : [])], { env: { ...process.env, SCORE_JSON: scores }, encoding: "utf8" });
  if (verbose) console.log(`\n## ${event}\n${out}`);
  rows.push({ event, sources: `${present.length}/${files.length}`, ...JSON.parse(fs.readFileSync(scores, "utf8")) });
}
fs.rmSync(tmp, { recursive: true, force: true });

const frac = ([a, b]) => (b ? a / b : null);
const fmt = (x) => (x === null || x === undefined ? "  n/a" : x.toFixed(2).padStart(5));
const pair = ([a, b]) => `${a}/${b}`.padStart(6);
const lines = [
  `| event | sources | link recall | verdicts | conflict precision | name link recall | kept apart | required |`,
  `|---|---:|---:|---:|---:|---:|---:|---:|`,
];
for (const r of rows) {
  lines.push(`| ${r.event} | ${r.sources} | ${fmt(r.linkRecall)} | ${fmt(frac(r.verdicts))} (${r.verdicts.join("/")}) | ${r.conflicts ? fmt(r.conflictPrecision) : "    –"} (${Math.round(r.conflictPrecision * r.conflicts)}/${r.conflicts}) | ${fmt(r.nameLinkRecall)} | ${pair(r.distinct).trim()} | ${pair(r.required).trim()} |`);
}
const mean = (xs) => { const v = xs.filter((x) => x !== null && x !== undefined); return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null; };
// Conflict precision is undefined for an event whose report states no conflict: the mean is over
// the events that state some, and the pooled figure (all true over all stated) is given beside it.
const stated = rows.filter((r) => r.conflicts > 0);
const pooledTrue = stated.reduce((s, r) => s + Math.round(r.conflictPrecision * r.conflicts), 0);
const pooled = stated.reduce((s, r) => s + r.conflicts, 0);
lines.push(`| **mean of ${rows.length}** | | ${fmt(mean(rows.map((r) => r.linkRecall)))} | ${fmt(mean(rows.map((r) => frac(r.verdicts))))} | ${fmt(mean(stated.map((r) => r.conflictPrecision)))} over ${stated.length}; pooled ${pooledTrue}/${pooled} | ${fmt(mean(rows.map((r) => r.nameLinkRecall)))} | | |`);
console.log(lines.join("\n"));
for (const m of missing) console.error(`skipped ${m}`);
if (jsonOut) fs.writeFileSync(jsonOut, `${JSON.stringify(rows, null, 2)}\n`);
if (rows.length === 0) process.exit(2);
