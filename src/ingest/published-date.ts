/**
 * A published date as pages and APIs write it → ISO YYYY-MM-DD, or null. The date part of an ISO
 * timestamp is taken as written: "2024-03-05T23:30-05:00" was published on the 5th where it was
 * written, whatever the UTC date.
 */
export function publishedDate(value: unknown): string | null {
  if (typeof value !== "string" && typeof value !== "number") return null;
  const text = String(value).trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(text);
  if (iso) return valid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (!/[a-z]/i.test(text) && !/^\d{4}\/\d{1,2}\/\d{1,2}$/.test(text)) return null;
  const parsed = new Date(text);
  if (Number.isNaN(parsed.getTime())) return null;
  // Local getters undo the local-midnight parse of "March 5, 2024": the calendar date as written.
  return valid(parsed.getFullYear(), parsed.getMonth() + 1, parsed.getDate());
}

function valid(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
