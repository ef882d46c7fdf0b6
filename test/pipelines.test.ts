import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * The shell pipelines shown in the README's "## Pipelines" section (up to the next "## " heading),
 * run as written: each `    $ command` line, and the indented lines after it as the exact output.
 * Uses the built bin (npm test builds).
 */
const README = "README.md";
const section = (readFileSync(README, "utf8").split(/^## Pipelines$/m)[1] ?? "").split(/^## /m)[0] ?? "";

type Example = { command: string; expected: string };
const examples: Example[] = [];
for (const block of section.split(/\n\s*\n/)) {
  const lines = block.split("\n").filter((l) => l.startsWith("    "));
  const first = lines[0];
  if (!first?.startsWith("    $ ")) continue;
  examples.push({ command: first.slice(6), expected: lines.slice(1).map((l) => `${l.slice(4)}\n`).join("") });
}

const hasJq = spawnSync("sh", ["-c", "command -v jq"]).status === 0;

describe(`pipelines in ${README}`, () => {
  it("shows some", () => expect(examples.length).toBeGreaterThanOrEqual(5));

  it.each(examples)("$command", ({ command, expected }) => {
    if (/\bjq\b/.test(command) && !hasJq && !process.env.CI) return;
    const run = spawnSync("bash", ["-o", "pipefail", "-c", command], { encoding: "utf8", timeout: 60_000 });
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(expected);
    expect(run.status).toBe(0);
  });
});
