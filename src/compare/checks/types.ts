import type { Claim } from "../../schema/claim.js";
import type { Check } from "../../schema/report.js";

/** A consistency check inside one source: pure, over that source's claims in text order. */
export type CheckRule = {
  meta: { id: Check["kind"]; description: string };
  run(claims: readonly Claim[]): Check[];
};
