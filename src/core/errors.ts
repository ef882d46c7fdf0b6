/** User-facing errors: a code and its data; `main` prints the template as one line on stderr. */
export const messages = {
  "no-input": (d: { paths: string[] }) => `no usable input in ${d.paths.join(", ") || "(no paths)"}`,
  "bad-format": (d: { format: string; allowed: string[] }) =>
    `unknown format "${d.format}" (choose one of: ${d.allowed.join(", ")})`,
  "bad-option": (d: { option: string; value: string; expected: string }) =>
    `bad value "${d.value}" for ${d.option}: expected ${d.expected}`,
  "write-failed": (d: { path: string; reason: string }) => `cannot write ${d.path}: ${d.reason}`,
} as const;

export type MessageCode = keyof typeof messages;

export class FactcheckError extends Error {
  constructor(
    readonly code: MessageCode,
    readonly data: Record<string, unknown>,
  ) {
    super((messages[code] as (d: unknown) => string)(data));
    this.name = "FactcheckError";
  }
}
