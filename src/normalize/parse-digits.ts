/**
 * Reads a digit string as written in English copy: "1,300" → 1300, "2.5" → 2.5, "1,234.5" → 1234.5.
 * Returns null for shapes that are not one number ("1,30", "1.2.3").
 */
export function parseDigits(text: string): number | null {
  let value: number | null = null;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) value = Number(text.replace(/,/g, ""));
  else if (/^\d+(\.\d+)?$/.test(text)) value = Number(text);
  // A run of digits too long for a double is no amount anyone wrote to be read.
  return value !== null && Number.isFinite(value) ? value : null;
}

/** The step a writer rounded to: 1,400 → 100, 50 → 10, 52 → 1, 2.5 → 0.1. */
export function roundingUnit(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 1;
  if (!Number.isInteger(value)) {
    const decimals = String(value).split(".")[1]?.length ?? 0;
    return 10 ** -decimals;
  }
  let unit = 1;
  while (value % (unit * 10) === 0) unit *= 10;
  return unit;
}
