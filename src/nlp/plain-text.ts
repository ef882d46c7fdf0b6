/**
 * Plain text: ASCII and a little typographic punctuation (no-break space, – — ‘ ’ “ ” …), so no
 * letter, mark or digit beyond ASCII. Most sentences of English news are plain. In plain text a
 * Unicode pattern's classes come down to ASCII ones, and the same pattern without the u flag
 * finds exactly the same matches, three to four times faster: the regex engine then reads code
 * units and consults no Unicode tables.
 */
const NOT_PLAIN = /[^\x00-\x7f\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2026]/;

export const isPlain = (text: string): boolean => !NOT_PLAIN.test(text);

/** A pattern in its two forms: for any text, and for plain text only. */
export type Forms = { readonly unicode: RegExp; readonly plain: RegExp };

/** What each Unicode property stands for in plain text, inside a character class. */
const PLAIN_CLASS: Readonly<Record<string, string>> = { Lu: "A-Z", Ll: "a-z", L: "A-Za-z", N: "0-9", M: "" };

/**
 * The cheap look-ahead the name patterns open with, so that the Unicode engine skips lower-case
 * text fast. Where a capital must follow at the same place (past look-behinds only, which read
 * nothing), the plain form drops it: there [A-Z] says all it says, and the look-ahead would only
 * slow the engine down (two to three times on the acronym and institution patterns).
 */
const CAPITAL_AHEAD = "(?=[A-Z\\u00C0-\\u{10FFFF}])";
const THEN_CAPITAL = /^(?:\(\?<[!=](?:\[(?:\\.|[^\]\\])*\]|[^()[\]\\])*\))*\\p\{Lu\}/;

/**
 * `re` (flag u, not i) and its plain form: \p{Lu} → A-Z, \p{Ll} → a-z, \p{L} → A-Za-z, \p{N} →
 * 0-9, \p{M} → nothing (a bare one becomes [], which matches nothing), \u{10FFFF} as a range's
 * end → \uFFFF, no CAPITAL_AHEAD before a capital, and no u flag. Anything else Unicode-only is
 * refused, so a pattern edited later cannot silently mean something else in its plain form.
 */
export function twoForms(re: RegExp): Forms {
  if (!re.unicode || re.ignoreCase) throw new Error(`twoForms needs a case-sensitive /u pattern: ${re}`);
  const src = re.source;
  let out = "";
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (!inClass && src.startsWith(CAPITAL_AHEAD, i) && THEN_CAPITAL.test(src.slice(i + CAPITAL_AHEAD.length))) {
      i += CAPITAL_AHEAD.length - 1;
      continue;
    }
    if (c === "\\") {
      const property = /^\\p\{(\w+)\}/.exec(src.slice(i, i + 8));
      const part = property ? PLAIN_CLASS[property[1] ?? ""] : undefined;
      if (property && part !== undefined) {
        out += inClass ? part : `[${part}]`;
        i += property[0].length - 1;
        continue;
      }
      if (src.startsWith("\\u{10FFFF}]", i) && inClass && src[i - 1] === "-") {
        out += "\\uFFFF";
        i += "\\u{10FFFF}".length - 1;
        continue;
      }
      const next = src[i + 1] ?? "";
      if (next === "p" || next === "P" || (next === "u" && src[i + 2] === "{")) throw new Error(`twoForms cannot make a plain form of ${re}`);
      out += c + next;
      i++;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    out += c;
  }
  return { unicode: re, plain: new RegExp(out, re.flags.replace("u", "")) };
}
