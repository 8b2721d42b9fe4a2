/**
 * The width of a line's leading whitespace, `text.length - text.trimStart().length`, without making the
 * trimmed copy: the views ask it of every emitted line (125,000 on 1000 services, twice). Spaces are
 * counted; a tab or any other character trimStart might take for whitespace after them is left to trimStart.
 */
export function indentOf(text: string): number {
  let indent = 0;
  while (text.charCodeAt(indent) === 32) indent += 1;
  if (indent === text.length) return indent;
  const next = text.charCodeAt(indent);
  return next > 32 && next < 127 ? indent : text.length - text.trimStart().length;
}
