/**
 * Variable substitution with the semantics of `docker compose`:
 *   "$VAR" "${VAR}"            value, or "" with a warning when unset
 *   "${VAR:-default}"          default when VAR is unset or empty   ("-default": unset only)
 *   "${VAR:?message}"          error carrying message when unset or empty ("?message": unset only)
 *   "${VAR:+alternative}"      alternative when VAR is set and non-empty ("+alternative": set)
 *   "$$"                       a literal "$"
 *   "$(date)" "^a$" "$1" "a $" a "$" followed by no name and no "{" stays literal text, as in compose-go's
 *                              template pattern (`\$(?i:(\$)|([_a-z][_a-z0-9]*)|{(?:(braced)}|(invalid)))`):
 *                              only "${" that is not a valid reference is an error.
 * Defaults, messages and alternatives may themselves contain references: "${A:-${B:-x}}".
 * Unlike compose-go, a default is only expanded when it is used, so a `:?` inside an unused default
 * does not fail.
 */

export type Lookup = (name: string) => string | undefined;

export type SubstituteError =
  | { kind: "syntax" }
  | { kind: "required"; variable: string; message: string };

export type SubstituteResult = { ok: true; value: string } | { ok: false; error: SubstituteError };

export interface SubstituteOptions {
  /** Called once per reference to an unset variable that has no default ("$X", "${X}"). */
  onUnset?: (name: string) => void;
  /**
   * Env files are forgiving: a malformed "${" stays literal instead of being an error (a "$" followed
   * by no name and no "{" is literal everywhere).
   */
  lenient?: boolean;
}

type Operator = ":-" | "-" | ":?" | "?" | ":+" | "+";

/** Two-character operators first, so ":-" is not read as ":" followed by "-". */
const operatorOrder: readonly Operator[] = [":-", ":?", ":+", "-", "?", "+"];

/** What each operator yields, given the variable's value (undefined = unset) and its lazily expanded argument. */
const operators = {
  ":-": (value, argument) => (value === undefined || value === "" ? argument() : value),
  "-": (value, argument) => (value === undefined ? argument() : value),
  ":?": (value, argument) => (value === undefined || value === "" ? { required: argument() } : value),
  "?": (value, argument) => (value === undefined ? { required: argument() } : value),
  ":+": (value, argument) => (value !== undefined && value !== "" ? argument() : ""),
  "+": (value, argument) => (value !== undefined ? argument() : ""),
} satisfies Record<Operator, (value: string | undefined, argument: () => string) => string | { required: string }>;

/** Nested defaults deeper than this are refused rather than risking the stack. */
const maxNesting = 64;

interface State {
  lookup: Lookup;
  options: SubstituteOptions;
  error?: SubstituteError;
}

export function substitute(template: string, lookup: Lookup, options: SubstituteOptions = {}): SubstituteResult {
  if (!template.includes("$")) return { ok: true, value: template };
  const state: State = { lookup, options };
  const value = expand(template, state, 0);
  return state.error ? { ok: false, error: state.error } : { ok: true, value };
}

const isNameStart = (c: string | undefined): boolean => c !== undefined && /[A-Za-z_]/.test(c);
const isNameChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9_]/.test(c);

function readName(text: string, start: number): number {
  let end = start;
  if (!isNameStart(text[end])) return start;
  while (isNameChar(text[end])) end++;
  return end;
}

function expand(text: string, state: State, nesting: number): string {
  if (nesting > maxNesting) return fail(state, { kind: "syntax" });
  let out = "";
  let index = 0;
  while (index < text.length) {
    const dollar = text.indexOf("$", index);
    if (dollar < 0) return out + text.slice(index);
    out += text.slice(index, dollar);
    const next = text[dollar + 1];
    if (next === "$") {
      out += "$";
      index = dollar + 2;
      continue;
    }
    const end = next === "{" ? braced(text, dollar, state, nesting) : named(text, dollar, state);
    if (state.error) return "";
    if (end === undefined) {
      if (next === "{" && !state.options.lenient) return fail(state, { kind: "syntax" });
      out += "$";
      index = dollar + 1;
      continue;
    }
    out += end.value;
    index = end.next;
  }
  return out;
}

type Piece = { value: string; next: number };

/** "$VAR" at `dollar`; undefined when no name follows ("$1", "$ ", a trailing "$"). */
function named(text: string, dollar: number, state: State): Piece | undefined {
  const end = readName(text, dollar + 1);
  if (end === dollar + 1) return undefined;
  const name = text.slice(dollar + 1, end);
  return { value: plainValue(name, state), next: end };
}

/** "${...}" at `dollar`; undefined when malformed ("${", "${VAR", "${-x}", "${VAR.x}"). */
function braced(text: string, dollar: number, state: State, nesting: number): Piece | undefined {
  const nameStart = dollar + 2;
  const nameEnd = readName(text, nameStart);
  if (nameEnd === nameStart) return undefined;
  const name = text.slice(nameStart, nameEnd);
  if (text[nameEnd] === "}") return { value: plainValue(name, state), next: nameEnd + 1 };
  const operator = operatorOrder.find((op) => text.startsWith(op, nameEnd));
  if (!operator) return undefined;
  const argumentStart = nameEnd + operator.length;
  const close = matchingBrace(text, argumentStart);
  if (close === undefined) return undefined;
  const argument = () => expand(text.slice(argumentStart, close), state, nesting + 1);
  const result = operators[operator](state.lookup(name), argument);
  if (typeof result !== "string") {
    if (!state.error) fail(state, { kind: "required", variable: name, message: result.required });
    return { value: "", next: close + 1 };
  }
  return { value: result, next: close + 1 };
}

/** Index of the "}" closing a reference whose argument starts at `start`; inner "${" open nested ones. */
function matchingBrace(text: string, start: number): number | undefined {
  let depth = 1;
  for (let i = start; i < text.length; i++) {
    if (text.startsWith("${", i)) {
      depth++;
      i++;
    } else if (text[i] === "}") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return undefined;
}

function plainValue(name: string, state: State): string {
  const value = state.lookup(name);
  if (value !== undefined) return value;
  state.options.onUnset?.(name);
  return "";
}

function fail(state: State, error: SubstituteError): string {
  state.error ??= error;
  return "";
}
