/**
 * Bytes → text, or the one-line reason they are not text. The text is kept exactly as read
 * (BOM and CRLF included) so that offsets point into the file as other tools read it.
 */
export function decodeText(bytes: Uint8Array, declared: (bytes: Uint8Array) => string | null = () => null): { text: string } | { reason: string } {
  if (bytes.length === 0) return { reason: "empty file" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes) };
  const probe = bytes.subarray(0, 8192);
  const bomless = utf16WithoutBom(probe);
  if (bomless) return { text: new TextDecoder(bomless).decode(bytes) };
  if (probe.includes(0)) return { reason: "binary file, not text (it contains NUL bytes)" };
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    if (!text.trim()) return { reason: "no text (only white space)" };
    return { text };
  } catch {
    const label = declared(bytes);
    if (label) {
      try {
        return { text: new TextDecoder(label).decode(bytes) };
      } catch {
        return { reason: `not valid UTF-8, and its declared charset "${label}" is unknown` };
      }
    }
    return { reason: "not valid UTF-8 text (a binary file, or text in another encoding)" };
  }
}

/** UTF-16 without a BOM shows as ASCII with a NUL in every other byte; binary data does not. */
function utf16WithoutBom(probe: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (probe.length < 16) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i + 1 < probe.length; i += 2) {
    if (probe[i] === 0) even++;
    if (probe[i + 1] === 0) odd++;
  }
  const pairs = Math.floor(probe.length / 2);
  if (odd > pairs * 0.9 && even === 0) return "utf-16le";
  if (even > pairs * 0.9 && odd === 0) return "utf-16be";
  return null;
}

/** The charset an HTML page declares in its first bytes (`<meta charset>` or http-equiv), for pages saved in Latin-1 and the like. */
export function htmlCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase() ?? null;
}
