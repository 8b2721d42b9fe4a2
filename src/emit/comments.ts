import type { Manifest } from "../model/manifest.js";
import { formatPath } from "../diagnostics/types.js";
import { relative } from "../load/paths.js";
import { commentBlock, commentText } from "./yaml-comments.js";

/** Comment lines are wrapped to stay readable beside the manifest: "# " plus at most this many characters. */
const commentWidth = 98;

/**
 * The comment block written above each object: its summary, then where it came from:
 *   # Runs the web service as a Deployment…
 *   # from compose.yaml:12 services.web
 * Thousands of objects share a few summaries and come from a few files, so each summary is wrapped and
 * rendered, and each file name made relative, once per emit (1000 services: headers 45 → 8 ms of a cold
 * emit, most of it the relative path computed again for each of 6000 objects).
 */
export class CommentHeaders {
  private readonly summaries = new Map<string, string>();
  private readonly files = new Map<string, string>();

  constructor(private readonly baseDir: string | undefined) {}

  of(manifest: Manifest): string {
    let block = "";
    // By index: a for-of in code not yet optimized allocates a result object per step.
    const comments = manifest.comments ?? [];
    for (let index = 0; index < comments.length; index++) {
      const comment = comments[index]!;
      let summary = this.summaries.get(comment);
      if (summary === undefined) this.summaries.set(comment, (summary = commentBlock(wrap(comment))));
      block += summary;
    }
    const origin = formatPath(manifest.source);
    const where = manifest.location ? `${this.relative(manifest.location.file)}:${manifest.location.line}` : "";
    const from = where === "" ? origin : origin === "" ? where : `${where} ${origin}`;
    return from === "" ? block : `${block}# ${commentText(`from ${from}`)}\n`;
  }

  private relative(file: string): string {
    let relative = this.files.get(file);
    if (relative === undefined) this.files.set(file, (relative = relativeTo(this.baseDir, file)));
    return relative;
  }
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
