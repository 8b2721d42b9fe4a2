/**
 * The UTF-8 size of a string, which is what the API server counts for annotation and data limits.
 * Written out rather than Buffer.byteLength so the core also runs in a browser.
 */
export function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      // A surrogate pair: two UTF-16 units, four UTF-8 bytes.
      bytes += 2;
      index++;
    } else bytes += 2;
  }
  return bytes;
}
