/**
 * Calls `visit` for every character of JSON text outside string literals, with its index and
 * line: what both scanners below need, since JSON.parse gives no positions.
 */
function outsideStrings(text: string, visit: (ch: string, i: number, line: number) => void): void {
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === "\n") line++;
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    visit(ch, i, line);
  }
}

/** The line on which each element of a top-level JSON array starts, in one pass over the text. */
export function arrayElementLines(text: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  let expectElement = false;
  outsideStrings(text, (ch, _i, line) => {
    if (ch === " " || ch === "\t" || ch === "\r" || ch === "\n" || ch === "\uFEFF") return;
    if (expectElement && ch !== "]") {
      lines.push(line);
      expectElement = false;
    }
    if (ch === "[" || ch === "{") {
      depth++;
      if (depth === 1 && ch === "[") expectElement = true;
    } else if (ch === "]" || ch === "}") depth--;
    else if (ch === "," && depth === 1) expectElement = true;
  });
  return lines;
}

/** Concatenated top-level JSON values (what `jq` prints by default) → each value's text and first line. */
export function splitJsonValues(text: string): Array<{ text: string; line: number }> {
  const out: Array<{ text: string; line: number }> = [];
  let depth = 0;
  let start = -1;
  let startLine = 1;
  outsideStrings(text, (ch, i, line) => {
    if (ch === "{" || ch === "[") {
      if (depth === 0) [start, startLine] = [i, line];
      depth++;
    } else if ((ch === "}" || ch === "]") && --depth === 0 && start >= 0) {
      out.push({ text: text.slice(start, i + 1), line: startLine });
      start = -1;
    }
  });
  return out;
}
