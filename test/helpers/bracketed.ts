/**
 * A sentence with its figure marked in brackets ("As of Thursday, [80] were held"), read by a
 * function of the sentence and the figure's offsets, as the frame readers take them.
 */
export function atBracketed<T>(read: (sentence: string, start: number, end: number) => T): (marked: string) => T {
  return (marked) => {
    const start = marked.indexOf("[");
    const end = marked.indexOf("]") - 1;
    return read(marked.replace("[", "").replace("]", ""), start, end);
  };
}
