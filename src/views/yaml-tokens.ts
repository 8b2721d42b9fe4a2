/*
 * A small YAML tokenizer for colouring one line at a time (the playground's editor and manifests). It
 * never fails and never drops a character: the tokens of a line, joined, are the line. It knows the
 * shapes Compose files and kubepose's output use — keys, list dashes, quoted and plain scalars, numbers,
 * booleans and null, anchors, aliases and merge keys, comments, document markers — not all of YAML
 * (a multi-line string's continuation lines are plain text).
 */

export type TokenKind = "key" | "string" | "number" | "literal" | "anchor" | "comment" | "punctuation" | "marker" | "text";

export interface Token {
  kind: TokenKind;
  text: string;
}

const KEY = /^((?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{[\]},:&*!|>-][^#:]*?|<<|-[^\s#:][^#:]*?))(\s*)(:)(?=\s|$)/;
const NUMBER = /^[-+]?(?:\d[\d_]*(?:\.\d*)?(?:[eE][-+]?\d+)?|\.\d+|0x[0-9a-fA-F]+|0o[0-7]+|\.inf|\.nan)$/;
const LITERAL = /^(?:true|false|yes|no|on|off|null|~|True|False|TRUE|FALSE|Null|NULL)$/;

export function tokenizeYamlLine(line: string): Token[] {
  const tokens: Token[] = [];
  const push = (kind: TokenKind, text: string): void => {
    if (text === "") return;
    const last = tokens[tokens.length - 1];
    if (last && last.kind === kind && kind !== "key") last.text += text;
    else tokens.push({ kind, text });
  };
  let rest = line;
  const take = (kind: TokenKind, length: number): void => {
    push(kind, rest.slice(0, length));
    rest = rest.slice(length);
  };
  if (/^(---|\.\.\.)(\s|$)/.test(rest)) take("marker", 3);
  for (;;) {
    const space = /^\s*/.exec(rest)?.[0].length ?? 0;
    take("text", space);
    if (rest.startsWith("- ") || rest === "-") take("punctuation", 1);
    else break;
  }
  const key = KEY.exec(rest);
  if (key) {
    take("key", key[1]?.length ?? 0);
    take("text", key[2]?.length ?? 0);
    take("punctuation", 1);
  }
  while (rest !== "") {
    const space = /^\s+/.exec(rest);
    if (space) {
      take("text", space[0].length);
      continue;
    }
    if (rest.startsWith("#")) {
      take("comment", rest.length);
      break;
    }
    const quoted = /^"(?:[^"\\]|\\.)*"?|^'(?:[^']|'')*'?/.exec(rest);
    if (quoted) {
      take("string", quoted[0].length);
      continue;
    }
    if (/^[&*][^\s,[\]{}]+/.test(rest)) {
      take("anchor", /^[&*][^\s,[\]{}]+/.exec(rest)?.[0].length ?? 1);
      continue;
    }
    if (/^[[\]{},|>]/.test(rest)) {
      take("punctuation", 1);
      continue;
    }
    // A plain scalar runs to " #", a flow indicator inside a flow collection, or the end of the line.
    const plain = /^(?:[^\s,[\]{}#]|(?<=\S)#)+(?:\s+(?:[^\s,[\]{}#]|(?<=\S)#)+)*/.exec(rest)?.[0] ?? rest.slice(0, 1);
    const word = plain.trimEnd();
    take(NUMBER.test(word) ? "number" : LITERAL.test(word) ? "literal" : "string", word.length || 1);
  }
  return tokens;
}
