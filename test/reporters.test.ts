import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { buildReport, compare } from "../src/index.js";
import { doc } from "./helpers/docs.js";
import { csvField } from "../src/report/escape.js";
import { filterReport } from "../src/report/filter.js";
import { reporters, textOf } from "../src/report/index.js";
import { Report } from "../src/schema/report.js";
import { fakeIo } from "./helpers/fake-io.js";

/**
 * Golden files for every format, made from a fixed report (fixtures/reporters/report.json, the
 * port-fire articles) so that they change only when a reporter does. Refresh with `vitest -u`
 * and read the diff.
 */
const report = Report.parse(JSON.parse(readFileSync("fixtures/reporters/report.json", "utf8")));
const GOLDEN = "../fixtures/reporters/golden";

describe("reporters: golden files", () => {
  it.each([
    ["table", "table.txt", false],
    ["table", "table-color.txt", true],
    ["markdown", "report.md", false],
    ["html", "report.html", false],
    ["csv", "report.csv", false],
    ["jsonl", "report.jsonl", false],
    ["json", "report.json", false],
  ] as const)("%s → %s (colour %s)", async (format, file, color) => {
    await expect(textOf(reporters[format](report, { color, width: 120 }))).toMatchFileSnapshot(`${GOLDEN}/${file}`);
  });

  it("colour off holds no escape codes in any format", () => {
    for (const reporter of Object.values(reporters)) expect(reporter(report, { color: false })).not.toContain("\u001b[");
  });

  it("jsonl is one parseable group a line", () => {
    const lines = textOf(reporters.jsonl(report, { color: false })).trimEnd().split("\n");
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(report.groups.map((g) => g.id));
  });
});

describe("html: every text escaped, nothing runs, nothing is fetched", () => {
  it("an article holding <script> and \"><img onerror> comes out inert", async () => {
    const hostile = await compare(["fixtures/reporters/hostile"]);
    const page = textOf(reporters.html(hostile, { color: false }));
    expect(page).toContain("&#60;script&#62;alert(&#34;pwned&#34;)&#60;/script&#62;");
    expect(page).toContain("&#34;&#62;&#60;img src=x onerror=alert(1)&#62;");
    const { document } = parseHTML(page);
    expect(document.querySelectorAll("script, img, iframe, object, embed, link, style[src]").length).toBe(0);
    for (const el of document.querySelectorAll("*")) {
      expect(el.getAttributeNames().filter((n: string) => n.startsWith("on")), el.tagName).toEqual([]);
    }
    expect(document.querySelectorAll("[src], [href], [srcset], [action]").length).toBe(0);
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content")).toContain("default-src 'none'");
  });

  it("has a claims × sources matrix: a row per group, a column per source, quotes on hover", () => {
    const { document } = parseHTML(textOf(reporters.html(report, { color: false })));
    const matrix = document.querySelector("table.matrix");
    expect(matrix?.querySelectorAll("tbody tr").length).toBe(report.groups.length);
    expect(matrix?.querySelectorAll("thead th.source").length).toBe(report.sources.length);
    expect(matrix?.querySelector("td.v-conflict summary")?.getAttribute("title")).toMatch(/^“.+” — fixtures\/inputs\/text\/.+:\d+:\d+$/);
  });
});

describe("csv: RFC 4180", () => {
  it.each([
    ["plain", "plain"],
    ["1,300 or 1,400", '"1,300 or 1,400"'],
    ['he said "no"', '"he said ""no"""'],
    ["two\r\nlines", '"two\r\nlines"'],
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ["@SUM(A1)", "'@SUM(A1)"],
    [-5, "-5"],
    [null, ""],
  ] as const)("%j → %j", (value, expected) => expect(csvField(value)).toBe(expected));

  it("one row per claim plus a header, CRLF line ends", async () => {
    const hostile = await compare(["fixtures/reporters/hostile"]);
    const text = textOf(reporters.csv(hostile, { color: false }));
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.split("\r\n")[0]).toBe("group,verdict,label,source,path,text,kind,low,high,line,column,sentence");
    expect(text).toContain('"Officials said 25 people were rescued on Monday, <b onmouseover=""alert(2)"">and</b> the river fell by ""1,5"" metres');
  });
});

