import { tokenizeYamlLine } from "../yaml-tokens.js";
import { element } from "./dom.js";

/** One YAML line as spans classed by token kind (`tok-key`, `tok-string`…); plain text stays a text node. */
export function colouredLine(text: string): (Node | string)[] {
  return tokenizeYamlLine(text).map((token) => (token.kind === "text" ? token.text : element("span", { className: `tok-${token.kind}`, text: token.text })));
}
