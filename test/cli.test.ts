import { execFileSync, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { Report } from "../src/schema/report.js";
import { fakeIo } from "./helpers/fake-io.js";

const ESC = "\u001b[";

describe("factcheck compare", () => {
  it("prints a JSON report that validates against its schema, exit 0", async () => {
    const t = fakeIo();
    expect(await main(["compare", "data/", "--format", "json"], t.io)).toBe(0);
    const report = Report.parse(JSON.parse(t.stdout()));
    expect(report.sources.map((s) => s.path)).toEqual([
      "data/000_75b87c422acc83ed.txt", "data/001_879588ac54b117cc.txt", "data/002_50ca0e70b3cd0c94.txt",
      "data/003_044ddb33746cd367.txt", "data/004_32f00fe217c167ae.txt",
    ]);
    expect(t.stderr()).toBe("");
  });

  it("is byte-identical across runs", async () => {
    const a = fakeIo();
    const b = fakeIo();
    await main(["compare", "data/", "--format", "json"], a.io);
    await main(["compare", "data/", "--format", "json"], b.io);
    expect(a.stdout()).toBe(b.stdout());
  });

  it("exits 1 with --fail-on conflict when a conflict is found, 0 without it", async () => {
    expect(await main(["compare", "data/", "--format", "json", "--fail-on", "conflict"], fakeIo().io)).toBe(1);
    expect(await main(["compare", "data/000_75b87c422acc83ed.txt", "--format", "json", "--fail-on", "conflict"], fakeIo().io)).toBe(0);
  });

  it("skips a missing path with one line on stderr and reports the rest", async () => {
    const t = fakeIo();
    expect(await main(["compare", "data/001_879588ac54b117cc.txt", "nope/missing.txt", "--format", "json"], t.io)).toBe(0);
    expect(t.stderr()).toBe("factcheck: skipped nope/missing.txt: no such file or folder\n");
    const report = Report.parse(JSON.parse(t.stdout()));
    expect(report.skipped).toEqual([{ path: "nope/missing.txt", reason: "no such file or folder" }]);
    expect(report.sources).toHaveLength(1);
  });

  it("exits 2 with one line when nothing usable is left", async () => {
    const t = fakeIo();
    expect(await main(["compare", "nope/"], t.io)).toBe(2);
    expect(t.stderr().trim().split("\n")).toEqual([
      "factcheck: skipped nope/: no such file or folder",
      "factcheck: no usable input in nope/",
    ]);
    expect(t.stdout()).toBe("");
  });

  it("exits 2 on a usage error, without a stack trace", async () => {
    const t = fakeIo();
    expect(await main(["compare", "data/", "--format", "yaml"], t.io)).toBe(2);
    expect(t.stderr()).toContain("yaml");
    expect(t.stderr()).not.toMatch(/\n\s+at /);
    expect(await main(["frobnicate"], fakeIo().io)).toBe(2);
  });

  it("colours the table on a terminal, and never under NO_COLOR", async () => {
    const tty = fakeIo({ isTTY: true });
    await main(["compare", "data/"], tty.io);
    expect(tty.stdout()).toContain(ESC);
    const noColor = fakeIo({ isTTY: true, env: { NO_COLOR: "1" } });
    await main(["compare", "data/"], noColor.io);
    expect(noColor.stdout()).not.toContain(ESC);
    expect(noColor.stdout()).toContain("conflict");
    const flag = fakeIo({ isTTY: true });
    await main(["compare", "data/", "--no-color"], flag.io);
    expect(flag.stdout()).not.toContain(ESC);
  });

  it("shows evidence as path:line:column “sentence”", async () => {
    const t = fakeIo();
    await main(["compare", "data/"], t.io);
    expect(t.stdout()).toContain("data/004_32f00fe217c167ae.txt:25:29 “Rights groups estimate that nearly 1,200 political prisoners remain behind bars in Belarus.”");
  });
});

describe("factcheck extract", () => {
  it("reads stdin with -", async () => {
    const t = fakeIo({ stdin: "More than 1,000 workers remain.\n" });
    expect(await main(["extract", "-"], t.io)).toBe(0);
    const out = JSON.parse(t.stdout());
    expect(out.sources[0]).toMatchObject({ id: "stdin", path: "-" });
    expect(out.claims.map((c: { text: string; value: { low: number; high: number | null } }) => [c.text, c.value.low, c.value.high]))
      .toEqual([["More than 1,000", 1000, null]]);
  });
});

describe("factcheck schema", () => {
  it("prints the report's JSON Schema", async () => {
    const t = fakeIo();
    expect(await main(["schema"], t.io)).toBe(0);
    const schema = JSON.parse(t.stdout());
    expect(Object.keys(schema.properties)).toEqual(["schemaVersion", "sources", "groups", "checks", "entities", "skipped", "problems"]);
  });

  it("prints the extract schema on request, and refuses an unknown one with exit 2", async () => {
    const t = fakeIo();
    expect(await main(["schema", "extract"], t.io)).toBe(0);
    expect(Object.keys(JSON.parse(t.stdout()).properties)).toContain("claims");
    const bad = fakeIo();
    expect(await main(["schema", "reprot"], bad.io)).toBe(2);
    expect(bad.stdout()).toBe("");
    expect(bad.stderr()).toBe('factcheck: bad value "reprot" for schema: expected report or extract\n');
  });
});

describe("factcheck --version", () => {
  it("prints the package version, exit 0", async () => {
    const t = fakeIo();
    expect(await main(["--version"], t.io)).toBe(0);
    expect(t.stdout().trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe("bin/factcheck.js", () => {
  it("runs as a process and sets the exit code", () => {
    const ok = execFileSync("node", ["bin/factcheck.js", "compare", "data/", "--format", "json"], { encoding: "utf8" });
    expect(JSON.parse(ok).schemaVersion).toBe(1);
    const bad = spawnSync("node", ["bin/factcheck.js", "compare", "missing-folder/"], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
