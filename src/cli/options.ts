import { FactcheckError } from "../core/errors.js";
import { readers, type InputKind } from "../ingest/kinds.js";
import { ONLY, type Only } from "../report/index.js";

/** Option values commander passes as strings, checked once, with one clear line when wrong. */
export function onlyOf(value: string | undefined): Only {
  if (value === undefined) return "all";
  if (!(ONLY as readonly string[]).includes(value)) throw new FactcheckError("bad-option", { option: "--only", value, expected: ONLY.join(", ") });
  return value as Only;
}

export function minSourcesOf(value: string | undefined): number {
  if (value === undefined) return 0;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) {
    throw new FactcheckError("bad-option", { option: "--min-sources", value, expected: "a whole number, such as 2" });
  }
  return n;
}

export function stdinFormatOf(value: string | undefined): InputKind {
  if (value === undefined) return "text";
  if (!(value in readers)) throw new FactcheckError("bad-option", { option: "--stdin-format", value, expected: Object.keys(readers).join(", ") });
  return value as InputKind;
}

export function workersOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1 || n > 256) {
    throw new FactcheckError("bad-option", { option: "--workers", value, expected: "a whole number of threads from 1 to 256" });
  }
  return n;
}
