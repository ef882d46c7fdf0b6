/**
 * An element's text as paragraphs: one block element (p, li, h2, blockquote, …) a paragraph,
 * paragraphs separated by a blank line, white space inside a paragraph collapsed. A list item
 * starts with "- ", as in plain text and Markdown, where the segmenter finds an item's subject
 * ("- Ann Carver — author of…"). Furniture elements are dropped first: their text never becomes
 * part of the article.
 */
const FURNITURE_TAGS = "script, style, noscript, template, iframe, object, svg, canvas, figure, figcaption, aside, nav, footer, form, button, select, input, textarea, dialog, [hidden], [aria-hidden=true]";
const FURNITURE_CLASS = /(^|[\s_-])(newsletter|subscribe|subscription|promo|related|share|sharing|social|donate|donation|cookie|consent|advert|advertisement|ad|ads|caption|credit|paywall|read-more|readmore|byline|author|dateline|timestamp|breadcrumbs?|comments?)($|[\s_-])/i;

const BLOCK = new Set([
  "ADDRESS", "ARTICLE", "BLOCKQUOTE", "DD", "DETAILS", "DIV", "DL", "DT", "H1", "H2", "H3", "H4", "H5", "H6",
  "HEADER", "HR", "LI", "MAIN", "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TBODY", "THEAD", "TR", "UL",
]);

export function dropFurniture(root: Element): void {
  for (const el of [...root.querySelectorAll(FURNITURE_TAGS)]) el.remove();
  for (const el of [...root.querySelectorAll("[class], [id]")]) {
    if (FURNITURE_CLASS.test(`${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`)) el.remove();
  }
}

export function blockText(root: Node): string {
  const paragraphs: string[] = [];
  let current = "";
  // The marker of a list item just opened, for its first paragraph ("<li><p>…</p></li>" too).
  let marker = "";
  const flush = (): void => {
    const p = current.replace(/\s+/g, " ").trim();
    if (p) {
      paragraphs.push(marker + p);
      marker = "";
    }
    current = "";
  };
  // An explicit stack, not recursion: a malformed page can nest elements thousands deep.
  const stack: Array<Node | "end-block" | "end-item"> = [root];
  while (stack.length) {
    const node = stack.pop() as Node | "end-block" | "end-item";
    if (node === "end-block" || node === "end-item") {
      flush();
      // An item without text leaves no marker for what follows it.
      if (node === "end-item") marker = "";
      continue;
    }
    if (node.nodeType === 3) current += node.textContent ?? "";
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === "BR") {
      flush();
      continue;
    }
    const block = BLOCK.has(tag);
    if (block) {
      flush();
      stack.push(tag === "LI" ? "end-item" : "end-block");
      if (tag === "LI") marker = "- ";
    }
    if (tag === "TD" || tag === "TH") current += " ";
    const children = [...node.childNodes];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
  flush();
  return paragraphs.join("\n\n");
}
