// Synthetic news corpus for the benchmarks, built from the articles in data/. See bench/README.md.
//
// Paragraphs of the source articles are recombined into new articles; about half of the digit
// numbers are shifted a little, and a fraction of the mentions of people's surnames get two
// adjacent letters swapped ("Statkevich" → "Statkveich"), so that claims still align and
// conflict and entity resolution has spelling variants to merge. Everything comes from one
// seeded PRNG (mulberry32): the same seed and the same data/ give the same corpus, and the
// corpus of N articles is the first N articles of any larger one with the same seed.

import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const MB = 1e6;
export const bytes = (s) => Buffer.byteLength(s, "utf8");

const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");

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

/** The five source articles, as `{ files, texts }`. */
export function readSources() {
  const dataDir = join(root, "data");
  const files = readdirSync(dataDir).filter((f) => f.endsWith(".txt")).sort();
  if (files.length === 0) throw new Error(`no *.txt articles in ${dataDir}`);
  return { files, texts: files.map((f) => readFileSync(join(dataDir, f), "utf8")) };
}

// A digit number as written in news text: "52", "1,000", "3.5", "2,345.6".
const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;

// Surnames of people named in data/ (only those that occur there are used). Mentions of them
// are the ones that get misspelled.
const SURNAMES = [
  "Lukashenko", "Trump", "Coale", "Statkevich", "Tsikhanouskaya", "Putin", "Nausėda", "Tikhanovsky",
  "Podnebenny", "Losik", "Romanauskiene", "Matskevich", "Kellogg", "Fenner", "Budrys", "Bialiatski",
  "Zazulinskaya", "Protasevich", "Kolesnikova", "Kalesnikava", "Dzikavitski",
];

function formatLike(original, value) {
  const decimals = original.includes(".") ? original.split(".")[1].length : 0;
  const fixed = Math.max(0, value).toFixed(decimals);
  if (!original.includes(",")) return fixed;
  const [int, frac] = fixed.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/**
 * A corpus generator. `articleKB` is the mean article size (articles range from 0.4× to 1.6× of
 * it); `nameRate` is the fraction of surname mentions that get misspelled.
 */
export function createCorpus({ seed = 1, articleKB = 5, nameRate = 0.1 } = {}) {
  const rand = mulberry32(seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const { files, texts } = readSources();
  const paragraphsOf = (t) => t.split(/\n+/).map((p) => p.trim()).filter((p) => p.length > 0);
  const paragraphs = texts.flatMap(paragraphsOf);
  // The first paragraph of each article is a lead; leads open the synthetic articles.
  const leads = texts.map((t) => paragraphsOf(t)[0]);
  const all = texts.join("\n");
  const surnames = SURNAMES.filter((s) => all.includes(s));
  const SURNAME = new RegExp(`\\b(?:${surnames.join("|")})(?![\\p{L}])`, "gu");

  /** Shift about half of the numbers by a small amount, so that sources agree on some and conflict on others. */
  function perturbNumbers(paragraph) {
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

  /** Misspell a fraction of surname mentions: two adjacent letters after the first are swapped. */
  function perturbNames(paragraph) {
    if (nameRate <= 0) return paragraph;
    return paragraph.replace(SURNAME, (name) => {
      if (rand() >= nameRate) return name;
      const chars = [...name];
      const candidates = [];
      for (let i = 1; i + 1 < chars.length; i++) if (chars[i] !== chars[i + 1]) candidates.push(i);
      if (candidates.length === 0) return name;
      const i = pick(candidates);
      [chars[i], chars[i + 1]] = [chars[i + 1], chars[i]];
      return chars.join("");
    });
  }

  const perturb = (p) => perturbNames(perturbNumbers(p));

  function makeArticle() {
    const target = articleKB * 1000 * (0.4 + rand() * 1.2);
    const parts = [perturb(pick(leads))];
    let size = bytes(parts[0]);
    while (size < target) {
      const p = perturb(pick(paragraphs));
      parts.push(p);
      size += bytes(p) + 1;
    }
    return parts.join("\n") + "\n";
  }

  let made = 0;
  function nextDocument() {
    const text = makeArticle();
    const id = `bench-${String(++made).padStart(5, "0")}`;
    return { id, path: `bench/corpus/${id}.txt`, title: null, outlet: null, published: null, text };
  }

  return {
    sourceFiles: files,
    sources: texts,
    paragraphs,
    surnames,
    /** The next `count` articles. */
    articles(count) {
      const docs = [];
      let total = 0;
      for (let i = 0; i < count; i++) {
        const d = nextDocument();
        docs.push(d);
        total += bytes(d.text);
      }
      return { docs, total };
    },
    /** Articles until at least `mb` MB of text. */
    megabytes(mb) {
      const docs = [];
      let total = 0;
      while (total < mb * MB) {
        const d = nextDocument();
        docs.push(d);
        total += bytes(d.text);
      }
      return { docs, total };
    },
  };
}

/**
 * A sample of about `kb` KB spread evenly over the corpus (every k-th article), so that it reads
 * like the whole corpus and not only its start. The whole corpus if it is smaller than that.
 */
export function spreadSample(docs, kb) {
  const total = docs.reduce((n, d) => n + bytes(d.text), 0);
  if (total <= kb * 1000) return { docs: [...docs], total, sampled: false };
  const mean = total / docs.length;
  const want = Math.max(1, Math.ceil((kb * 1000) / mean));
  const step = docs.length / want;
  const out = [];
  let size = 0;
  for (let k = 0; k < want && size < kb * 1000; k++) {
    const d = docs[Math.floor(k * step)];
    out.push(d);
    size += bytes(d.text);
  }
  return { docs: out, total: size, sampled: true };
}

export function envNumber(name, fallback, { zero = false } = {}) {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0 || (n === 0 && !zero)) throw new Error(`${name} must be a positive number, got ${JSON.stringify(raw)}`);
  return n;
}

/** BENCH_WORKERS: "auto" (the command's own choice, no --workers) or thread counts, comma-separated. */
export function envWorkers(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  return raw.split(",").map((s) => workersArg(s.trim(), name));
}

/** "auto" or a positive integer, as given on a measure-*.mjs command line. */
export function workersArg(raw, name = "WORKERS") {
  if (raw === undefined || raw === "auto") return "auto";
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be "auto" or a positive integer, got ${JSON.stringify(raw)}`);
  return n;
}

export function envList(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const xs = raw.split(",").map((s) => Number(s.trim().replace(/_/g, "")));
  if (xs.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`${name} must be a comma-separated list of positive integers, got ${JSON.stringify(raw)}`);
  return xs;
}
