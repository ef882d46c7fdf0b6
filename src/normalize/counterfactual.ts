/**
 * Whether a figure is what could have been rather than what is: "would have been sentenced to
 * more than 100 years", "faced a maximum of 110 years", "up to 20 years". Such a figure bounds
 * the real one and is not a report of it.
 */
const COUNTERFACTUAL = /\b(?:would|could|might)\s+have\b|\bfac(?:ed|es|ing)\b|\bmaximum\s+(?:of|sentence|penalty|term|fine|punishment)\b|\ba\s+maximum\b|\bas\s+much\s+as\b/i;

export function isCounterfactual(sentence: string, start: number, end: number): boolean {
  const head = sentence.slice(Math.max(0, start - 60), start).split(/[;:—()]|,\s+(?:but|while|and)\b/i).pop() ?? "";
  const tail = sentence.slice(end, end + 30).split(/[;:—(),]/)[0] ?? "";
  return COUNTERFACTUAL.test(head) || COUNTERFACTUAL.test(tail);
}
