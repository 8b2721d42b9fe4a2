/** Standard base64 (RFC 4648) of bytes, without Buffer, which the browser lacks: a ConfigMap's binaryData, a Secret's data. */
export function base64(bytes: Uint8Array): string {
  let binary = "";
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}
