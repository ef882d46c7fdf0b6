// Throughput benchmark for factcheck at several corpus sizes, against stock compromise and
// wink-nlp. See bench/README.md.
//
//   npm run bench                              # builds dist/, then runs this file
//   BENCH_SIZES=100,1000 node bench/run.mjs    # fewer sizes (dist/ must already be built)
//
// For each size (a number of articles), three child processes, one after the other, so that sizes
// and measurements do not share a heap or a peak RSS:
//   bench/measure-compare.mjs SIZE WORKERS   the pipeline in memory: extractAll (worker threads)
//                                            + assemble, from dist/, on the corpus held in memory
//   bench/measure-cli.mjs SIZE WORKERS       the real command, end to end: the corpus written as
//                                            .txt files, then `factcheck compare DIR --format json
//                                            --workers N` (dist/cli/main.js, in-process, report
//                                            counted and dropped)
//   bench/measure-baselines.mjs SIZE         compromise and wink-nlp over a sample of that corpus
//
// Options (environment variables):
//   BENCH_SIZES         corpus sizes, in articles                       default 100,1000,10000
//   BENCH_WORKERS       "auto" (the command's default: threads only for default auto
//                       large inputs) or thread counts; a list (auto,1,2)
//                       runs the compare (both rows) once per entry
//   BENCH_CLI           0 skips the end-to-end CLI row                  default 1
//   BENCH_SEED          PRNG seed; same seed, same corpus               default 1
//   BENCH_ARTICLE_KB    mean article size in KB                         default 5
//   BENCH_COMPROMISE_KB compromise sample per size, KB (0 = skip)       default 150
//   BENCH_WINK_KB       wink-nlp sample per size, KB (0 = skip)         default 100000
//                       (more than the 10,000-article corpus: the same text as ours)
//   BENCH_RESULTS       where to write the JSON results                 default bench/results.json
//
// The old single-size, single-thread buildReport benchmark is bench/single-size.mjs.

import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import os from "node:os";
import { performance } from "node:perf_hooks";

import { MB, envList, envNumber, envWorkers } from "./corpus.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const options = {
  sizes: envList("BENCH_SIZES", [100, 1000, 10000]),
  workers: envWorkers("BENCH_WORKERS", ["auto"]),
  seed: Math.floor(envNumber("BENCH_SEED", 1)),
  articleKB: envNumber("BENCH_ARTICLE_KB", 5),
  compromiseKB: envNumber("BENCH_COMPROMISE_KB", 150, { zero: true }),
  winkKB: envNumber("BENCH_WINK_KB", 100000, { zero: true }),
  cli: envNumber("BENCH_CLI", 1, { zero: true }) > 0,
  results: process.env.BENCH_RESULTS || join(here, "results.json"),
};

const log = (s) => process.stderr.write(`${s}\n`);
/** How a row's threads are described: "auto" is the command's own choice (no --workers). */
const plural = (n) => (n === "auto" ? `auto (${os.availableParallelism()} CPUs)` : `${n} worker${n === 1 ? "" : "s"}`);
const load = () => os.loadavg().map((x) => Number(x.toFixed(2)));

function child(script, args) {
  const env = { ...process.env, BENCH_SEED: String(options.seed), BENCH_ARTICLE_KB: String(options.articleKB) };
  const r = spawnSync(process.execPath, [join(here, script), ...args.map(String)], { env, encoding: "utf8", maxBuffer: 1 << 24, stdio: ["ignore", "pipe", "inherit"] });
  if (r.status !== 0) throw new Error(`${script} ${args.join(" ")} failed (exit ${r.status}${r.signal ? `, ${r.signal}` : ""})`);
  const last = r.stdout.trim().split("\n").pop();
  return JSON.parse(last);
}

const started = performance.now();
const loadStart = load();
log(`factcheck bench: node ${process.version}, seed ${options.seed}, sizes ${options.sizes.join(", ")}, workers ${options.workers.join(", ")}, ${os.availableParallelism()} CPUs, load average ${loadStart.join(" ")}`);

const MEMORY = "pipeline in memory (extract + assemble)";
const CLI = "factcheck compare CLI (files → JSON)";
const ratiosOf = (c, baselines) => ({
  workers: c.workers,
  compromise: baselines.compromise ? c.mbPerSecond / baselines.compromise.mbPerSecond : null,
  wink: baselines.wink ? c.mbPerSecond / baselines.wink.mbPerSecond : null,
  compromiseCpu: baselines.compromise ? c.mbPerCpuSecond / baselines.compromise.mbPerCpuSecond : null,
  winkCpu: baselines.wink ? c.mbPerCpuSecond / baselines.wink.mbPerCpuSecond : null,
});

