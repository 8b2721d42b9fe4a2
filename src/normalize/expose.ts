import type { Diagnostic, Path } from "../diagnostics/types.js";
import type { ExposedPort } from "../model/project.js";
import { parsePortRange, splitProtocol } from "./ports.js";
import type { ComposeService } from "../validate/schema.js";
import { childPath } from "./exact.js";

/** `expose:` — "3000", 3000, "3000-3005" (one entry per port), "3000/udp". Errors as for ports. */
export function parseExpose(value: ComposeService["expose"], path: Path, out: Diagnostic[]): ExposedPort[] {
  return (value ?? []).flatMap((item, index) => {
    const itemPath = childPath(path, index);
    const text = String(item).trim();
    const split = splitProtocol(text, itemPath, out);
    if (!split) return [];
    const range = parsePortRange(split.rest, text, itemPath, out);
    if (!range) return [];
    const ports: ExposedPort[] = [];
    for (let port = range.start; port <= range.end; port++) ports.push({ port, protocol: split.protocol, path: itemPath });
    return ports;
  });
}
