import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, closeSync, constants, lstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { nodeFiles } from "../src/ingest/files.js";
import { Report } from "../src/schema/report.js";
import { fakeIo } from "./helpers/fake-io.js";

/**
 * Every kind of unusable input is skipped with one line on stderr and listed in the report, and
 * the good input beside it is reported exactly as when it is read alone. Bad files are made here.
 */
const GOOD = readFileSync("fixtures/inputs/text/harbor-post.txt", "utf8");
let dir: string;
let good: string;
let alone: Report;

const STACK = /\n\s+at /;

async function run(paths: string[], extra: Partial<Parameters<typeof fakeIo>[0]> & { files?: typeof nodeFiles } = {}) {
  const { files, ...options } = extra;
  const t = fakeIo(options);
  if (files) t.io.files = files;
  const code = await main(["compare", ...paths, "--format", "json"], t.io);
  const stdout = t.stdout();
  return { code, stderr: t.stderr(), report: stdout ? Report.parse(JSON.parse(stdout)) : null };
}

/** The good article is reported as when it is read alone, and the bad input is listed as skipped. */
async function expectSkipped(bad: string, reason: string, skippedPath = bad) {
  const r = await run([good, bad]);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe(`factcheck: skipped ${skippedPath}: ${reason}\n`);
  expect(r.report?.skipped).toEqual([{ path: skippedPath, reason }]);
  expect(r.report?.sources).toEqual(alone.sources);
  expect(r.report?.groups).toEqual(alone.groups);
}

const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "factcheck-robust-"));
  good = file("good.txt", GOOD);
  const r = await run([good]);
  expect(r.code).toBe(0);
  alone = r.report as Report;
  expect(alone.groups.length).toBeGreaterThan(3);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
const ZIP = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 0x21, 0x00, 0x5a, 0x3c, 0x61, 0x2e, 0x74, 0x78, 0x74]);

describe("unusable inputs are skipped, the rest is reported", () => {
  it("a missing path", () => expectSkipped(join(dir, "missing.txt"), "no such file or folder"));
  it("an empty file", () => expectSkipped(file("empty.txt", ""), "empty file"));
  it("a file of white space", () => expectSkipped(file("blank.txt", " \n\t\n"), "no text (only white space)"));
  it("an empty folder", () => {
    const empty = join(dir, "empty-folder");
    mkdirSync(empty, { recursive: true });
    return expectSkipped(empty, "folder holds no article files (.txt .text .md .markdown .html .htm .xhtml .json .jsonl .ndjson)");
  });
  it("PNG bytes with a .txt extension", () => expectSkipped(file("image.txt", PNG), "binary file, not text (it contains NUL bytes)"));
  it("zip bytes with a .txt extension", () => expectSkipped(file("archive.txt", ZIP), "binary file, not text (it contains NUL bytes)"));
  it("invalid UTF-8", () =>
    expectSkipped(file("latin1.txt", Buffer.from("Caf\xe9 owners said 12 people were hurt.", "latin1")), "not valid UTF-8 text (a binary file, or text in another encoding)"));
  it("a symbolic link loop", () => {
    const loop = join(dir, "loop.txt");
    symlinkSync(loop, loop);
    return expectSkipped(loop, "symbolic link loop");
  });
  it("HTML with no article", () =>
    expectSkipped(file("menu.html", "<html><body><nav><a href=/>Home</a> <a href=/n>News</a></nav><footer>© 2024</footer></body></html>"), "no article found in the HTML page"));
  it("JSON that fails the schema, with the field path", () =>
    expectSkipped(file("bad.json", '{"title": "No text here"}'), "record on line 1: field text: Invalid input: expected string, received undefined"));
  it("invalid JSON", () => expectSkipped(file("broken.json", '{"text": '), "not valid JSON (Unexpected end of JSON input)"));
  it("a file over the size limit (50 MB), without reading it", async () => {
    const big = file("big.txt", Buffer.alloc(50 * 1024 * 1024, "All 52 were freed. "));
    const started = performance.now();
    await expectSkipped(big, "file too large: 50.0 MB (the limit is 20.0 MB)");
    expect(performance.now() - started).toBeLessThan(10_000);
  });
  it("50 MB on stdin", async () => {
    const r = await run([good, "-"], { stdin: "x".repeat(50 * 1024 * 1024) });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("factcheck: skipped -: file too large: over 20.0 MB (the limit is 20.0 MB)\n");
    expect(r.report?.groups).toEqual(alone.groups);
  });
  it("Markdown whose front matter is not YAML", () =>
    expectSkipped(file("bad-front.md", "---\ntitle: [unclosed\n---\nNine boats sank.\n"), "front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] at line 1, column 17"));
  it("an unreadable file (chmod 000, or an injected EACCES when running as root)", async () => {
    const locked = file("locked.txt", GOOD);
    chmodSync(locked, 0o000);
    const denied = Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
    const files = process.getuid?.() === 0
      ? { ...nodeFiles, readCapped: async (path: string, limit: number) => (path === locked ? Promise.reject(denied) : nodeFiles.readCapped(path, limit)) }
      : nodeFiles;
    const r = await run([good, locked], { files });
    chmodSync(locked, 0o644);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`factcheck: skipped ${locked}: permission denied\n`);
    expect(r.report?.groups).toEqual(alone.groups);
  });
  it("a JSONL record whose text is not a string: that record skipped, the others read", async () => {
    const lines = [JSON.stringify({ id: "a", text: GOOD }), JSON.stringify({ id: "b", text: 42 }), "", "{not json", JSON.stringify({ id: "c", text: "Nine boats sank." })];
    const jsonl = file("records.jsonl", `${lines.join("\n")}\n`);
    const r = await run([jsonl]);
    expect(r.code).toBe(0);
    expect(r.stderr.split("\n")).toEqual([
      `factcheck: skipped ${jsonl}#2: record on line 2: field text: Invalid input: expected string, received number`,
      `factcheck: skipped ${jsonl}#4: record on line 4: not valid JSON (Expected property name or '}' in JSON at position 1)`,
      "",
    ]);
    expect(r.report?.sources.map((s) => [s.id, s.path])).toEqual([["a", `${jsonl}#1`], ["c", `${jsonl}#5`]]);
    expect(r.report?.groups.filter((g) => g.claims.every((c) => c.source === "a")).map((g) => g.label))
      .toEqual(alone.groups.map((g) => g.label));
  });
  it("a JSON array with a bad record: its line and field path", async () => {
    const json = file("array.json", `[\n  {"id": "a", "text": ${JSON.stringify(GOOD)}},\n  {"id": "b",\n   "text": ["not", "a", "string"]}\n]\n`);
    const r = await run([json]);
    expect(r.stderr).toBe(`factcheck: skipped ${json}#3: record on line 3: field text: Invalid input: expected string, received array\n`);
    expect(r.report?.sources.map((s) => s.id)).toEqual(["a"]);
  });
  it("nothing usable at all: exit 2, one line per input and one to say so, no stack trace", async () => {
    const r = await run([join(dir, "missing.txt"), file("empty2.txt", "")]);
    expect(r.code).toBe(2);
    expect(r.report).toBeNull();
    expect(r.stderr.trim().split("\n")).toHaveLength(3);
    expect(r.stderr).toContain("factcheck: no usable input in");
    expect(r.stderr).not.toMatch(STACK);
  });
});

