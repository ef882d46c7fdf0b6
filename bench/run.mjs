// Throughput benchmark for factcheck: buildReport over a synthetic multi-MB corpus, against
// stock compromise `nlp(text).numbers()` as the baseline. See bench/README.md.
//
//   npm run bench                      # builds dist/, then runs this file
//   BENCH_MB=2 node bench/run.mjs      # smaller corpus (dist/ must already be built)
//
// Options (environment variables):
//   BENCH_MB           corpus size in MB (10^6 bytes of UTF-8 text)         default 5
//   BENCH_SEED         PRNG seed; same seed, same corpus                      default 1
//   BENCH_ARTICLE_KB   mean article size in KB                                default 5
//   BENCH_BASELINE_KB  size of the sample the baseline is timed on, in KB    default 320
//                      (0 = skip the baseline, e.g. to profile buildReport alone)
//   BENCH_PHASES       1 = also time extraction and assembly separately      default 0
//   BENCH_WRITE_CORPUS 1 = also write the articles to bench/corpus/*.txt      default 0
//   BENCH_RESULTS      where to write the JSON results                        default bench/results.json

import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import os from "node:os";
import { performance } from "node:perf_hooks";

import { assemble, buildReport, extractDocument } from "../dist/pipeline.js";
import { compromiseNumbers, createLemmatizer } from "../dist/nlp/compromise.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");

function envNumber(name, fallback, { zero = false } = {}) {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0 || (n === 0 && !zero)) throw new Error(`${name} must be a positive number, got ${JSON.stringify(raw)}`);
  return n;
}

const options = {
  mb: envNumber("BENCH_MB", 5),
  seed: Math.floor(envNumber("BENCH_SEED", 1)),
  articleKB: envNumber("BENCH_ARTICLE_KB", 5),
  baselineKB: envNumber("BENCH_BASELINE_KB", 320, { zero: true }),
  phases: process.env.BENCH_PHASES === "1",
  writeCorpus: process.env.BENCH_WRITE_CORPUS === "1",
  results: process.env.BENCH_RESULTS || join(here, "results.json"),
};

const MB = 1e6;
const bytes = (s) => Buffer.byteLength(s, "utf8");

// ---------------------------------------------------------------------------------------------
// Seeded PRNG (mulberry32): the corpus depends only on data/ and BENCH_SEED.

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = mulberry32(options.seed);
const randInt = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1)); // inclusive
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

// ---------------------------------------------------------------------------------------------
// Corpus: paragraphs of the five articles in data/, recombined, with numbers perturbed.

const dataDir = join(root, "data");
const sourceFiles = readdirSync(dataDir).filter((f) => f.endsWith(".txt")).sort();
if (sourceFiles.length === 0) throw new Error(`no *.txt articles in ${dataDir}`);
const sources = sourceFiles.map((f) => readFileSync(join(dataDir, f), "utf8"));
const paragraphs = sources.flatMap((t) => t.split(/\n+/).map((p) => p.trim()).filter((p) => p.length > 0));
// The first paragraph of each article is a lead; leads open the synthetic articles.
const leads = sources.map((t) => t.split(/\n+/).map((p) => p.trim()).find((p) => p.length > 0));

// A digit number as written in news text: "52", "1,000", "3.5", "2,345.6".
const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;

function formatLike(original, value) {
  const decimals = original.includes(".") ? original.split(".")[1].length : 0;
  const fixed = Math.max(0, value).toFixed(decimals);
  if (!original.includes(",")) return fixed;
  const [int, frac] = fixed.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** Shift about half of the numbers by a small amount, so that sources agree on some and conflict on others. */
function perturb(paragraph) {
  return paragraph.replace(NUMBER, (m, offset, whole) => {
    if (rand() < 0.5) return m;
    const value = Number(m.replace(/,/g, ""));
    const isYear = !m.includes(",") && !m.includes(".") && value >= 1900 && value <= 2099;
    if (isYear) return rand() < 0.2 ? String(value + pick([-1, 1])) : m;
    // Leave a leading zero ("07") or a number glued to a letter ("B52", "COVID-19") alone.
    if (/^0\d/.test(m) || /[A-Za-z-]$/.test(whole.slice(Math.max(0, offset - 1), offset))) return m;
    const step = m.includes(".") ? Math.pow(10, -m.split(".")[1].length) : 1;
    const spread = Math.max(step, Math.abs(value) * 0.1); // up to ±10%, at least one unit
    let shifted = value + (rand() * 2 - 1) * spread;
    shifted = Math.round(shifted / step) * step;
    if (shifted === value) shifted = value + step;
    return formatLike(m, shifted);
  });
}

function makeArticle() {
  // Article sizes spread from 0.4x to 1.6x the mean.
  const target = options.articleKB * 1000 * (0.4 + rand() * 1.2);
  const parts = [perturb(pick(leads))];
  let size = bytes(parts[0]);
  while (size < target) {
    const p = perturb(pick(paragraphs));
    parts.push(p);
    size += bytes(p) + 1;
  }
  return parts.join("\n") + "\n";
}

function buildCorpus() {
  const docs = [];
  let total = 0;
  while (total < options.mb * MB) {
    const text = makeArticle();
    const id = `bench-${String(docs.length + 1).padStart(5, "0")}`;
    docs.push({ id, path: `bench/corpus/${id}.txt`, title: null, outlet: null, published: null, text });
    total += bytes(text);
  }
  return { docs, total };
}

// ---------------------------------------------------------------------------------------------
// Measurement helpers.

/** Wall seconds, and CPU seconds (user + system, all threads of this process: includes GC). */
function time(fn) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const seconds = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  return { value, seconds, cpuSeconds: (c.user + c.system) / 1e6 };
}

