// The baselines for one size, in their own process:
//
//   node bench/measure-baselines.mjs SIZE
//
// Builds the same SIZE-article corpus as measure-compare.mjs, takes a sample spread evenly over it
// (every k-th article), and times, one article at a time:
//   - stock compromise: nlp(text), then .numbers().json() and .people().json() on that parse
//     (BENCH_COMPROMISE_KB of text, default 150: compromise reads about 50–100 KB/s);
//   - wink-nlp with wink-eng-lite-web-model: readDoc(text).entities().out(its.detail)
//     (BENCH_WINK_KB of text, default 100000: the whole corpus at every size the bench runs).
// Both are warmed up on the five source articles first (library and model load not counted).
// Prints one JSON object on stdout.

import os from "node:os";
import { performance } from "node:perf_hooks";

import nlp from "compromise";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

import { MB, createCorpus, envNumber, spreadSample } from "./corpus.mjs";

const size = Number(process.argv[2]);
if (!Number.isInteger(size) || size <= 0) throw new Error("usage: node bench/measure-baselines.mjs SIZE");

const corpus = createCorpus({ seed: Math.floor(envNumber("BENCH_SEED", 1)), articleKB: envNumber("BENCH_ARTICLE_KB", 5) });
const { docs } = corpus.articles(size);
const compromiseKB = envNumber("BENCH_COMPROMISE_KB", 150, { zero: true });
const winkKB = envNumber("BENCH_WINK_KB", 100000, { zero: true });

function time(fn) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const seconds = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  return { value, seconds, cpuSeconds: (c.user + c.system) / 1e6 };
}

function compromiseOne(text) {
  const doc = nlp(text);
  return { numbers: doc.numbers().json().length, people: doc.people().json().length };
}

const wink = winkNLP(model);
const its = wink.its;
function winkOne(text) {
  return wink.readDoc(text).entities().out(its.detail).length;
}

function measure(name, kb, fn, countOf) {
  if (kb <= 0) return null;
  const sample = spreadSample(docs, kb);
  const load = os.loadavg()[0];
  const t = time(() => sample.docs.map((d) => fn(d.text)));
  const found = countOf(t.value);
  return {
    name,
    documents: sample.docs.length,
    bytes: sample.total,
    mb: sample.total / MB,
    sampled: sample.sampled,
    seconds: t.seconds,
    cpuSeconds: t.cpuSeconds,
    mbPerSecond: sample.total / MB / t.seconds,
    mbPerCpuSecond: sample.total / MB / t.cpuSeconds,
    found,
    foundPerSecond: found.total / t.seconds,
    loadAverage: { before: load, after: os.loadavg()[0] },
  };
}

// Warm-up: loads compromise's lexicon and the wink model, lets V8 compile. Not counted.
for (const text of corpus.sources) { compromiseOne(text); winkOne(text); }

const compromise = measure("compromise nlp().numbers()+people()", compromiseKB, compromiseOne, (xs) => {
  const numbers = xs.reduce((n, x) => n + x.numbers, 0);
  const people = xs.reduce((n, x) => n + x.people, 0);
  return { numbers, people, total: numbers + people };
});
const winkRow = measure("wink-nlp readDoc+entities()", winkKB, winkOne, (xs) => ({ entities: xs.reduce((n, x) => n + x, 0), total: xs.reduce((n, x) => n + x, 0) }));

process.stdout.write(`${JSON.stringify({ size, compromise, wink: winkRow })}\n`);
