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

  it("say who was freed as EXPECTED.md does", async () => {
    const report = await compare(["data/"]);
    const matrix = (variant: string): string => {
      const e = report.entities.find((x) => x.kind === "person" && x.variants.includes(variant));
      const cells = [...new Set(e?.claims.map((c) => `${c.source.slice(0, 3)} ${c.status}`))].join(", ");
      return `${e?.verdict}: ${cells}`;
    };
    expect(matrix("Ihar Losik")).toBe("agree: 000 freed, 001 freed, 003 freed");
    expect(matrix("Uladzimir Matskevich")).toBe("agree: 000 freed, 003 freed");
    expect(matrix("Mikalai Statkevich")).toBe("agree: 000 refused-to-leave, 002 freed, 003 freed, 003 refused-to-leave");
    expect(matrix("Ales Bialiatski")).toBe("compatible: 000 not-freed, 001 unconfirmed");
    expect(matrix("Maria Kalesnikava")).toBe("compatible: 000 not-freed, 002 unconfirmed");
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
    expect(score.nameLinkRecall).toBeGreaterThanOrEqual(0.9);
    expect(score.namesApart[0]).toBe(score.namesApart[1]);
    expect(score.findings["losik-term"]).toBe(true);
    expect(score.findings["losik-year"]).toBe(true);
  });
});
