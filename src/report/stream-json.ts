import { z } from "zod";

/**
 * `JSON.stringify(schema.parse(value), null, 2)` with a newline, byte for byte, written in
 * pieces: the report's arrays (groups, entities, …) and their elements' arrays (a group's
 * claims) are parsed and printed one element at a time, so a report of ten thousand articles
 * never exists as one string or as a second validated copy.
 */
export function* streamJson(schema: z.ZodObject, value: Record<string, unknown>): Generator<string> {
  yield* streamObject(schema, value, "", 1);
  yield "\n";
}

const arraysOf = (schema: z.ZodObject): Array<[string, z.ZodArray]> =>
  Object.entries(schema.shape).filter((entry): entry is [string, z.ZodArray] => entry[1] instanceof z.ZodArray);

/** One object at indentation `pad`, its arrays streamed; `depth` says how many levels further to stream. */
function* streamObject(schema: z.ZodObject, value: Record<string, unknown>, pad: string, depth: number): Generator<string> {
  const arrays = arraysOf(schema);
  const emptied = { ...value, ...Object.fromEntries(arrays.map(([key]) => [key, []])) };
  const head = JSON.stringify(schema.parse(emptied), null, 2);
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
      const nested = depth > 0 && element instanceof z.ZodObject && arraysOf(element).length > 0;
      for (let i = 0; i < items.length; i++) {
        yield inner;
        if (nested) yield* streamObject(element as z.ZodObject, items[i] as Record<string, unknown>, inner, depth - 1);
        else yield JSON.stringify(element.parse(items[i]), null, 2).replace(/\n/g, `\n${inner}`);
        yield i < items.length - 1 ? ",\n" : `\n${pad}  ]`;
      }
    }
    at = found + marker.length;
  }
  yield indent(head.slice(at));
}
