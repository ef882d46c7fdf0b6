import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { fakeIo } from "./helpers/fake-io.js";

/**
 * Threads and the cache change how fast a report comes, never what it says. The folder is big
 * enough (60 articles) for the pool to start threads; the articles are data/'s, with some
 * two-digit numbers shifted so that there is something to align and to disagree on.
 */
let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "factcheck-workers-"));
  const seeds = readdirSync("data").sort().map((f) => readFileSync(join("data", f), "utf8"));
  for (let i = 0; i < 60; i++) {
    const text = (seeds[i % seeds.length] as string).replace(/\b(\d\d)\b/g, (m) => String(Number(m) + (i % 3)));
    writeFileSync(join(folder, `article-${String(i).padStart(2, "0")}.txt`), text);
  }
});

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const t = fakeIo();
  const code = await main(args, t.io);
  return { code, stdout: t.stdout(), stderr: t.stderr() };
}

describe("--workers", () => {
  it("one worker and two workers give byte-identical JSON reports", async () => {
    const one = await run("compare", folder, "--format", "json", "--workers", "1");
    const two = await run("compare", folder, "--format", "json", "--workers", "2");
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(JSON.parse(one.stdout).sources).toHaveLength(60);
    expect(JSON.parse(one.stdout).groups.length).toBeGreaterThan(10);
    expect(two.stdout).toBe(one.stdout);
  });

  it("extract gives the same claims on one thread and on two", async () => {
    const one = await run("extract", folder, "--workers", "1");
    const two = await run("extract", folder, "--workers", "2");
    expect(JSON.parse(one.stdout).claims.length).toBeGreaterThan(100);
    expect(two.stdout).toBe(one.stdout);
  });

  it.each(["0", "-1", "two", "1.5"])("rejects --workers %s with one line and exit 2", async (value) => {
    const r = await run("compare", folder, "--workers", value);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("--workers");
    expect(r.stdout).toBe("");
  });
});

describe("--cache", () => {
  it("gives the report of an uncached run, and a re-run reads the cache instead of writing it", async () => {
    const cache = mkdtempSync(join(tmpdir(), "factcheck-cache-"));
    const plain = await run("compare", folder, "--format", "json");
    const first = await run("compare", folder, "--format", "json", "--cache", cache);
    expect(first.stdout).toBe(plain.stdout);
    const entries = readdirSync(cache).sort();
    expect(entries).toHaveLength(60);
    const written = entries.map((e) => statSync(join(cache, e)).mtimeMs);
    const second = await run("compare", folder, "--format", "json", "--cache", cache);
    expect(second.stdout).toBe(plain.stdout);
    expect(readdirSync(cache).sort()).toEqual(entries);
    expect(entries.map((e) => statSync(join(cache, e)).mtimeMs)).toEqual(written);
  });

  it("ignores a damaged cache entry and makes it again", async () => {
    const cache = mkdtempSync(join(tmpdir(), "factcheck-cache-"));
    const plain = await run("compare", folder, "--format", "json", "--cache", cache);
    const damaged = join(cache, readdirSync(cache).sort()[0] as string);
    writeFileSync(damaged, "{ not json");
    const again = await run("compare", folder, "--format", "json", "--cache", cache);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(plain.stdout);
    expect(() => JSON.parse(readFileSync(damaged, "utf8"))).not.toThrow();
  });

  it("only extracts what changed: a new article adds one cache entry", async () => {
    const cache = mkdtempSync(join(tmpdir(), "factcheck-cache-"));
    await run("compare", folder, "--cache", cache, "--format", "json");
    const grown = mkdtempSync(join(tmpdir(), "factcheck-grown-"));
    for (const f of readdirSync(folder)) writeFileSync(join(grown, f), readFileSync(join(folder, f)));
    // Paths are part of a source, so the grown folder's articles are new entries; a second run over it is not.
    await run("compare", grown, "--cache", cache, "--format", "json");
    const before = readdirSync(cache).length;
    writeFileSync(join(grown, "article-new.txt"), "Rescuers said 14 people were missing after the flood on Monday.\n");
    const r = await run("compare", grown, "--cache", cache, "--format", "json");
    expect(r.code).toBe(0);
    expect(readdirSync(cache).length).toBe(before + 1);
  });
});
