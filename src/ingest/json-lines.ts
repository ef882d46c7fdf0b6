/**
 * The line on which each element of a top-level JSON array starts. JSON.parse gives no positions,
 * so this scans the text once, tracking only strings and nesting depth.
 */
export function arrayElementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n") line++;
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === " " || ch === "\t" || ch === "\r" || ch === "\n" || ch === "\uFEFF") continue;
    if (expectElement && ch !== "]") {
      lines.push(line);
      expectElement = false;
    }
    if (ch === '"') inString = true;
    else if (ch === "[" || ch === "{") {
      depth++;
      if (depth === 1 && ch === "[") expectElement = true;
    } else if (ch === "]" || ch === "}") depth--;
    else if (ch === "," && depth === 1) expectElement = true;
  }
  return lines;
}

/** Concatenated top-level JSON values (what `jq` prints by default) → each value's text and first line. */
export function splitJsonValues(text: string): Array<{ text: string; line: number }> {
  const out: Array<{ text: string; line: number }> = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let start = -1;
  let startLine = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n") line++;
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    if (ch === "{" || ch === "[") {
      if (depth === 0) [start, startLine] = [i, line];
      depth++;
    } else if ((ch === "}" || ch === "]") && --depth === 0 && start >= 0) {
      out.push({ text: text.slice(start, i + 1), line: startLine });
      start = -1;
    }
  }
  return out;
}
