import type { Claim } from "../schema/claim.js";

/** `path:line:column “sentence”`: where a claim stands, in the form editors and terminals link. */
export function evidenceLine(claim: Claim, pathOf: (source: string) => string): string {
  return `${pathOf(claim.source)}:${claim.line}:${claim.column} “${claim.sentence.trim()}”`;
}

/** One line per claim: "0-15 more than 1,000 (1000,∞) count «political prisoners»", for tests and Markdown. */
export function formatClaim(c: Claim): string {
  const lo = c.value.low === null ? "-∞" : String(c.value.low);
  const hi = c.value.high === null ? "∞" : String(c.value.high);
  const interval = `${c.value.lowOpen || c.value.low === null ? "(" : "["}${lo},${hi}${c.value.highOpen || c.value.high === null ? ")" : "]"}`;
  const what = c.measure.text ? ` «${c.measure.text}»` : c.unit ? ` ${c.unit}` : "";
  return `${c.start}-${c.end} ${c.text} ${interval} ${c.kind}${what}`;
}
