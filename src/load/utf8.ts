/**
 * Strict UTF-8: Compose files and env files are text, and a byte that is no UTF-8 is an error with its
 * position rather than a silent U+FFFD. Uses TextDecoder, which both Node and browsers have.
 */

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export type Decoded = { ok: true; text: string } | { ok: false; offset: number; line: number; column: number };

/** The text of `bytes`, or where the first byte that is not UTF-8 is (line and column 1-based, in characters). */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    const offset = firstInvalidByte(bytes);
    let lineStart = 0;
    let line = 1;
    for (let at = 0; at < offset; at++) {
      if (bytes[at] === 0x0a) {
        line++;
        lineStart = at + 1;
      }
    }
    const before = strict.decode(bytes.subarray(lineStart, offset));
    return { ok: false, offset, line, column: before.length + 1 };
  }
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidByte(bytes: Uint8Array): number {
  let at = 0;
  while (at < bytes.length) {
    const length = sequenceLength(bytes, at);
    if (length === 0) return at;
    at += length;
  }
  return bytes.length;
}

/** Length of the well-formed sequence at `at`, 0 when there is none (overlong forms and surrogates included). */
function sequenceLength(bytes: Uint8Array, at: number): number {
  const first = bytes[at] ?? 0;
  if (first < 0x80) return 1;
  const continuation = (offset: number, low = 0x80, high = 0xbf): boolean => {
    const byte = bytes[at + offset];
    return byte !== undefined && byte >= low && byte <= high;
  };
  if (first >= 0xc2 && first <= 0xdf) return continuation(1) ? 2 : 0;
  if (first >= 0xe0 && first <= 0xef) {
    const low = first === 0xe0 ? 0xa0 : 0x80;
    const high = first === 0xed ? 0x9f : 0xbf;
    return continuation(1, low, high) && continuation(2) ? 3 : 0;
  }
  if (first >= 0xf0 && first <= 0xf4) {
    const low = first === 0xf0 ? 0x90 : 0x80;
    const high = first === 0xf4 ? 0x8f : 0xbf;
    return continuation(1, low, high) && continuation(2) && continuation(3) ? 4 : 0;
  }
  return 0;
}
