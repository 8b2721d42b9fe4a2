/**
 * The colon-separated parts of a short volume spec: "data:/var/lib/db:ro" → ["data", "/var/lib/db", "ro"],
 * "C:\data:/data:ro" → ["C:\data", "/data", "ro"] (a drive letter's colon does not separate). Shared by
 * the multi-file merge (items are the same when their targets are) and normalize (the mount itself).
 */
export function splitVolumeSpec(text: string): string[] {
  const parts: string[] = [];
  let rest = text;
  for (;;) {
    const colon = rest.indexOf(":", /^[A-Za-z]:[\\/]/.test(rest) ? 2 : 0);
    if (colon < 0) return [...parts, rest];
    parts.push(rest.slice(0, colon));
    rest = rest.slice(colon + 1);
  }
}
