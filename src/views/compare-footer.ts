import type { Manifest } from "../model/manifest.js";
import { wrapWords } from "../explain/wrap.js";
import { peerLinesByService, type ConnectionRow } from "./connections.js";
import { podSecurityLineByService } from "./pod-security.js";

/**
 * The lines under each service's block in `compare`: who it reaches and who reaches it, with the line that
 * says so (⇄), and the Pod Security level its pods meet (⛨). Built once for all services; `dim` paints a
 * line as a side note.
 */
export function serviceFooters(rows: readonly ConnectionRow[], manifests: readonly Manifest[], width: number, dim: (text: string) => string): (service: string) => string[] {
  const peersOf = peerLinesByService(rows);
  const securityOf = podSecurityLineByService(manifests);
  return (service) => {
    const out: string[] = [];
    const note = (mark: string, text: string) => wrapWords(text, width - 4).forEach((line, i) => out.push(dim(`${i === 0 ? `  ${mark} ` : "    "}${line}`)));
    for (const peer of peersOf(service)) note("⇄", peer);
    const security = securityOf(service);
    if (security !== undefined) note("⛨", security);
    return out;
  };
}
