#!/usr/bin/env node
// For each gold claim of one event: the report claims that stand for its values, with their
// frames and groups, so a split or a wrong verdict can be traced to the slot that caused it.
//   node devset/explain.mjs EVENT [KEY-SUBSTRING]
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const [event, filter = ""] = process.argv.slice(2);
const dir = path.join(here, event);
const goldPath = [path.join(dir, "GOLD.json"), path.resolve(here, "../../shared/devset", event, "GOLD.json")].find((p) => fs.existsSync(p));
const gold = JSON.parse(fs.readFileSync(goldPath, "utf8"));
const files = gold.sources.map((s) => s.file).filter((f) => fs.existsSync(path.join(dir, f)));
const report = JSON.parse(execFileSync(process.execPath, [path.resolve(here, "../bin/factcheck.js"), "compare", ...files.map((f) => path.join(dir, f)), "--format", "json"], { maxBuffer: 1 << 28 }));
const byFile = new Map(report.sources.map((s) => [path.basename(s.path), s.id]));
const claims = report.groups.flatMap((g) => g.claims.map((c) => ({ ...c, group: g.id, verdict: g.verdict })));
const frame = (c) => `${c.kind}${c.unit ? `/${c.unit}` : ""} m=${c.measure.key ?? "-"}(${c.measure.text ?? ""}) e=${c.event ?? "-"} t=${c.time?.value ?? "-"}${c.time?.since ? "+" : ""} about=${c.about.join(",") || "-"} q=${c.qualifier} [${c.value.band.low},${c.value.band.high}] ${c.attribution.speaker ? `by ${c.attribution.speaker}` : ""}`;
const spans = (file, v) => {
  const text = fs.readFileSync(path.join(dir, file), "utf8");
  const quotes = v.context ? [[v.context, v.text]] : [v.text, ...(v.also ?? [])].map((q) => [q, null]);
  return quotes.map(([q, t]) => { const i = text.indexOf(q); if (i < 0) return null; const s = t ? i + q.indexOf(t) : i; return [s, s + (t ?? q).length, q]; }).filter(Boolean);
};
for (const gc of gold.claims) {
  const key = gc.id ?? gc.key;
  if (!key.includes(filter)) continue;
  console.log(`\n== ${key} (want ${gc.verdict})`);
  for (const [file, vals] of Object.entries(gc.values)) {
    if (!files.includes(file)) continue;
    const id = byFile.get(file);
    for (const v of [].concat(vals)) for (const [s, e, q] of spans(file, v)) {
      const hits = claims.filter((c) => c.source === id && c.start < e && s < c.end);
      console.log(`  ${file.slice(0, 14).padEnd(14)} «${q.slice(0, 70)}»`);
      if (!hits.length) console.log(`      (no claim)`);
      for (const c of hits) console.log(`      ${c.group.slice(0, 8)} ${c.verdict.padEnd(10)} «${c.text}» ${frame(c)}`);
    }
  }
}
