import type { Manifest } from "../model/manifest.js";
import { formatPath } from "../diagnostics/types.js";
import { relative } from "../load/paths.js";

/** Comment lines are wrapped to stay readable beside the manifest: "# " plus at most this many characters. */
const commentWidth = 98;

/**
 * The lines written above one object: its summary, then where it came from:
 *   Runs the web service as a Deployment…
 *   from compose.yaml:12 services.web
 */
export function headerLines(manifest: Manifest, baseDir: string | undefined): string[] {
  const lines: string[] = [];
  for (const comment of manifest.comments ?? []) lines.push(...wrap(comment));
  const origin = formatPath(manifest.source);
  const where = manifest.location ? `${relativeTo(baseDir, manifest.location.file)}:${manifest.location.line}` : "";
  const from = [where, origin].filter((part) => part !== "").join(" ");
  if (from !== "") lines.push(`from ${from}`);
  return lines;
}

/** Splits on line breaks, then wraps each paragraph at word boundaries; a word longer than a line stays whole. */
export function wrap(text: string): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
      if (line !== "" && line.length + 1 + word.length > commentWidth) {
        lines.push(line);
        line = word;
      } else {
        line = line === "" ? word : `${line} ${word}`;
      }
    }
    lines.push(line);
  }
  return lines;
}

/**
 * "/home/me/app/compose.yaml" relative to "/home/me/app" → "compose.yaml"; "../shared/base.yaml" when it
 * lies beside it. POSIX-style and pure (the core runs in a browser too); Windows separators are treated
 * as "/". A relative file name or a missing base is kept as it is.
 */
export function relativeTo(baseDir: string | undefined, file: string): string {
  const slashes = (path: string) => path.replace(/\\/g, "/");
  if (baseDir === undefined || !isAbsolute(file) || !isAbsolute(baseDir)) return slashes(file);
  const fromRoot = slashes(baseDir).split("/").find((part) => part !== "");
  const toRoot = slashes(file).split("/").find((part) => part !== "");
  // Different drives ("C:" vs "D:") share nothing; the absolute name is then the only honest answer.
  if (fromRoot !== toRoot && /:$/.test(toRoot ?? "")) return slashes(file);
  return relative(slashes(baseDir), slashes(file));
}

const isAbsolute = (path: string): boolean => path.startsWith("/") || /^[A-Za-z]:[\\/]/.test(path);