/**
 * A FIFO, a socket or a device is never opened: opening a FIFO waits for a writer, for ever. The
 * in-process runs read through a file system whose readCapped refuses the FIFO outright, so a
 * regression fails here instead of hanging the suite; the spawned run has a timeout.
 */
describe("a file that is not a regular file is skipped without opening it", () => {
  let fifo: string;
  let folder: string;
  const opened: string[] = [];
  const guarded = {
    ...nodeFiles,
    readCapped: async (path: string, limit: number) => {
      opened.push(path);
      if (statSync(path).isFIFO()) throw new Error(`opened the FIFO ${path}`);
      return nodeFiles.readCapped(path, limit);
    },
  };
  /** Opening a FIFO for writing without blocking fails with ENXIO exactly when no reader holds it open. */
  const expectNoReader = (path: string) => expect(() => closeSync(openSync(path, constants.O_WRONLY | constants.O_NONBLOCK))).toThrow(/ENXIO/);

  beforeAll(() => {
    folder = join(dir, "with-fifo");
    mkdirSync(folder);
    writeFileSync(join(folder, "good.txt"), GOOD);
    fifo = join(folder, "notes.txt");
    execFileSync("mkfifo", [fifo]);
  });

  it("a FIFO named notes.txt inside a folder", async () => {
    opened.length = 0;
    const r = await run([folder], { files: guarded });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`factcheck: skipped ${fifo}: not a regular file\n`);
    expect(r.report?.skipped).toEqual([{ path: fifo, reason: "not a regular file" }]);
    expect(r.report?.sources.map((s) => s.id)).toEqual(["good"]);
    expect(r.report?.groups).toEqual(alone.groups);
    expect(opened).toEqual([join(folder, "good.txt")]);
    expectNoReader(fifo);
  });

  it("a FIFO named on the command line", async () => {
    opened.length = 0;
    const r = await run([good, fifo], { files: guarded });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`factcheck: skipped ${fifo}: not a regular file\n`);
    expect(r.report?.skipped).toEqual([{ path: fifo, reason: "not a regular file" }]);
    expect(r.report?.sources).toEqual(alone.sources);
    expect(r.report?.groups).toEqual(alone.groups);
    expect(opened).toEqual([good]);
    expectNoReader(fifo);
  });

  it("a folder holding only a FIFO: the FIFO's line, not one saying the folder holds no article files", async () => {
    const only = join(dir, "only-fifo");
    mkdirSync(only);
    execFileSync("mkfifo", [join(only, "pipe.md")]);
    const r = await run([good, only], { files: guarded });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`factcheck: skipped ${join(only, "pipe.md")}: not a regular file\n`);
    expect(r.report?.groups).toEqual(alone.groups);
  });

  it("a symbolic link to a FIFO is skipped; one to a regular file is read", async () => {
    const links = join(dir, "links");
    mkdirSync(links);
    symlinkSync(fifo, join(links, "pipe.txt"));
    symlinkSync(join(folder, "good.txt"), join(links, "good.txt"));
    const r = await run([links], { files: guarded });
    expect(r.code).toBe(0);
    expect(r.report?.skipped).toEqual([{ path: join(links, "pipe.txt"), reason: "not a regular file" }]);
    expect(r.report?.groups).toEqual(alone.groups);
  });

  it("a character device named on the command line (/dev/null), and readCapped refuses one", async () => {
    await expectSkipped("/dev/null", "not a regular file");
    await expect(nodeFiles.readCapped("/dev/null", 100)).rejects.toThrow("not a regular file");
  });

  it("the command itself does not wait on the FIFO (bin/factcheck.js, 30 s timeout)", () => {
    const r = spawnSync("node", ["bin/factcheck.js", "compare", folder, fifo, "--format", "json"], { encoding: "utf8", timeout: 30_000 });
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`factcheck: skipped ${fifo}: not a regular file\nfactcheck: skipped ${fifo}: not a regular file\n`);
    expect(Report.parse(JSON.parse(r.stdout)).groups).toEqual(alone.groups);
    expectNoReader(fifo);
  });
});

