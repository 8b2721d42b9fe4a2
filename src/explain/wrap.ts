/**
 * Greedy word wrap: "a b c" at width 3 → ["a b", "c"]. A word longer than the width stays whole
 * on its own line (URLs and code must not be cut). `indent` prefixes every line after the first,
 * for hanging list items.
 */
export function wrapWords(text: string, width: number, indent = ""): string[] {
  const words = text.split(/\s+/).filter((word) => word !== "");
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const prefix = lines.length === 0 ? "" : indent;
    if (line === "") line = prefix + word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = indent + word;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}
