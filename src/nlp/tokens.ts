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

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const SPACE = /\s/u;

/** Letters and marks: ASCII by its code, the rest by Unicode property. */
function isLetter(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ? 1 : 0;
  const point = text.codePointAt(at) as number;
  const width = point > 0xffff ? 2 : 1;
  return LETTER_OR_MARK.test(text.slice(at, at + width)) ? width : 0;
}

/** Where the run of letters and marks starting at `at` ends. */
function lettersEnd(text: string, at: number): number {
  let i = at;
  for (let w = isLetter(text, i); w; w = i < text.length ? isLetter(text, i) : 0) i += w;
  return i;
}

const isDigit = (text: string, at: number): boolean => {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
};

function isSpace(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(text[at] as string);
}

/** What a token is: a word, a number, or one character of anything else. */
export type TokenType = Token["type"];

/**
 * The same tokens as /(\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)|(\S)/gu, by a
 * hand-written scanner: tokenizing every sentence was one of the larger costs of extraction.
 * Each token's offsets and type go to `emit`, so that a reader that needs no Token objects
 * (alignment's context words) makes none.
 */
export function scanTokens(text: string, emit: (start: number, end: number, type: TokenType) => void): void {
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (isSpace(text, i)) { i++; continue; }
    const from = i;
    let type: TokenType;
    if (isDigit(text, i)) {
      type = "number";
      while (i < n && isDigit(text, i)) i++;
      while (i + 1 < n && (text[i] === "." || text[i] === ",") && isDigit(text, i + 1)) {
        i++;
        while (i < n && isDigit(text, i)) i++;
      }
    } else if (isLetter(text, i)) {
      type = "word";
      i = lettersEnd(text, i);
      while (i + 1 < n && (text[i] === "'" || text[i] === "’") && isLetter(text, i + 1)) i = lettersEnd(text, i + 1);
    } else {
      type = "punct";
      i += (text.codePointAt(i) as number) > 0xffff ? 2 : 1;
    }
    // A number's trailing separator ("1,300," or "2.") is never taken: the scanner needs a digit after it.
    emit(from, i, type);
  }
}

/** The tokens of a text (see scanTokens), with offsets shifted by `offset`. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  let lastEnd = -1;
  scanTokens(text, (from, to, type) => {
    const raw = text.slice(from, to);
    const start = from + offset;
    out.push({ text: raw, lower: raw.toLowerCase(), start, end: start + raw.length, type, glued: start === lastEnd });
    lastEnd = start + raw.length;
  });
  return out;
}

export const isCapitalized = (t: Token | undefined): boolean =>
  t !== undefined && t.type === "word" && /^\p{Lu}/u.test(t.text);