const runs = [];
for (const size of options.sizes) {
  const compares = [];
  for (const workers of options.workers) {
    log(`${size} articles: ${MEMORY}, ${plural(workers)} ...`);
    const c = child("measure-compare.mjs", [size, workers]);
    log(`  ${c.mb.toFixed(1)} MB, ${c.seconds.toFixed(2)} s (extract ${c.extractSeconds.toFixed(2)} s, assemble ${c.assembleSeconds.toFixed(2)} s), ${c.claims} claims, peak RSS ${c.peakRssMB.toFixed(0)} MB, load ${c.loadAverage.before}`);
    compares.push(c);
  }
  const clis = [];
  if (options.cli) {
    for (const workers of options.workers) {
      log(`${size} articles: ${CLI}, ${plural(workers)} ...`);
      const c = child("measure-cli.mjs", [size, workers]);
      log(`  ${c.mb.toFixed(1)} MB, ${c.seconds.toFixed(2)} s, ${(c.reportBytes / MB).toFixed(1)} MB of JSON, peak RSS ${c.peakRssMB.toFixed(0)} MB, load ${c.loadAverage.before}`);
      clis.push(c);
    }
  }
  let baselines = { compromise: null, wink: null };
  if (options.compromiseKB > 0 || options.winkKB > 0) {
    log(`${size} articles: baselines (compromise on ${options.compromiseKB} KB, wink-nlp on up to ${options.winkKB} KB, spread over the corpus) ...`);
    baselines = child("measure-baselines.mjs", [size]);
    for (const b of [baselines.compromise, baselines.wink]) if (b) log(`  ${b.name}: ${b.mb.toFixed(2)} MB in ${b.seconds.toFixed(2)} s`);
  }
  // compares / ratios: the pipeline in memory; clis / cliRatios: the factcheck compare command.
  runs.push({ size, compares, clis, baselines, ratios: compares.map((c) => ratiosOf(c, baselines)), cliRatios: clis.map((c) => ratiosOf(c, baselines)) });
}
const loadEnd = load();
const totalSeconds = (performance.now() - started) / 1000;

