/**
 * Bytes → text, or the one-line reason they are not text. The text is kept exactly as read
 * (BOM and CRLF included) so that offsets point into the file as other tools read it.
 */
export function decodeText(bytes: Uint8Array): { text: string } | { reason: string } {
  if (bytes.length === 0) return { reason: "empty file" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes) };
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return { reason: "binary file (contains NUL bytes)" };
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    if (!text.trim()) return { reason: "no text (only white space)" };
    return { text };
  } catch {
    return { reason: "not valid UTF-8 text" };
  }
}
