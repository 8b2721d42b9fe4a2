import { Composer, LineCounter, Parser, YAMLParseError, isAlias, isCollection, isScalar, visit, type CST, type Document } from "yaml";
import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Location, Path } from "../diagnostics/types.js";
import { maxDepth } from "./interpolate-document.js";
import { nestingDepth } from "./yaml-depth.js";
import { YamlLocator, type Found } from "./yaml-locate.js";

/**
 * The one place that knows which YAML parser is used, so it can be swapped (for speed, say) without
 * touching the rest of load. Everything after this sees plain data plus `find()`.
 */
export interface ParsedYaml {
  file: string;
  text: string;
  /** The top-level mapping as plain data (anchors, aliases and `<<` merges applied); undefined on error. */
  value: Record<string, unknown> | undefined;
  diagnostics: Diagnostic[];
  /** Where the deepest existing prefix of `path` was written; undefined when the file did not parse. */
  find(path: Path): Found | undefined;
}

/** Compose files are hand-written; anything larger is refused before the parser sees it. */
export const maxFileBytes = 10 * 1024 * 1024;
/**
 * An anchor reused this many times (times its own alias count) is taken for an attack. High enough for
 * `<<: *defaults` in every one of thousands of services.
 */
const maxAliasCount = 10_000;
/** After this many syntax errors the rest are noise. */
const maxReportedErrors = 20;

export function parseYaml(text: string, file: string): ParsedYaml {
  const failed = (diagnostics: Diagnostic[]): ParsedYaml => ({ file, text, value: undefined, diagnostics, find: () => undefined });
  const size = byteLength(text);
  if (size > maxFileBytes) return failed([diagnostic("file-too-large", [], { size, limit: maxFileBytes }, start(file))]);

  const lineCounter = new LineCounter();
  const tokens: CST.Token[] = [...new Parser(lineCounter.addNewLine).parse(text)];
  if (nestingDepth(tokens, maxDepth) > maxDepth) return failed([diagnostic("yaml-too-deep", [], { limit: maxDepth }, start(file))]);

  const doc = composeOne(tokens, text.length);
  const locator = new YamlLocator(doc, lineCounter, file);
  const parsed = (value: Record<string, unknown> | undefined, diagnostics: Diagnostic[]): ParsedYaml => ({
    file,
    text,
    value,
    diagnostics,
    find: (path) => locator.find(path),
  });

  if (doc.errors.length > 0) {
    const diagnostics = doc.errors.slice(0, maxReportedErrors).map((error) => {
      const location = at(lineCounter, file, error.pos[0]);
      if (error.code === "DUPLICATE_KEY") {
        return diagnostic("yaml-duplicate-key", [], { key: text.slice(error.pos[0], error.pos[1]).trim() }, location);
      }
      return diagnostic("yaml-syntax", [], { reason: firstLine(error.message) }, location);
    });
    return parsed(undefined, diagnostics);
  }

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount });
  } catch (error) {
    // toJS throws for excessive aliases, for aliases to unknown anchors, and (RangeError) when aliases
    // nest deeper than the stack allows. None of these is a bug of ours.
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof RangeError) return parsed(undefined, [diagnostic("yaml-too-deep", [], { limit: maxDepth }, start(file))]);
    if (message.includes("Excessive alias count")) return parsed(undefined, [diagnostic("yaml-alias-bomb", [], {}, start(file))]);
    const where = firstUnresolvedAlias(doc);
    const location = where === undefined ? start(file) : at(lineCounter, file, where);
    return parsed(undefined, [diagnostic("yaml-syntax", [], { reason: firstLine(message) }, location)]);
  }
  if (value === null || value === undefined) return parsed({}, []);
  if (typeof value !== "object" || Array.isArray(value)) {
    const found = Array.isArray(value) ? "sequence" : `${typeof value} value`;
    return parsed(undefined, [diagnostic("not-a-mapping", [], { found }, locator.find([]).location)]);
  }
  return parsed(value as Record<string, unknown>, []);
}

/** Like yaml's parseDocument, but from tokens already checked for depth. */
function composeOne(tokens: readonly CST.Token[], length: number): Document.Parsed {
  const composer = new Composer({ merge: true, uniqueKeys: true });
  let first: Document.Parsed | undefined;
  for (const doc of composer.compose(tokens, true, length)) {
    if (!first) {
      first = doc;
      continue;
    }
    const [from, to] = doc.range;
    first.errors.push(new YAMLParseError([from, to], "MULTIPLE_DOCS", "a Compose file holds one YAML document, this one has a second after ---"));
    break;
  }
  if (!first) throw new Error("yaml Composer returned no document although forceDoc was set");
  return first;
}

/** Offset of the first alias used before any anchor of its name ("image: *nowhere"), to point at it. */
function firstUnresolvedAlias(doc: Document.Parsed): number | undefined {
  const anchors = new Set<string>();
  let offset: number | undefined;
  visit(doc, (_key, node) => {
    if (isAlias(node) && !anchors.has(node.source)) {
      offset = node.range?.[0];
      return visit.BREAK;
    }
    if ((isScalar(node) || isCollection(node)) && node.anchor) anchors.add(node.anchor);
    return undefined;
  });
  return offset;
}

function at(lineCounter: LineCounter, file: string, offset: number): Location {
  const { line, col } = lineCounter.linePos(offset);
  return { file, line, column: col };
}

const start = (file: string): Location => ({ file, line: 1, column: 1 });

const firstLine = (message: string): string => message.split("\n")[0] ?? message;

/** UTF-8 size; exact only when it could matter (a text of n characters has at most 3n bytes). */
function byteLength(text: string): number {
  if (text.length * 3 <= maxFileBytes) return text.length;
  return new TextEncoder().encode(text).length;
}
