// One size of the end-to-end benchmark: the real `factcheck compare` command, in its own process.
//
//   node bench/measure-cli.mjs SIZE [WORKERS]
//
// Builds the SIZE-article corpus exactly as measure-compare.mjs does (BENCH_SEED,
// BENCH_ARTICLE_KB; same generator, same articles), writes each article as a .txt file into a
// fresh folder under os.tmpdir() (removed afterwards, also when something fails), then runs the
// CLI's own code path in this process, as bin/factcheck.js does:
//
//   main(["compare", folder, "--format", "json"], io)     (WORKERS "auto", the default)
//   main(["compare", folder, "--format", "json", "--workers", WORKERS], io)
//
// with an Io whose stdout counts the report's bytes and throws them away. Timed from just before
// main() to just after it resolves: loading and parsing the files, extraction (threads, if any,
// started cold, as in the CLI), alignment, comparison and rendering the JSON report all count.
// Writing the corpus files does not, and neither does importing dist/ (reported on its own as
// importSeconds) or starting Node. The files were just written, so they are read from the page
// cache, not from disk. Prints one JSON object on stdout; throws unless the exit code is 0.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

import { MB, createCorpus, envNumber, workersArg } from "./corpus.mjs";

const size = Number(process.argv[2]);
if (!Number.isInteger(size) || size <= 0) throw new Error("usage: node bench/measure-cli.mjs SIZE [WORKERS]");
const workers = workersArg(process.argv[3] ?? process.env.BENCH_WORKERS);

const corpus = createCorpus({ seed: Math.floor(envNumber("BENCH_SEED", 1)), articleKB: envNumber("BENCH_ARTICLE_KB", 5) });
const c0 = performance.now();
const { docs, total } = corpus.articles(size);
const corpusSeconds = (performance.now() - c0) / 1000;

const folder = mkdtempSync(join(os.tmpdir(), "factcheck-bench-"));
const cleanUp = () => rmSync(folder, { recursive: true, force: true });
// A run stopped with ^C or killed by run.mjs does not leave 50 MB of articles behind.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.once(signal, () => {
    cleanUp();
    process.exit(128 + os.constants.signals[signal]);
  });
}

let result;
try {
  const w0 = performance.now();
  for (const d of docs) writeFileSync(join(folder, `${d.id}.txt`), d.text);
  const writeSeconds = (performance.now() - w0) / 1000;
  // The corpus is not needed any more: drop it and collect it now, so that what the process holds
  // while the CLI runs is the CLI's own (it reads the files, it holds no corpus of ours). maxRSS is
  // a high-water mark, so building the corpus still counts if it went higher than the CLI does:
  // maxRssBeforeMB in the output says how high that was.
  docs.length = 0;
  setFlagsFromString("--expose-gc");
  runInNewContext("gc")();

  const i0 = performance.now();
  const { main } = await import("../dist/cli/main.js");
  const importSeconds = (performance.now() - i0) / 1000;

  let reportBytes = 0;
  let writes = 0;
  let stderr = "";
  /** What bin/factcheck.js passes (processIo), except that stdout is counted and dropped. */
  const io = {
    stdout: (text) => {
      reportBytes += Buffer.byteLength(text, "utf8");
      writes++;
    },
    stderr: (text) => {
      stderr += text;
      process.stderr.write(text);
    },
    stdin: async () => new Uint8Array(0),
    env: {},
    isTTY: false,
    columns: 120,
    stderrIsTTY: false,
    now: () => performance.now(),
  };

  const rssBefore = process.memoryUsage().rss / MB;
  const maxRssBefore = (process.resourceUsage().maxRSS * 1024) / MB;
  const load = os.loadavg()[0];
  const argv = ["compare", folder, "--format", "json", ...(workers === "auto" ? [] : ["--workers", String(workers)])];

  const cpu0 = process.cpuUsage(); // the whole process: worker threads and GC included
  const t0 = performance.now();
  const exitCode = await main(argv, io);
  const t1 = performance.now();
  const cpu1 = process.cpuUsage(cpu0);

  if (exitCode !== 0) throw new Error(`factcheck ${argv.join(" ")} exited with ${exitCode}${stderr ? `: ${stderr.trim()}` : ""}`);
  if (reportBytes === 0) throw new Error("factcheck compare wrote no report");

  const seconds = (t1 - t0) / 1000;
  const cpuSeconds = (cpu1.user + cpu1.system) / 1e6;
  result = {
    size,
    workers,
    command: `factcheck ${argv.join(" ").replace(folder, "<tmpdir>")}`,
    documents: size,
    bytes: total,
    mb: total / MB,
    corpusSeconds,
    writeSeconds,
    importSeconds,
    seconds,
    cpuSeconds,
    mbPerSecond: total / MB / seconds,
    mbPerCpuSecond: total / MB / cpuSeconds,
    reportBytes,
    reportMB: reportBytes / MB,
    reportWrites: writes,
    exitCode,
    rssBeforeMB: rssBefore,
    maxRssBeforeMB: maxRssBefore,
    peakRssMB: (process.resourceUsage().maxRSS * 1024) / MB, // maxRSS is in KiB
    loadAverage: { before: load, after: os.loadavg()[0] },
  };
} finally {
  cleanUp();
}
process.stdout.write(`${JSON.stringify(result)}\n`);
