import type { Path } from "../diagnostics/types.js";
import type { OutlineEntry } from "./outline-entry.js";

/*
 * The scalars and one-line flow collections outline-scan.ts reads. Each function either reads a shape it
 * is sure of or throws `unknownShape` (through `bail`), and the whole text goes to the parser.
 */

export const unknownShape = new Error("outline-scan: a shape left to the parser");
export const bail = (): never => {
  throw unknownShape;
};

/**
 * `parent`'s path and one more part, at its exact length: concat is a call into the runtime per entry
 * (27,000 on 1000 services, the scan's costliest line) and a spread leaves room for more parts, which
 * every collection then copies for as long as the outline lives.
 */
export function childPath(parent: Path, part: string | number): Path {
  const path = new Array<string | number>(parent.length + 1);
  for (let index = 0; index < parent.length; index++) path[index] = parent[index]!;
  path[parent.length] = part;
  return path;
}

/** `parent`'s path and then `parts`, at its exact length (childPath for the entries of a flow collection). */
export function joinedPath(parent: Path, parts: Path): Path {
  const path = new Array<string | number>(parent.length + parts.length);
  for (let index = 0; index < parent.length; index++) path[index] = parent[index]!;
  for (let index = 0; index < parts.length; index++) path[parent.length + index] = parts[index]!;
  return path;
}

/** Plain words the YAML 1.2 core schema reads as something other than a string. */
const notStrings = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL)$/;

/** A written key as the string the parser reads, or undefined when it may read as anything else (a number, a boolean). */
export function stringKey(written: string): string | undefined {
  if (written.startsWith("'")) return written.slice(1, -1).replace(/''/g, "'");
  if (written.startsWith('"')) {
    try {
      const name: unknown = JSON.parse(written);
      return typeof name === "string" ? name : undefined;
    } catch {
      return undefined;
    }
  }
  if (written === "<<") return written;
  return /^[A-Za-z_][^\t]*[^ ]$|^[A-Za-z_]$/.test(written) && !notStrings.test(written) && !written.includes(" #") ? written : undefined;
}

/** The end of a quoted scalar starting at `from` (just past its closing quote), on this line only. */
function quotedEnd(text: string, from: number): number {
  const quote = text[from];
  for (let i = from + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === "\\") i++;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return bail();
}

/** A plain scalar may not start with an indicator; "-x" may, "- x" may not. */
const badStart = /^(?:[-?:](?:\s|$)|[?:,[\]{}#&!|>'"%@`])/;

/** What is left of a line after the one-line scalar at its start (quoted, an alias or plain): "" or a comment. */
export function scalarEnd(text: string): string {
  if (text.startsWith('"') || text.startsWith("'")) return text.slice(quotedEnd(text, 0));
  if (text.startsWith("*")) return text.replace(/^\*[^\s[\]{},]+/, "");
  if (badStart.test(text)) bail();
  const comment = /\s#/.exec(text);
  const plain = comment ? text.slice(0, comment.index) : text;
  if (/:(?:\s|$)/.test(plain)) bail();
  return comment ? text.slice(comment.index) : "";
}

/**
 * A flow collection written on one line ("[CMD, curl, -f]", "{a: 1}"): its entries, each starting and
 * ending on this line, added in document order; returns what follows it on the line.
 */
export function scanFlow(text: string, path: Path, line: number, entries: OutlineEntry[]): string {
  let at = 0;
  const skip = () => {
    while (text[at] === " ") at++;
  };
  /** A scalar in a flow collection; returns its text as written. */
  const scalar = (): string => {
    const start = at;
    if (text[at] === '"' || text[at] === "'") at = quotedEnd(text, at);
    else {
      if (badStart.test(text.slice(at)) || text[at] === "*") bail();
      while (at < text.length && !",[]{}".includes(text[at]!) && !(text[at] === ":" && /[\s,[\]{}]/.test(text[at + 1] ?? " ")) && !(text[at] === "#" && text[at - 1] === " ")) at++;
    }
    const written = text.slice(start, at).trimEnd();
    return written === "" || (!/^["']/.test(written) && written.includes("#")) ? bail() : written;
  };
  const collection = (of: Path): void => {
    const close = text[at] === "[" ? "]" : "}";
    at++;
    for (let index = 0; ; index++) {
      skip();
      if (text[at] === close) break;
      let child = childPath(of, index);
      if (close === "}") {
        const name = stringKey(scalar()) ?? bail();
        if (text[at] !== ":" || text[at + 1] !== " ") bail();
        at += 2;
        skip();
        child = childPath(of, name);
      }
      entries.push({ path: child, start: line, end: line });
      if (text[at] === "[" || text[at] === "{") collection(child);
      else scalar();
      skip();
      if (text[at] === close) break;
      if (text[at] !== ",") bail();
      at++;
    }
    at++;
  };
  collection(path);
  return text.slice(at);
}

/** `key: value` or `key:`, the key plain or quoted, as long as it reads as a string; undefined otherwise. */
export function keyOf(text: string): { name: string; value: string } | undefined {
  let name: string | undefined;
  let rest: string;
  if (text.startsWith('"') || text.startsWith("'")) {
    const after = scalarEnd(text);
    name = stringKey(text.slice(0, text.length - after.length));
    rest = after;
  } else {
    // The first ": " or a ":" ending the text, found without a regular expression's match array.
    let colon = text.indexOf(":");
    while (colon >= 0 && colon + 1 < text.length && text.charCodeAt(colon + 1) !== 32) colon = text.indexOf(":", colon + 1);
    if (colon < 0) return undefined;
    const written = text.slice(0, colon);
    if (written.includes(" #")) return undefined;
    name = stringKey(written);
    rest = text.slice(colon);
  }
  if (name === undefined || !/^:( |$)/.test(rest)) return undefined;
  return { name, value: rest.slice(1).trimStart() };
}
