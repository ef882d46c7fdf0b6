/**
 * A token with offsets relative to the text it was cut from. Words keep inner apostrophes;
 * numbers keep their separators ("1,300", "2.5"); everything else is one punctuation char.
 * `glued` says there was no white space before it, which is how "69-year-old" and "$2" are read.
 */
export type Token = {
  text: string;
  lower: string;
  start: number;
  end: number;
  type: "word" | "number" | "punct";
  glued: boolean;
};

const TOKEN = /(\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)|(\S)/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  let lastEnd = -1;
  for (const m of text.matchAll(TOKEN)) {
    const start = (m.index ?? 0) + offset;
    let raw = m[0];
    // "1,300," or "2.": a trailing separator belongs to the sentence, not the number.
    if (m[1] !== undefined) raw = raw.replace(/[.,]+$/, "");
    const end = start + raw.length;
    out.push({
      text: raw,
      lower: raw.toLowerCase(),
      start,
      end,
      type: m[1] !== undefined ? "number" : m[2] !== undefined ? "word" : "punct",
      glued: start === lastEnd,
    });
    lastEnd = end;
  }
  return out;
}

export const isCapitalized = (t: Token | undefined): boolean =>
  t !== undefined && t.type === "word" && /^\p{Lu}/u.test(t.text);
