import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { Extraction, Group, Report } from "../src/schema/report.js";
import { fakeIo } from "./helpers/fake-io.js";

/**
 * JSON reports are printed as the pipeline built them, not parsed again first (too slow at ten
 * thousand articles). So every object must already have its keys in schema order and no key the
 * schema leaves out: a printed report must equal its own schema-parsed form, byte for byte.
 */
const SETS = ["data", "fixtures/events/protest-detentions", "fixtures/events/election-count", "fixtures/names/transliterated-names"];

async function run(...args: string[]): Promise<string> {
  const t = fakeIo();
  expect(await main(args, t.io)).toBe(0);
  return t.stdout();
}

const reprinted = (schema: typeof Report | typeof Extraction | typeof Group, text: string): string =>
  JSON.stringify(schema.parse(JSON.parse(text)), null, 2);

describe("printed JSON is in schema key order", () => {
  it.each(SETS)("compare --format json on %s", async (set) => {
    const out = await run("compare", set, "--format", "json");
    expect(out).toBe(`${reprinted(Report, out)}\n`);
    // The sets hold claims, entities and status claims: every kind of object is checked.
    const report = Report.parse(JSON.parse(out));
    expect(report.groups.length).toBeGreaterThan(0);
    if (set === "data") expect(report.entities.some((e) => e.claims.length > 0)).toBe(true);
  });

  it.each(SETS)("extract on %s", async (set) => {
    const out = await run("extract", set);
    expect(out).toBe(`${reprinted(Extraction, out)}\n`);
  });

  it("compare --format jsonl, line by line", async () => {
    const out = await run("compare", "data", "--format", "jsonl");
    const lines = out.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(line).toBe(JSON.stringify(Group.parse(JSON.parse(line))));
  });
});
