import { EVENT_ID, YAMLException, getScalarValue, type Event } from "js-yaml";
import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Location } from "../diagnostics/types.js";
import { maxDepth } from "./interpolate-document.js";
import type { LineStarts } from "./line-starts.js";

/**
 * Turns anything js-yaml throws into a diagnostic. Its exceptions carry a reason and a mark (0-based
 * line and column); the kind of problem is known only from the reason's wording, so the reasons that
 * have a code of their own are matched by their start, and anything else is a syntax error.
 * Non-YAML exceptions are caught too: a RangeError is a stack exhausted by nesting.
 */
/** `lines` places the error when the parser read a text whose lines differ from the file's (see flow-indent.ts). */
export function yamlErrorDiagnostic(error: unknown, text: string, file: string, events: readonly Event[] | undefined, lines?: LineStarts): Diagnostic {
  const start: Location = { file, line: 1, column: 1 };
  if (error instanceof RangeError) return diagnostic("yaml-too-deep", [], { limit: maxDepth }, start);
  if (!(error instanceof YAMLException)) {
    const message = error instanceof Error ? error.message : String(error);
    return diagnostic("yaml-syntax", [], { reason: message.split("\n")[0] ?? message }, start);
  }
  const { reason, mark } = error;
  const kind = reasonKinds.find(([prefix]) => reason.startsWith(prefix))?.[1];
  if (kind === "depth") return diagnostic("yaml-too-deep", [], { limit: maxDepth }, start);
  if (kind === "aliases") return diagnostic("yaml-alias-bomb", [], {}, start);
  if (!mark) return diagnostic("yaml-syntax", [], { reason }, start);
  // js-yaml marks the name of an alias ("*nowhere") and the text of a quoted key ("'web'"); the
  // diagnostic points at the "*" or the quote, where the node starts.
  const before = text[mark.position - 1];
  const steps = (kind === "alias" && before === "*") || (kind === "duplicate" && (before === '"' || before === "'")) ? 1 : 0;
  // After flow-indent.ts joined lines, js-yaml's line numbers are the parser's; offsets are the file's.
  const at = lines ? lines.position(mark.position) : { line: mark.line + 1, column: mark.column + 1 };
  const location: Location = { file, line: at.line, column: at.column - steps };
  if (kind === "duplicate") return diagnostic("yaml-duplicate-key", [], { key: keyAt(text, mark.position, events) }, location);
  return diagnostic("yaml-syntax", [], { reason }, location);
}

const reasonKinds: readonly (readonly [string, "depth" | "aliases" | "duplicate" | "alias"])[] = [
  ["nesting exceeded maxDepth", "depth"],
  ["aliases exceeded maxAliases", "aliases"],
  ["merge keys exceeded maxTotalMergeKeys", "aliases"],
  ["duplicated mapping key", "duplicate"],
  ["unidentified alias", "alias"],
];

/** The key written at an offset: from the scalar event starting there, else the text up to ":". */
function keyAt(text: string, offset: number, events: readonly Event[] | undefined): string {
  for (const event of events ?? []) {
    if (event.type === EVENT_ID.SCALAR && event.valueStart === offset) return getScalarValue(text, event);
  }
  return (text.slice(offset).split(/:[\s]|\n/)[0] ?? "").trim();
}
