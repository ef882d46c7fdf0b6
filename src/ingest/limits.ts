/**
 * Size limits. One article is extracted on one thread, at about 1 s per MB of dense news text
 * (measured on the bench corpus); 2 MB of text is far more than any article holds, and bounds the
 * time one odd file can take. Files may be larger than their text (HTML markup, inline images),
 * hence 20 MB.
 */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_TEXT_CHARS = 2 * 1024 * 1024;

export const megabytes = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** `size` is null when the input is a pipe, whose size is only known to be over the limit. */
export function tooLarge(size: number | null): string {
  return `file too large: ${size === null ? `over ${megabytes(MAX_FILE_BYTES)}` : megabytes(size)} (the limit is ${megabytes(MAX_FILE_BYTES)})`;
}

export function textTooLong(chars: number): string {
  return `article text too long: ${megabytes(chars)} of text (the limit is ${megabytes(MAX_TEXT_CHARS)} for one article)`;
}