describe("filterReport", () => {
  const verdicts = (r: Report) => [...new Set(r.groups.map((g) => g.verdict))].sort();
  it("--only conflicts keeps conflicts; disagreements adds compatible; all keeps everything", () => {
    expect(verdicts(filterReport(report, { only: "conflicts" }))).toEqual(["conflict"]);
    expect(verdicts(filterReport(report, { only: "disagreements" }))).toEqual(["compatible", "conflict"]);
    expect(filterReport(report, { only: "all" })).toEqual(report);
  });
  it("--min-sources 2 drops what one source says alone, and keeps sources and skipped", () => {
    const two = filterReport(report, { minSources: 2 });
    expect(two.groups.length).toBe(4);
    expect(two.groups.every((g) => new Set(g.claims.map((c) => c.source)).size >= 2)).toBe(true);
    expect(two.sources).toEqual(report.sources);
  });
  it("is pure: the report given is not changed", () => {
    const before = JSON.stringify(report);
    filterReport(report, { only: "conflicts", minSources: 3 });
    expect(JSON.stringify(report)).toBe(before);
  });
});

describe("compare options, end to end in-process", () => {
  const runMain = async (args: string[], extra: Partial<import("../src/cli/io.js").Io> = {}) => {
    const t = fakeIo();
    Object.assign(t.io, extra);
    const code = await main(["compare", "fixtures/inputs/text/", ...args], t.io);
    return { code, stdout: t.stdout(), stderr: t.stderr() };
  };

  it("--only and --min-sources filter every format alike; --fail-on still sees the whole report", async () => {
    const r = await runMain(["--format", "jsonl", "--only", "disagreements", "--min-sources", "2", "--fail-on", "conflict"]);
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l).verdict)).toEqual(["conflict", "compatible", "compatible"]);
  });

  it.each([
    [["--only", "some"], "some"],
    [["--min-sources", "two"], "two"],
    [["--stdin-format", "pdf"], "pdf"],
  ])("a bad value (%j) is a usage error: exit 2, one line, no stack", async (args, value) => {
    const r = await runMain(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(value);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("progress goes to stderr only on a terminal and only after a second; stdout holds only the report", async () => {
    let clock = 0;
    const slow = { stderrIsTTY: true, now: () => (clock += 600) };
    const tty = await runMain(["--format", "json"], slow);
    expect(tty.stderr).toContain("\r\u001b[2Kfactcheck: extracting");
    expect(tty.stderr.endsWith("\r\u001b[2K")).toBe(true);
    expect(() => JSON.parse(tty.stdout)).not.toThrow();
    expect((await runMain(["--format", "json"], { ...slow, stderrIsTTY: false })).stderr).toBe("");
    expect((await runMain(["--format", "json", "--quiet"], slow)).stderr).toBe("");
    expect((await runMain(["--format", "json"], { stderrIsTTY: true, now: () => 0 })).stderr).toBe("");
  });

  it("--output writes the file atomically and nothing to stdout", async () => {
    const dir = mkdtempSync(join(tmpdir(), "factcheck-out-"));
    const out = join(dir, "report.html");
    const r = await runMain(["--format", "html", "--output", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(readFileSync(out, "utf8")).toContain("<table class=\"matrix\">");
    expect(readdirSync(dir)).toEqual(["report.html"]);
    rmSync(dir, { recursive: true });
  });
});

describe("reporters: many sources", () => {
  // Twenty outlets on one count: a column each would be unreadable, so each row says who gave which value.
  const outlets = Array.from({ length: 20 }, (_, i) => `outlet-${String(i).padStart(2, "0")}`);
  const many = buildReport(outlets.map((id, i) =>
    doc(id, `Police said ${i < 15 ? 40 : 45} people were arrested in the capital on Monday, 12 May 2025.\n`)));

  it("has the verdict and each value with its sources, not a column per source", () => {
    expect(many.groups[0]?.verdict).toBe("conflict");
    const table = textOf(reporters.table(many, { color: false, width: 120 }));
    expect(table).toContain("values (sources)");
    expect(table).toContain("40 (15 sources)");
    expect(table).toContain("45 (5 sources)");
    expect(table).not.toContain("│ outlet-00");
    expect(table).toContain("outlet-19.txt:1:");
    const markdown = textOf(reporters.markdown(many, { color: false }));
    expect(markdown).toContain("| # | what | values (sources) |");
    const page = parseHTML(textOf(reporters.html(many, { color: false }))).document;
    const head = [...page.querySelectorAll("table.matrix thead th")].map((th) => th.textContent);
    expect(head).toEqual(["#", "verdict", "what", "what each source says (20 sources)"]);
    expect(page.querySelector("table.matrix tbody tr")?.querySelectorAll("td.cell details")).toHaveLength(20);
  });

  it("names the sources of a value when there are three or fewer", () => {
    const few = buildReport([...outlets.slice(0, 17).map((id) => doc(id, "Police said 40 people were arrested in the capital on Monday, 12 May 2025.\n")),
      ...outlets.slice(17).map((id) => doc(id, "Police said 45 people were arrested in the capital on Monday, 12 May 2025.\n"))]);
    expect(textOf(reporters.table(few, { color: false, width: 160 }))).toContain("45 (outlet-17, outlet-18, outlet-19)");
  });
});
