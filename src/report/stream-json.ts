import { z } from "zod";

/**
 * `JSON.stringify(value, null, 2)` with a newline, byte for byte, written in pieces: the arrays
 * the schema names (groups, entities, …) and their elements' arrays (a group's claims) are
 * printed one element at a time, so a report of ten thousand articles never exists as one
 * string.
 *
 * The value is printed as it is, not parsed again: checking every claim of a large report took
 * longer than printing it. The pipeline builds each object with its keys in schema order, and
 * test/json-order.test.ts checks that printed reports equal their schema-parsed form.
 */
export function* streamJson(schema: z.ZodObject, value: Record<string, unknown>): Generator<string> {
  yield* streamObject(schema, value, "", 1);
  yield "\n";
}

const arraysOf = (schema: z.ZodObject): Array<[string, z.ZodArray]> =>
  Object.entries(schema.shape).filter((entry): entry is [string, z.ZodArray] => entry[1] instanceof z.ZodArray);

/**
 * JSON.stringify(value, null, 2) with every line after the first indented by `levels` more
 * levels: the value is wrapped in that many arrays, so the engine indents it, and cut out.
 */
function indented(value: unknown, levels: number): string {
  let wrapped: unknown = value;
  for (let k = 0; k < levels; k++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  let open = 0;
  for (let k = 1; k <= levels; k++) open += 2 + 2 * k; // "[\n" and the next level's indent
  return text.slice(open, text.length - (open - 2 * levels));
}

/**
 * Items are printed by JSON.stringify in runs of up to this many (claims, mentions, small groups
 * together), not one call per item, which cost more than the printing. An element whose own
 * arrays hold more than this many items is streamed run by run instead, so no single string
 * grows with the corpus. Runs are kept small on purpose: a string above about 128 KB goes to
 * V8's large-object space and brings full collections of the whole heap; 32 claims stay below.
 */
const RUN = 32;

function itemsIn(value: Record<string, unknown>, arrays: ReadonlyArray<[string, z.ZodArray]>): number {
  let n = 0;
  for (const [key] of arrays) n += (value[key] as unknown[] | undefined)?.length ?? 0;
  return n;
}

/** One object at indentation `pad`, its arrays streamed; `depth` says how many levels further to stream. */
function* streamObject(schema: z.ZodObject, value: Record<string, unknown>, pad: string, depth: number): Generator<string> {
  const arrays = arraysOf(schema);
  const emptied = { ...value, ...Object.fromEntries(arrays.map(([key]) => [key, []])) };
  const head = JSON.stringify(emptied, null, 2);
  const indent = (text: string): string => (pad ? text.replace(/\n/g, `\n${pad}`) : text);
  let at = 0;
  for (const [key, array] of arrays) {
    // Keys are unique in an object and quotes inside strings are escaped: the marker is found once.
    const marker = `\n  ${JSON.stringify(key)}: []`;
    const found = head.indexOf(marker, at);
    if (found < 0) continue;
    yield indent(head.slice(at, found + marker.length - 2));
    const items = (value[key] as unknown[] | undefined) ?? [];
    if (items.length === 0) yield "[]";
    else {
      yield "[\n";
      const inner = `${pad}    `;
      const element = array.element as z.ZodType;
      const nested = depth > 0 && element instanceof z.ZodObject ? arraysOf(element) : [];
      const large = (item: unknown): boolean => nested.length > 0 && itemsIn(item as Record<string, unknown>, nested) > RUN;
      let i = 0;
      while (i < items.length) {
        if (i > 0) yield ",\n";
        if (large(items[i])) {
          yield inner;
          yield* streamObject(element as z.ZodObject, items[i] as Record<string, unknown>, inner, depth - 1);
          i++;
          continue;
        }
        // A run of items as one array one level up, without its brackets: "[\n" + inner … "\n" + pad + "  ]".
        let j = i + 1;
        let size = nested.length > 0 ? itemsIn(items[i] as Record<string, unknown>, nested) : 1;
        while (j < items.length && j - i < RUN && size <= RUN && !large(items[j])) {
          size += nested.length > 0 ? itemsIn(items[j] as Record<string, unknown>, nested) : 1;
          j++;
        }
        const text = indented(items.slice(i, j), inner.length / 2 - 1);
        yield text.slice(2, text.length - pad.length - 4);
        i = j;
      }
      yield `\n${pad}  ]`;
    }
    at = found + marker.length;
  }
  yield indent(head.slice(at));
}
