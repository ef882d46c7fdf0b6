import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PNG } from "pngjs";
import { afterAll, describe, expect, it } from "vitest";
import { compare } from "../src/index.js";
import { reporters, textOf } from "../src/report/index.js";

/**
 * The HTML report of data/ rendered by headless Chromium (installed by .ci/run when missing): the
 * screenshot must show the matrix, i.e. hold a good area of each verdict colour the page uses.
 * Skipped on a machine without Chromium, never in CI.
 */
const CHROMIUM = "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
const dir = mkdtempSync(join(tmpdir(), "factcheck-shot-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Pixels close to an RGB colour, for telling the matrix's verdict colours apart from text. */
function countNear(png: PNG, [r, g, b]: [number, number, number]): number {
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (Math.abs((png.data[i] ?? 0) - r) + Math.abs((png.data[i + 1] ?? 0) - g) + Math.abs((png.data[i + 2] ?? 0) - b) < 12) n++;
  }
  return n;
}

describe("html report in a browser", () => {
  it.skipIf(!available && !process.env.CI)("renders the claims × sources matrix", async () => {
    const page = join(dir, "report.html");
    const shot = join(dir, "report.png");
    writeFileSync(page, textOf(reporters.html(await compare(["data/"]), { color: false })));
    const result = spawnSync(CHROMIUM, [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", `--user-data-dir=${join(dir, "profile")}`,
      `--screenshot=${shot}`, "--window-size=1400,1000", `file://${page}`,
    ], { encoding: "utf8", timeout: 90_000 });
    expect(existsSync(shot), result.stderr).toBe(true);
    expect(statSync(shot).size).toBeGreaterThan(20_000);
    const png = PNG.sync.read(readFileSync(shot));
    expect([png.width, png.height]).toEqual([1400, 1000]);
    const area = png.width * png.height;
    expect(countNear(png, [0xf9, 0xc8, 0xc4]) / area, "conflict cells").toBeGreaterThan(0.02);
    expect(countNear(png, [0xff, 0xff, 0xff]) / area, "page background").toBeLessThan(0.95);
  }, 120_000);
});
