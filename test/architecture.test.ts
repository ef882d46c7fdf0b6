import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/** The dependency rule of STYLE.md, read from the import lines of src/**\/*.ts. */
const SHARED = new Set(["schema", "core", "lexicon", "normalize", "nlp", "similarity"]);
const STAGES = new Set(["ingest", "segment", "extract", "align", "compare", "report"]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

const imports = (path: string): string[] =>
  [...readFileSync(path, "utf8").matchAll(/^import[^;]*?from\s+"([^"]+)"/gms)].map((m) => m[1] ?? "");

const folderOf = (path: string): string => relative("src", path).split("/")[0] ?? "";

function target(from: string, spec: string): string | null {
  if (!spec.startsWith(".")) return null;
  return folderOf(relative(".", join(from, "..", spec)));
}

describe("dependency rule", () => {
  const all = files("src");

  it("schema/ imports only zod", () => {
    for (const f of all.filter((p) => folderOf(p) === "schema")) {
      for (const spec of imports(f)) expect(spec === "zod" || (spec.startsWith("./") && !spec.includes("/../")), `${f} imports ${spec}`).toBe(true);
    }
  });

  it("shared folders import only shared folders", () => {
    for (const f of all.filter((p) => SHARED.has(folderOf(p)))) {
      for (const spec of imports(f)) {
        const t = target(f, spec);
        if (t) expect(SHARED.has(t), `${f} imports ${spec}`).toBe(true);
      }
    }
  });

  it("a stage imports shared folders and itself, never another stage", () => {
    for (const f of all.filter((p) => STAGES.has(folderOf(p)))) {
      for (const spec of imports(f)) {
        const t = target(f, spec);
        if (t) expect(SHARED.has(t) || t === folderOf(f), `${f} imports ${spec}`).toBe(true);
      }
    }
  });

  it("only the edges (cli/, ingest/, workers/) touch the file system or process", () => {
    for (const f of all.filter((p) => !["cli", "ingest", "workers"].includes(folderOf(p)))) {
      const text = readFileSync(f, "utf8");
      expect(/from "node:fs|from "fs|process\./.test(text), f).toBe(false);
    }
  });

  it("compromise is imported by one module only", () => {
    const users = all.filter((f) => imports(f).includes("compromise"));
    expect(users).toEqual(["src/nlp/compromise.ts"]);
  });
});
