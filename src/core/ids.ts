import { createHash } from "node:crypto";

/** A short id that depends only on its parts, so two runs over the same input agree. */
export function stableId(prefix: string, ...parts: Array<string | number>): string {
  const hash = createHash("sha1").update(parts.join("\u0000")).digest("hex").slice(0, 10);
  return `${prefix}-${hash}`;
}
