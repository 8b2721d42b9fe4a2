import type { Path } from "../diagnostics/types.js";

/** A short comment attached to a field: `ports: # note`, or on the line before a sequence item. */
export interface YamlNote {
  field: Path;
  text: string;
}

/** Whitespace and control characters that commentText turns into spaces. */
const commentBreaks = /[\s\x00-\x1F\x7F-\x9F\u2028\u2029\uFEFF]+/g;

/** Characters commentText replaces: control characters and every whitespace character but the space. */
const commentBreak = /[\x00-\x1F\x7F-\x9F\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]/;

/**
 * Whether commentText changes the text. Most comments are words between single spaces; testing for that
 * is cheaper than rebuilding the text, because `replace` above matches, and rewrites, every single space
 * (1000 services: 6000 origin lines and 10,000 notes).
 */
const commentNeedsCleaning = (text: string): boolean =>
  commentBreak.test(text) || text.includes("  ") || text.startsWith(" ") || text.endsWith(" ");

/**
 * A comment must stay on its line: line breaks (including U+2028/2029 and NEL, which YAML 1.1 counts as
 * line breaks) and control characters become spaces, so a comment can never turn into content.
 */
export const commentText = (text: string): string =>
  commentNeedsCleaning(text) ? text.replace(commentBreaks, " ").trim() : text;

/** Comment lines as written above a document: "# text", or "#" for an empty line; each ends with a line feed. */
export function commentBlock(lines: readonly string[]): string {
  let block = "";
  for (const line of lines) {
    const text = commentText(line);
    block += text === "" ? "#\n" : `# ${text}\n`;
  }
  return block;
}
