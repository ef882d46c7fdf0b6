// Single-size throughput benchmark (the original bench): one in-process, single-threaded
// buildReport over a synthetic multi-MB corpus, against stock compromise `nlp(text).numbers()`.
// `npm run bench` runs bench/run.mjs (several sizes, worker threads, more baselines) instead.
// See bench/README.md.
//
//   node bench/single-size.mjs                 # dist/ must already be built (npm run build)
//   BENCH_MB=2 node bench/single-size.mjs      # smaller corpus
//
// Options (environment variables):
//   BENCH_MB           corpus size in MB (10^6 bytes of UTF-8 text)         default 5
//   BENCH_SEED         PRNG seed; same seed, same corpus                      default 1
//   BENCH_ARTICLE_KB   mean article size in KB                                default 5
//   BENCH_BASELINE_KB  size of the sample the baseline is timed on, in KB    default 320
//                      (0 = skip the baseline, e.g. to profile buildReport alone)
//   BENCH_PHASES       1 = also time extraction and assembly separately      default 0
//   BENCH_WRITE_CORPUS 1 = also write the articles to bench/corpus/*.txt      default 0
//   BENCH_RESULTS      where to write the JSON results                        default bench/results-single.json

import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import os from "node:os";
import { performance } from "node:perf_hooks";

import { assemble, buildReport, extractDocument } from "../dist/pipeline.js";
import { compromiseNumbers, createLemmatizer } from "../dist/nlp/compromise.js";
import { createCorpus, envNumber } from "./corpus.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");

const options = {
  mb: envNumber("BENCH_MB", 5),
  seed: Math.floor(envNumber("BENCH_SEED", 1)),
  articleKB: envNumber("BENCH_ARTICLE_KB", 5),
  baselineKB: envNumber("BENCH_BASELINE_KB", 320, { zero: true }),
  phases: process.env.BENCH_PHASES === "1",
  writeCorpus: process.env.BENCH_WRITE_CORPUS === "1",
  results: process.env.BENCH_RESULTS || join(here, "results-single.json"),
};

const MB = 1e6;
const bytes = (s) => Buffer.byteLength(s, "utf8");

// ---------------------------------------------------------------------------------------------
// Corpus: paragraphs of the five articles in data/, recombined, numbers and names perturbed
// (bench/corpus.mjs, shared with run.mjs).

const corpus = createCorpus({ seed: options.seed, articleKB: options.articleKB });
const sourceFiles = corpus.sourceFiles;
const sources = corpus.sources;
const paragraphs = corpus.paragraphs;
const buildCorpus = () => corpus.megabytes(options.mb);

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
