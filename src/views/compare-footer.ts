import type { Manifest } from "../model/manifest.js";
import { wrapWords } from "../explain/wrap.js";
import { peerLines, type ConnectionRow } from "./connections.js";
import { podSecurityLine, podSecurityOf } from "./pod-security.js";

/**
 * The lines under one service's block in `compare`: who it reaches and who reaches it, with the line that
 * says so (⇄), and the Pod Security level its pods meet (⛨). `dim` paints a line as a side note.
 */
export function serviceFooter(rows: readonly ConnectionRow[], manifests: readonly Manifest[], service: string, width: number, dim: (text: string) => string): string[] {
  const out: string[] = [];
  const note = (mark: string, text: string) => wrapWords(text, width - 4).forEach((line, i) => out.push(dim(`${i === 0 ? `  ${mark} ` : "    "}${line}`)));
  for (const peer of peerLines(rows, service)) note("⇄", peer);
  const security = podSecurityOf(manifests, service);
  if (security !== undefined) note("⛨", podSecurityLine(security));
  return out;
}