// Scaling: time(10,000) / time(1,000), or more generally each size over the previous one.
// `measured` says which row: "memory" (measure-compare.mjs) or "cli" (measure-cli.mjs).
const scaling = [];
for (const [measured, key] of [["memory", "compares"], ["cli", "clis"]]) {
  for (const workers of options.workers) {
    for (let i = 1; i < runs.length; i++) {
      const a = runs[i - 1][key].find((c) => c.workers === workers);
      const b = runs[i][key].find((c) => c.workers === workers);
      if (!a || !b) continue;
      scaling.push({ measured, workers, from: a.size, to: b.size, sizeRatio: b.size / a.size, timeRatio: b.seconds / a.seconds, cpuRatio: b.cpuSeconds / a.cpuSeconds });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Table.

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const f = (x, d) => (x === null || x === undefined ? "-" : x.toFixed(d));
const x = (r, d) => (r === null || r === undefined ? "-" : `${r.toFixed(d)}x`);
const signed = (v, d) => (v === null || v === undefined ? "-" : `${v < 0 ? "−" : "+"}${Math.abs(v).toFixed(d)}`);
const header =
  `${pad("articles", 9)}${pad("measured", 58)}${lpad("MB", 7)}${lpad("wall s", 8)}${lpad("MB/s", 8)}${lpad("items/s", 9)}` +
  `${lpad("peak RSS", 10)}${lpad("÷ compr.", 10)}${lpad("÷ wink", 8)}${lpad("load", 6)}`;
const lines = ["", header, "-".repeat(header.length)];
const oursRow = (size, label, c, ratio, items) =>
  `${pad(size, 9)}${pad(`ours: ${label}, ${plural(c.workers)}`, 58)}${lpad(f(c.mb, 2), 7)}${lpad(f(c.seconds, 2), 8)}` +
  `${lpad(f(c.mbPerSecond, 3), 8)}${lpad(f(items, 0), 9)}${lpad(`${f(c.peakRssMB, 0)} MB`, 10)}` +
  `${lpad(x(ratio.compromise, 1), 10)}${lpad(x(ratio.wink, 2), 8)}${lpad(f(c.loadAverage.before, 2), 6)}`;
for (const r of runs) {
  for (const [i, c] of r.compares.entries()) lines.push(oursRow(i === 0 ? r.size : "", MEMORY, c, r.ratios[i], c.claimsPerSecond));
  for (const [i, c] of r.clis.entries()) lines.push(oursRow("", CLI, c, r.cliRatios[i], null));
  for (const b of [r.baselines.compromise, r.baselines.wink]) {
    if (!b) continue;
    lines.push(
      `${pad("", 9)}${pad(`${b.name}${b.sampled ? ", SAMPLED" : ""}`, 58)}${lpad(f(b.mb, 2), 7)}${lpad(f(b.seconds, 2), 8)}` +
        `${lpad(f(b.mbPerSecond, 3), 8)}${lpad(f(b.foundPerSecond, 0), 9)}${lpad("", 10)}${lpad("", 10)}${lpad("", 8)}${lpad(f(b.loadAverage.before, 2), 6)}`,
    );
  }
}
lines.push("");
for (const r of runs) {
  for (const [i, c] of r.compares.entries()) {
    const ratio = r.ratios[i];
    lines.push(
      `${r.size} articles, ${plural(c.workers)}, ${MEMORY}: ${c.claims} claims in ${c.groups} groups; extract ${f(c.extractSeconds, 2)} s + assemble ${f(c.assembleSeconds, 2)} s; ` +
        `${f(c.cpuSeconds, 1)} CPU-s; peak RSS ${f(c.peakRssMB, 0)} MB; ÷ compromise ${x(ratio.compromise, 1)} (CPU ${x(ratio.compromiseCpu, 1)}), ` +
        `÷ wink-nlp ${x(ratio.wink, 2)} (CPU ${x(ratio.winkCpu, 2)})`,
    );
  }
  for (const [i, c] of r.clis.entries()) {
    const ratio = r.cliRatios[i];
    const memory = r.compares.find((m) => m.workers === c.workers);
    lines.push(
      `${r.size} articles, ${plural(c.workers)}, ${CLI}: ${f(c.reportBytes / MB, 1)} MB of JSON report; ${f(c.cpuSeconds, 1)} CPU-s; peak RSS ${f(c.peakRssMB, 0)} MB; ` +
        `${memory ? `${signed(c.seconds - memory.seconds, 2)} s wall, ${signed(c.cpuSeconds - memory.cpuSeconds, 1)} CPU-s against the in-memory row; ` : ""}` +
        `÷ compromise ${x(ratio.compromise, 1)} (CPU ${x(ratio.compromiseCpu, 1)}), ÷ wink-nlp ${x(ratio.wink, 2)} (CPU ${x(ratio.winkCpu, 2)}); ` +
        `not counted: writing the files ${f(c.writeSeconds, 2)} s, importing dist/ ${f(c.importSeconds, 2)} s`,
    );
  }
}
for (const s of scaling) {
  lines.push(
    `time(${s.to.toLocaleString("en-US")}) / time(${s.from.toLocaleString("en-US")}), ${plural(s.workers)}, ${s.measured === "cli" ? CLI : MEMORY}: ` +
      `${s.timeRatio.toFixed(2)} wall, ${s.cpuRatio.toFixed(2)} CPU (size ×${s.sizeRatio})`,
  );
}
lines.push(
  `baselines: compromise on a SAMPLE of about ${options.compromiseKB} KB per size (it reads about 0.1 MB/s), articles spread evenly over the corpus; ` +
    `wink-nlp on up to ${options.winkKB} KB per size: the whole corpus, the same text as ours, unless its row says SAMPLED; both warmed up first (library and model load not counted); ` +
    "ours is timed cold (thread start-up and compromise's load counted)",
  "auto: the command as users run it, without --workers: threads (one per CPU) only for inputs of 12 MB of text or more",
  `${MEMORY}: extractAll + assemble on the corpus held in memory; no files read, no report rendered`,
  `${CLI}: main(["compare", DIR, "--format", "json"]) (with "--workers", N unless "auto") from dist/cli/main.js, from the call to its exit code: reading the .txt files, ` +
    "extraction, alignment, comparison and the JSON report (counted, not kept); not Node's start, not importing dist/, not writing the files",
  `÷ compr., ÷ wink: that row's MB/s ÷ the baseline's MB/s at the same size (above 1: ours is faster)`,
  `items/s: ours = aligned claims in the report (not counted for the CLI row, whose report is not parsed); compromise = numbers + people found; wink-nlp = entities found`,
  `load average (1, 5, 15 min): ${loadStart.join(" ")} at start, ${loadEnd.join(" ")} at end, on ${os.availableParallelism()} CPUs; total ${totalSeconds.toFixed(0)} s`,
  "",
);
process.stdout.write(`${lines.join("\n")}\n`);

const results = {
  timestamp: new Date().toISOString(),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  cpus: os.availableParallelism(),
  loadAverage: { start: loadStart, end: loadEnd },
  totalSeconds,
  options: { ...options, results: undefined },
  runs,
  scaling,
};
writeFileSync(options.results, `${JSON.stringify(results, null, 2)}\n`);
log(`results written to ${options.results}`);