const claimsOf = (report) => report.groups.reduce((n, g) => n + g.claims.length, 0);
const maxRssMB = () => (process.resourceUsage().maxRSS * 1024) / MB; // maxRSS is in KiB
const rssMB = () => process.memoryUsage().rss / MB;

/** The first documents of the corpus, up to at least `kb` KB of text. */
function sampleOf(docs, kb) {
  const out = [];
  let total = 0;
  for (const d of docs) {
    if (total >= kb * 1000) break;
    out.push(d);
    total += bytes(d.text);
  }
  return { docs: out, total };
}

// ---------------------------------------------------------------------------------------------
// Run.

const log = (s) => process.stderr.write(`${s}\n`);

log(`factcheck bench: node ${process.version}, seed ${options.seed}, target ${options.mb} MB, ${os.availableParallelism()} CPUs, load average ${os.loadavg()[0].toFixed(2)}`);
const corpusTimed = time(buildCorpus);
const { docs, total } = corpusTimed.value;
log(`corpus: ${docs.length} articles, ${(total / MB).toFixed(2)} MB, built in ${corpusTimed.seconds.toFixed(2)} s`);

if (options.writeCorpus) {
  const dir = join(here, "corpus");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const d of docs) writeFileSync(join(root, d.path), d.text);
  log(`corpus written to ${dir}`);
}

// Warm-up on the five original articles: loads compromise's lexicon and lets V8 compile the hot
// paths, so the timed runs measure steady-state throughput. Not counted.
const warm = time(() =>
  buildReport(sources.map((text, i) => ({ id: `warm-${i}`, path: sourceFiles[i], title: null, outlet: null, published: null, text }))),
);
compromiseNumbers(sources.join("\n"));
log(`warm-up: ${warm.seconds.toFixed(2)} s`);

const rssBefore = rssMB();
const loadBefore = os.loadavg()[0];

// 1. Ours, end to end, over the whole corpus in one buildReport call.
log(`ours: buildReport over ${docs.length} documents ...`);
const full = time(() => buildReport(docs));
const fullClaims = claimsOf(full.value);
const fullGroups = full.value.groups.length;
const peakRss = maxRssMB();
log(`ours: ${full.seconds.toFixed(2)} s wall, ${full.cpuSeconds.toFixed(2)} s CPU, ${fullClaims} claims in ${fullGroups} groups, peak RSS ${peakRss.toFixed(0)} MB`);
full.value = null; // let the report go before the next runs

// 1b. Optional: the same run split into its two halves, per-document extraction (segment →
//     extract) and cross-document assembly (entities → align → compare).
let phases = null;
if (options.phases) {
  const lemmas = createLemmatizer();
  const ex = time(() => docs.map((d) => extractDocument(d, lemmas)));
  const as = time(() => assemble(ex.value));
  phases = { extract: { seconds: ex.seconds, cpuSeconds: ex.cpuSeconds }, assemble: { seconds: as.seconds, cpuSeconds: as.cpuSeconds } };
  log(`phases: extract ${ex.seconds.toFixed(2)} s, assemble ${as.seconds.toFixed(2)} s`);
}

// 2. Baseline: stock compromise numbers() is slow, so it runs on a sample (the corpus's first
//    articles, each parsed on its own as a document would be).
let sample = null;
let base = null;
let oursSample = null;
if (options.baselineKB > 0) {
  sample = sampleOf(docs, options.baselineKB);
  log(`baseline: compromise nlp(text).numbers() over a ${(sample.total / 1000).toFixed(0)} KB sample (${sample.docs.length} articles) ...`);
  base = time(() => sample.docs.reduce((n, d) => n + compromiseNumbers(d.text), 0));
  log(`baseline: ${base.seconds.toFixed(2)} s, ${base.value} numbers`);
  // 3. Ours on the same sample, so the ratio can also be read like for like.
  oursSample = time(() => claimsOf(buildReport(sample.docs)));
}
const loadAfter = os.loadavg()[0];

