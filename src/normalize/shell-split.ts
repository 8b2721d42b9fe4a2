import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Path } from "../diagnostics/types.js";

/** Inside double quotes a backslash only escapes these, as in a POSIX shell; before others it stays. */
const escapableInDoubleQuotes = new Set(["$", "`", '"', "\\", "\n"]);
const blank = new Set([" ", "\t", "\n", "\r"]);

/**
 * Splits a command string into words the way a POSIX shell does, without expanding anything:
 * `echo "a b" 'c'` → ["echo", "a b", "c"]; `a\ b` → ["a b"]; `""` → [""]; `'$HOME'` → ["$HOME"].
 * Returns undefined (and reports command-syntax) for an unterminated quote or a trailing backslash.
 */
export function shellSplit(command: string, path: Path, out: Diagnostic[]): string[] | undefined {
  const words: string[] = [];
  let word = "";
  let inWord = false;
  let quote: "'" | '"' | undefined;
  const fail = (reason: string): undefined => {
    out.push(diagnostic("command-syntax", path, { value: command, reason }));
    return undefined;
  };

  for (let index = 0; index < command.length; index++) {
    const char = command.charAt(index);
    if (quote === "'") {
      if (char === "'") quote = undefined;
      else word += char;
      continue;
    }
    if (char === "\\") {
      if (index + 1 >= command.length) return fail("it ends with a lone backslash");
      const next = command.charAt(++index);
      if (quote === '"') {
        if (next !== "\n") word += escapableInDoubleQuotes.has(next) ? next : `\\${next}`;
      } else if (next !== "\n") {
        word += next;
        inWord = true;
      }
      continue;
    }
    if (quote === '"') {
      if (char === '"') quote = undefined;
      else word += char;
      continue;
    }
    if (char === "'" || char === '"') {
      quote = char;
      inWord = true;
    } else if (blank.has(char)) {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
    } else {
      word += char;
      inWord = true;
    }
  }
  if (quote) return fail(`the ${quote === "'" ? "single" : "double"} quote is never closed`);
  if (inWord) words.push(word);
  return words;
}
