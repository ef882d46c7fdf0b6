/**
 * Every match of a global regex in `text`, as `[...text.matchAll(re)]` gives them, by `exec`
 * from offset 0: matchAll copies the regex and iterates through a generic protocol on every
 * call, which costs more than the matching itself on the short sentences that name finding
 * reads, sentence after sentence. lastIndex is reset before and after, so a shared regex keeps
 * no state between calls.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new Error(`matchesOf needs a global regex: ${re}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place.
    if (m[0] === "") re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}