// ---------------------------------------------------------------------------------------------
// Report.

const row = (name, byteCount, t, extra) => ({
  name,
  mb: byteCount / MB,
  seconds: t.seconds,
  cpuSeconds: t.cpuSeconds,
  mbPerSecond: byteCount / MB / t.seconds,
  mbPerCpuSecond: byteCount / MB / t.cpuSeconds,
  ...extra,
});

const rows = [
  row("ours: buildReport, full corpus", total, full, {
    documents: docs.length,
    claims: fullClaims,
    groups: fullGroups,
    claimsPerSecond: fullClaims / full.seconds,
    peakRssMB: peakRss,
  }),
];
if (phases) {
  rows.push(row("  of which extract (per document)", total, phases.extract, {}));
  rows.push(row("  of which assemble (cross-doc)", total, phases.assemble, {}));
}
let ratio = null;
if (base) {
  const oursRow = row("ours: buildReport, baseline sample", sample.total, oursSample, {
    documents: sample.docs.length,
    claims: oursSample.value,
    claimsPerSecond: oursSample.value / oursSample.seconds,
  });
  const baseRow = row("compromise numbers(), SAMPLED", sample.total, base, {
    documents: sample.docs.length,
    numbers: base.value,
    numbersPerSecond: base.value / base.seconds,
    sampled: true,
  });
  rows.push(oursRow, baseRow);
  ratio = {
    fullCorpusOverSample: rows[0].mbPerSecond / baseRow.mbPerSecond,
    sampleOverSample: oursRow.mbPerSecond / baseRow.mbPerSecond,
    fullCorpusOverSampleCpu: rows[0].mbPerCpuSecond / baseRow.mbPerCpuSecond,
  };
}

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const lines = [
  "",
  `${pad("measured", 36)}${lpad("MB", 7)}${lpad("wall s", 9)}${lpad("MB/s", 8)}${lpad("CPU s", 9)}${lpad("MB/CPU-s", 10)}`,
  "-".repeat(36 + 7 + 9 + 8 + 9 + 10),
  ...rows.map(
    (r) =>
      `${pad(r.name, 36)}${lpad(r.mb.toFixed(2), 7)}${lpad(r.seconds.toFixed(2), 9)}${lpad(r.mbPerSecond.toFixed(3), 8)}` +
      `${lpad(r.cpuSeconds.toFixed(2), 9)}${lpad(r.mbPerCpuSecond.toFixed(3), 10)}`,
  ),
  "",
  `ours: ${fullClaims} claims in ${fullGroups} groups from ${docs.length} articles, ${rows[0].claimsPerSecond.toFixed(0)} claims/s`,
  `peak RSS (maxRSS after the full-corpus run): ${peakRss.toFixed(0)} MB (RSS before it: ${rssBefore.toFixed(0)} MB)`,
];
if (ratio) {
  lines.push(
    `baseline was SAMPLED: compromise ran on the first ${(sample.total / 1000).toFixed(0)} KB (${sample.docs.length} articles), not the full corpus`,
    `ratio ours/compromise (MB/s): ${ratio.fullCorpusOverSample.toFixed(2)}x (full corpus vs sample), ` +
      `${ratio.sampleOverSample.toFixed(2)}x (like for like, same sample), ${ratio.fullCorpusOverSampleCpu.toFixed(2)}x (full corpus, CPU time)`,
  );
} else {
  lines.push("baseline skipped (BENCH_BASELINE_KB=0)");
}
lines.push(`1-min load average: ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after (on ${os.availableParallelism()} CPUs; wall times are only meaningful if this is below the CPU count)`, "");
process.stdout.write(`${lines.join("\n")}\n`);

const results = {
  timestamp: new Date().toISOString(),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  cpus: os.availableParallelism(),
  loadAverage: { before: loadBefore, after: loadAfter },
  options: { mb: options.mb, seed: options.seed, articleKB: options.articleKB, baselineKB: options.baselineKB, phases: options.phases },
  corpus: { documents: docs.length, bytes: total, mb: total / MB, sourceArticles: sourceFiles.length, paragraphs: paragraphs.length },
  warmupSeconds: warm.seconds,
  rows,
  ratio,
};
writeFileSync(options.results, `${JSON.stringify(results, null, 2)}\n`);
log(`results written to ${options.results}`);
