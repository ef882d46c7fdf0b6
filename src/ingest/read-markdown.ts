import { parse } from "yaml";
import { z } from "zod";
import { toDocument } from "./document.js";
import { publishedDate } from "./published-date.js";
import { one, skip, type Reader } from "./types.js";

const FRONT_MATTER = /^(\uFEFF?)---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** The keys we read; others (tags, author, …) are allowed and ignored. */
const Front = z.object({
  title: z.union([z.string(), z.number()]).nullish(),
  outlet: z.string().nullish(),
  url: z.string().nullish(),
  published: z.union([z.string(), z.date()]).nullish(),
  date: z.union([z.string(), z.date()]).nullish(),
});

/**
 * Markdown with optional YAML front matter. The front matter is blanked, not cut (every character
 * but line breaks becomes a space), and so are link targets, so lines and columns still point
 * into the file while URLs yield no numbers.
 */
const readMarkdown: Reader = ({ path, id, text }) => {
  const match = FRONT_MATTER.exec(text);
  let front: z.infer<typeof Front> = {};
  if (match) {
    let data: unknown;
    try {
      data = parse(match[2] ?? "");
    } catch (error) {
      return skip(path, `front matter is not valid YAML: ${(error as Error).message.split("\n")[0]?.replace(/:\s*$/, "")}`);
    }
    const checked = Front.safeParse(data ?? {});
    if (!checked.success) {
      const issue = checked.error.issues[0];
      return skip(path, `front matter field ${issue?.path.join(".") || "(top)"}: ${issue?.message ?? "invalid"}`);
    }
    front = checked.data;
  }
  const body = blankLinkTargets(match ? blank(match[0]) + text.slice(match[0].length) : text);
  if (!body.trim()) return skip(path, "no text after the front matter");
  const base = toDocument(id, path, body);
  const date = front.published ?? front.date;
  const doc = {
    ...base,
    title: front.title != null ? String(front.title) : base.title,
    outlet: front.outlet ?? null,
    published: date instanceof Date ? date.toISOString().slice(0, 10) : publishedDate(date),
    ...(front.url ? { url: front.url } : {}),
  };
  return one(doc);
};
export default readMarkdown;

const blank = (s: string): string => s.replace(/[^\r\n]/g, " ");

/** `[words](https://x/2024/05)` → `[words]` and spaces; `![alt](src)` and `<!-- … -->` → spaces. */
function blankLinkTargets(text: string): string {
  return text
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, blank)
    .replace(/\]\([^)\n]*\)/g, (m) => `]${blank(m.slice(1))}`);
}
