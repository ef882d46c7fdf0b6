import { describe, expect, it } from "vitest";
import { segment } from "../src/segment/index.js";
import { doc } from "./helpers/docs.js";

const sentences = (text: string): string[] => segment(doc("a", text)).sentences.map((s) => s.text);
const speakers = (text: string): Array<string | null> => segment(doc("a", text)).quotations.map((q) => q.speaker);

describe("sentences", () => {
  it.each([
    ["U.S. President Donald Trump spoke. He left.", ["U.S. President Donald Trump spoke.", "He left."]],
    ["On Sept. 11, talks began. They ended.", ["On Sept. 11, talks began.", "They ended."]],
    ["“No man left behind!” he said. Then he left.", ["“No man left behind!” he said.", "Then he left."]],
    ["Mr. Smith met J. Doe in Vilnius.", ["Mr. Smith met J. Doe in Vilnius."]],
    ["One line\nAnother line", ["One line", "Another line"]],
  ])("%s", (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it("keeps offsets into the text as read, CRLF and BOM included", () => {
    const text = "\uFEFFFirst line.\r\nSecond line.";
    const s = segment(doc("a", text)).sentences;
    expect(s.map((x) => text.slice(x.start, x.end))).toEqual(["First line.", "Second line."]);
  });
});

describe("speakers of quotations", () => {
  it.each([
    ["“We welcome it,” Jane Roe said.", ["Jane Roe"]],
    ["“We welcome it,” said Jane Roe.", ["Jane Roe"]],
    ["Jane Roe wrote on X: “We welcome it.”", ["Jane Roe"]],
    ["The minister, responding, said: “We welcome it.”", ["The minister"]],
    ["Jane Roe thanked them. “52 is a lot,” she added.", ["Jane Roe"]],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it("takes the speaker from a previous paragraph that ends with a colon", () => {
    expect(speakers("According to a tweet from President Jane Roe:\n“No man left behind!”")).toEqual(["Jane Roe"]);
  });
});
