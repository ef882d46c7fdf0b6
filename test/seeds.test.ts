import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compare } from "../src/index.js";

const SCORER = "../shared/tools/score.mjs";
const GOLD = "../shared/seeds/expected.json";

describe("the seed articles", () => {
  it("match the golden report", async () => {
    const report = await compare(["data/"]);
    await expect(`${JSON.stringify(report, null, 2)}\n`).toMatchFileSnapshot("../fixtures/seeds/report.json");
  });

  it("finds every within-source check of EXPECTED.md, and each holds", async () => {
    const report = await compare(["data/"]);
    const found = report.checks.map((c) => `${c.source.slice(0, 3)} ${c.kind} ${c.holds}`);
    expect(found).toEqual(["000 sum true", "001 percentage true", "002 sum true", "003 remainder true"]);
  });

  it.runIf(existsSync(SCORER) && existsSync(GOLD))("reach the issue's scores with the shared scorer", async () => {
    const dir = mkdtempSync(join(tmpdir(), "factcheck-"));
    const reportPath = join(dir, "report.json");
    const scorePath = join(dir, "score.json");
    writeFileSync(reportPath, JSON.stringify(await compare(["data/"])));
    execFileSync("node", [SCORER, GOLD, "data/", reportPath], { env: { ...process.env, SCORE_JSON: scorePath } });
    const score = JSON.parse(readFileSync(scorePath, "utf8"));
    expect(score.required).toEqual([5, 5]);
    expect(score.distinct).toEqual([4, 4]);
    expect(score.linkRecall).toBeGreaterThanOrEqual(0.8);
    expect(score.conflictPrecision).toBeGreaterThanOrEqual(0.5);
  });
});
