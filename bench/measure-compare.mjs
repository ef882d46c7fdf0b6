// One size of the benchmark, in its own process so that sizes do not share a heap or a peak RSS:
//
//   node bench/measure-compare.mjs SIZE [WORKERS]
//
// Builds the SIZE-article corpus (BENCH_SEED, BENCH_ARTICLE_KB as in run.mjs), then times what
// `factcheck compare` does with it: extraction (extractAll from dist/: WORKERS threads, or with
// "auto", the default of BENCH_WORKERS, the command's own choice: threads only for large inputs)
// and assemble (align + compare). Cold, as the CLI runs: thread start-up and compromise's load
// are counted. Prints one JSON object on stdout.

import os from "node:os";
import { performance } from "node:perf_hooks";

import { assemble } from "../dist/pipeline.js";
import { extractAll } from "../dist/workers/pool.js";
import { MB, createCorpus, envNumber, workersArg } from "./corpus.mjs";

const size = Number(process.argv[2]);
if (!Number.isInteger(size) || size <= 0) throw new Error("usage: node bench/measure-compare.mjs SIZE [WORKERS]");
const workers = workersArg(process.argv[3] ?? process.env.BENCH_WORKERS);

const corpus = createCorpus({ seed: Math.floor(envNumber("BENCH_SEED", 1)), articleKB: envNumber("BENCH_ARTICLE_KB", 5) });
const c0 = performance.now();
const { docs, total } = corpus.articles(size);
const corpusSeconds = (performance.now() - c0) / 1000;

const maxRssMB = () => (process.resourceUsage().maxRSS * 1024) / MB; // maxRSS is in KiB
const rssBefore = process.memoryUsage().rss / MB;
const maxRssBefore = maxRssMB();
const load = os.loadavg()[0];

const cpu0 = process.cpuUsage(); // the whole process: worker threads and GC included
const t0 = performance.now();
const parts = await extractAll(docs, workers === "auto" ? {} : { workers });
const t1 = performance.now();
const cpu1 = process.cpuUsage(cpu0);
const report = assemble(parts);
const t2 = performance.now();
const cpu2 = process.cpuUsage(cpu0);

const claims = report.groups.reduce((n, g) => n + g.claims.length, 0);
const extracted = parts.reduce((n, p) => n + p.claims.length, 0);
const seconds = (t2 - t0) / 1000;
const cpuSeconds = (cpu2.user + cpu2.system) / 1e6;
const result = {
  size,
  workers,
  documents: docs.length,
  bytes: total,
  mb: total / MB,
  corpusSeconds,
  seconds,
  cpuSeconds,
  extractSeconds: (t1 - t0) / 1000,
  extractCpuSeconds: (cpu1.user + cpu1.system) / 1e6,
  assembleSeconds: (t2 - t1) / 1000,
  assembleCpuSeconds: (cpu2.user + cpu2.system - cpu1.user - cpu1.system) / 1e6,
  mbPerSecond: total / MB / seconds,
  mbPerCpuSecond: total / MB / cpuSeconds,
  claims,
  extractedClaims: extracted,
  groups: report.groups.length,
  entities: report.entities?.length ?? null,
  claimsPerSecond: claims / seconds,
  rssBeforeMB: rssBefore,
  maxRssBeforeMB: maxRssBefore,
  peakRssMB: maxRssMB(),
  loadAverage: { before: load, after: os.loadavg()[0] },
};
process.stdout.write(`${JSON.stringify(result)}\n`);