describe("inputs that are usable, though odd", () => {
  const claimTexts = (r: Report | null) => r?.groups.flatMap((g) => g.claims.map((c) => `${g.verdict} ${g.label}: ${c.text}`)).sort();

  it.each([
    ["UTF-8 with a BOM", "bom.txt", () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GOOD)])],
    ["CRLF line ends", "crlf.txt", () => Buffer.from(GOOD.replace(/\n/g, "\r\n"))],
    ["UTF-16 with a BOM", "utf16.txt", () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD, "utf16le")])],
    ["UTF-16 without a BOM", "utf16-nobom.txt", () => Buffer.from(GOOD, "utf16le")],
  ])("%s gives the same claims", async (_name, name, bytes) => {
    const path = file(name, bytes());
    const r = await run([path]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(claimTexts(r.report)).toEqual(claimTexts(alone));
  });

  it("a file of one 1 MB line is read, in reasonable time", async () => {
    const sentence = GOOD.replace(/\n/g, " ");
    const path = file("one-line.txt", sentence.repeat(Math.ceil((1 << 20) / sentence.length)).slice(0, 1 << 20));
    const started = performance.now();
    const r = await run([good, path]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.report?.sources.map((s) => s.id)).toEqual(["good", "one-line"]);
    expect(performance.now() - started).toBeLessThan(45_000);
  });

  it("HTML nested 20,000 elements deep is read without a stack overflow", async () => {
    const path = file("deep.html", `<html><body>${"<div>".repeat(20_000)}<p>${GOOD.split("\n")[1]}</p></body></html>`);
    const r = await run([path]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.report?.groups.length).toBeGreaterThan(0);
  });

  it("an HTML page saved in its declared windows-1252 charset", async () => {
    const page = `<html><head><meta charset="windows-1252"><title>Caf\xe9 fire</title></head><body><article><p>${GOOD.split("\n")[1]} The caf\xe9 owner said so.</p></article></body></html>`;
    const r = await run([file("latin1.html", Buffer.from(page, "latin1"))]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.report?.sources[0]?.title).toBe("Café fire");
  });

  it("a folder with a link back to itself is read once", async () => {
    const folder = join(dir, "looped");
    mkdirSync(folder);
    mkdirSync(join(folder, "sub"));
    writeFileSync(join(folder, "a.txt"), GOOD);
    symlinkSync("..", join(folder, "sub", "up"));
    symlinkSync(".", join(folder, "self"));
    const r = await run([folder]);
    expect(r.code).toBe(0);
    expect(r.report?.sources.map((s) => s.id)).toContain("a");
    expect(r.report?.skipped.map((s) => s.reason)).toContain("symbolic link loop (folder already read)");
  });

  it("never modifies its inputs", async () => {
    const snapshot = () => readdirSync(dir).sort().map((n) => {
      const p = join(dir, n);
      const info = lstatSync(p);
      return info.isFile() && info.mode & 0o400 ? `${n} ${info.mtimeMs} ${createHash("sha1").update(readFileSync(p)).digest("hex")}` : n;
    });
    const before = snapshot();
    await run(readdirSync(dir).filter((n) => n !== "loop.txt" && n !== "looped").map((n) => join(dir, n)));
    expect(snapshot()).toEqual(before);
  });
});
