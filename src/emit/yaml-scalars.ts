/**
 * How one string or number is written as a YAML scalar. The output must read back as the same value
 * under YAML 1.2 (what `yaml` and most modern tools use) and YAML 1.1 (PyYAML, Go's yaml.v2, older
 * kubectl plugins), so a string is written plain only when neither version could take it for
 * something else: `on` is a boolean and `08` a number in 1.1, `0o17` a number in 1.2.
 */

/** Words some YAML version reads as a boolean or null; compared case-insensitively to keep the table short. */
const reservedWords = new Set(["y", "n", "yes", "no", "on", "off", "true", "false", "null", "~", "=", "<<"]);

/**
 * Shapes some YAML version reads as a number or a date: "80", "1_000", ".5", "12:30" (base 60 in 1.1),
 * "1e3", "e3" (the `yaml` package's 1.1 float), "0x1F", "0o17", "0b101", ".inf", "2024-01-31".
 */
const numberOrDateShapes: readonly RegExp[] = [
  /^[-+]?[0-9._:]*$/,
  /^[-+]?[0-9._:]*[eE][-+]?[0-9]+$/,
  /^[-+]?0[xXoObB][0-9a-fA-F_]+$/,
  /^[-+]?\.(?:inf|nan)$/i,
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/,
];

/** A plain scalar may not start with one of these: "-x", "*ref", "&anchor", "!tag", "|", "%YAML", "@", "`"… */
const leadingIndicator = /^[-?:,[\]{}#&*!|>'"%@`]/;

/**
 * Characters that are safe unescaped in any scalar: printable ASCII and the printable non-ASCII ranges,
 * minus NEL (U+0085), LS/PS (U+2028/2029; line breaks in YAML 1.1) and the byte-order mark.
 */
const unsafeCharacter = /[^\x20-\x7E\u00A0-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD]/;

/** Like unsafeCharacter, but a block scalar also holds tabs and line feeds. */
const unsafeInBlock = /[^\t\n\x20-\x7E\u00A0-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD]/;

/** Escapes JSON.stringify leaves raw that YAML must not see raw: DEL, C1 controls, LS/PS, BOM, non-characters. */
const escapeInDoubleQuotes = /[\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]/g;

/** Most Kubernetes strings ("web", "apps/v1", "nginx", "app.kubernetes.io/name") take this quick way. */
const simpleWord = /^[A-Za-z][A-Za-z0-9_./-]*$/;

/**
 * Whether a string may be written plain: the quick answer for the common case (a key, a name, an image,
 * a path: a letter or "/" first, then printable ASCII), or undefined to ask plainSafeByRules: one loop
 * over the characters instead of up to ten regular expressions for a short key like "kind" or "name".
 * Its answer always equals the rules' (tests/emit/yaml-scalars.test.ts checks it on random strings):
 * a letter or "/" is no leading indicator and starts no number or date shape (but "e3" is a number,
 * so e and E are left to the rules), and printable ASCII is safe except for ": ", " #", a trailing ":"
 * or space, and the short reserved words ("on", "No", "null").
 */
function quickPlainSafe(text: string): boolean | undefined {
  const length = text.length;
  if (length === 0 || length > 1000) return undefined;
  const first = text.charCodeAt(0);
  const letter = first | 0x20; // an ASCII letter in lower case
  const word = first >= 0x41 && first <= 0x7a && letter >= 0x61 && letter <= 0x7a && letter !== 0x65;
  if (!word && first !== 0x2f) return undefined;
  let previous = first;
  for (let index = 1; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code > 0x7e) return undefined;
    // ": " starts a mapping value, " #" a comment.
    if ((code === 0x20 && previous === 0x3a) || (code === 0x23 && previous === 0x20)) return false;
    previous = code;
  }
  // A trailing ":" would make "key:" a mapping; a trailing space would be lost.
  if (previous === 0x3a || previous === 0x20) return false;
  return length > 5 || !reservedWords.has(text.toLowerCase());
}

/**
 * quickPlainSafe's "yes" for a string longer than the reserved words, as one regular expression: a letter
 * (not e or E) or "/", then printable ASCII where a ":" is followed by no space and a space by no "#" (so
 * neither ends the string). Run natively, it costs a fraction of the character loop in code not yet
 * optimized (1000 services: 9,000 distinct values, ~20 characters each). Its "no" asks the loop.
 */
const quickPlain = /^[A-DF-Za-df-z/](?:[!-9;-~]|:(?=[^ ])| (?=[^#]))*$/;

export function isPlainSafe(text: string): boolean {
  if (text.length > 5 && text.length <= 1000 && quickPlain.test(text)) return true;
  return quickPlainSafe(text) ?? plainSafeByRules(text);
}

/** The rules themselves, one check per way a plain scalar can go wrong. */
export function plainSafeByRules(text: string): boolean {
  if (text.length > 5 && text.length <= 1000 && simpleWord.test(text)) return true;
  if (text === "" || text.length > 1000) return false;
  if (text[0] === " " || text[text.length - 1] === " ") return false;
  if (leadingIndicator.test(text) || unsafeCharacter.test(text)) return false;
  // ": " starts a mapping value, " #" a comment; a trailing ":" would make "key:" a mapping.
  if (text.includes(": ") || text.includes(" #") || text.endsWith(":")) return false;
  if (reservedWords.has(text.toLowerCase())) return false;
  return !numberOrDateShapes.some((shape) => shape.test(text));
}

/** JSON string escaping is valid YAML double-quoted syntax; only a few raw characters need escaping on top. */
export function doubleQuoted(text: string): string {
  return JSON.stringify(text).replace(
    escapeInDoubleQuotes,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** A mapping key or a single-line value. */
export function scalarText(text: string): string {
  return isPlainSafe(text) ? text : doubleQuoted(text);
}

/**
 * A multi-line string as a literal block scalar, or undefined when a block cannot hold it exactly:
 * a trailing space on a line (editors strip it, readers miss it), a control character, or no
 * visible content at all ("\n\n").
 *
 *   "a\nb\n"  → |         "a\nb" → |-        "a\n\n" → |+        "  a\nb" → |2-
 */
export function blockScalar(text: string, indent: string, indentStep: number): string | undefined {
  if (!text.includes("\n") || unsafeInBlock.test(text) || /[ \t]\n|[ \t]$/.test(text)) return undefined;
  const body = text.replace(/\n+$/, "");
  if (body === "" || /^\n*\t/.test(body)) return undefined;
  const trailingNewlines = text.length - body.length;
  const chomping = trailingNewlines === 0 ? "-" : trailingNewlines === 1 ? "" : "+";
  // The first content line sets the indentation; a leading space there must be announced explicitly,
  // counted from the parent's indentation (the key's or the dash's column), which is one step back.
  const indicator = /^\n* /.test(body) ? String(indentStep) : "";
  const lines = text.slice(0, trailingNewlines > 1 ? text.length - 1 : body.length).split("\n");
  let result = `|${indicator}${chomping}`;
  for (const line of lines) result += line === "" ? "\n" : `\n${indent}${line}`;
  return result;
}

/**
 * Numbers as both YAML versions read them: YAML 1.1 needs a dot in an exponent form ("1e-7" → "1.0e-7").
 * Kubernetes objects never hold NaN or Infinity; meeting one is a bug in a converter.
 */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`emit: cannot write the number ${value} in a Kubernetes object`);
  const text = Object.is(value, -0) ? "0" : String(value);
  return /e/.test(text) && !text.includes(".") ? text.replace("e", ".0e") : text;
}
