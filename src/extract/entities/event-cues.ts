/** One word of each form, the longest (the rarest, as a rule), lower-cased: "found" of "was found dead". */
export const cueWords = (forms: readonly string[]): string[] =>
  forms.map((f) => f.split(" ").reduce((a, b) => (b.length > a.length ? b : a)).toLowerCase());

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Which of some words a text holds at a word's start, in any case, read in one pass: the event
 * triggers are run only where one of their words is. Plain /i, the fastest test, finds a word
 * wherever the triggers' own patterns (/iu, /u) do, unless the text holds "ſ" or "K" (Kelvin
 * sign), which /iu reads as "s" and "k" and /i does not: `find` then says it cannot tell (null).
 */
export class CueWords {
  private readonly pattern: RegExp;
  /** Each word with the words that are prefixes of it, found at the same place. */
  private readonly within: ReadonlyMap<string, readonly string[]>;

  constructor(words: readonly string[]) {
    // Longest first: at one place the longest word is read, and the shorter ones it starts with are added.
    const unique = [...new Set(words)].sort((a, b) => b.length - a.length);
    this.pattern = new RegExp(`\\b(${unique.map(escape).join("|")})`, "gi");
    this.within = new Map(unique.map((w) => [w, unique.filter((v) => w.startsWith(v))]));
  }

  /** The words `text` holds, lower-cased, or null when it holds "ſ" or "K". */
  find(text: string): ReadonlySet<string> | null {
    if (text.includes("\u017F") || text.includes("\u212A")) return null;
    const found = new Set<string>();
    const re = this.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      for (const w of this.within.get((m[1] ?? "").toLowerCase()) ?? []) found.add(w);
      // On from the next character, not the word's end: another word may start inside it ("elected" in "re-elected").
      re.lastIndex = m.index + 1;
    }
    re.lastIndex = 0;
    return found;
  }
}
