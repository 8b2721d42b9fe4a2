import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Location, Path } from "../diagnostics/types.js";
import { isSensitiveVariable } from "../model/credentials.js";
import { substitute, type Lookup } from "./interpolate.js";
import { MergeTag, isMergeTag } from "./merge-tags.js";
import { put } from "../model/own-keys.js";

/** Deeper than this is no Compose file; refusing it keeps every recursive walk far from the stack limit. */
export const maxDepth = 200;
/**
 * Aliases make the parsed value a graph whose expansion can dwarf the file ("billion laughs"); walking
 * stops past this many nodes. A 10 MiB file written out by hand has well under this many.
 */
export const maxExpandedNodes = 5_000_000;

export interface InterpolateRun {
  file: string;
  lookup: Lookup;
  /** Variables already warned about: docker compose warns once per name, not per use. */
  warnedUnset: Set<string>;
  diagnostics: Diagnostic[];
  /**
   * Where a path of THIS file was written. Diagnostics are placed with it at once, since after the merge
   * the same path may name another file's value.
   */
  locate?: (path: Path) => Location | undefined;
  /** --no-interpolate: strings stay as written, "$$" included (as `docker compose config --no-interpolate`). */
  noInterpolate?: boolean;
  /** Where credential-like variables were substituted into this file's values (see SecretSubstitution). */
  substitutions?: SecretSubstitution[];
  /**
   * The value is plain (ParsedYaml.plain: a tree, no tags): the result then shares every container in
   * which nothing changed with it, instead of copying all of them.
   */
  plain?: boolean;
  /**
   * The text the plain value was read from. Without a "$" in it, nor a backslash (the escape \x24
   * writes a "$" too), no string can change, and the walk stops at the sections.
   */
  text?: string;
}

/**
 * A credential-like variable (model/credentials.ts) whose value was substituted into the string at `path`
 * of `file` (a path of that file, before extends and the merge). Later stages use it to reference the
 * value from a Secret instead of writing it in clear; a value that merely equals it elsewhere is no use.
 */
export interface SecretSubstitution {
  file: string;
  path: Path;
  variable: string;
  value: string;
}

type Walk = InterpolateRun & { nodes: number; stopped: boolean; inert: boolean };

/**
 * Returns `value` with every string VALUE interpolated (mapping keys are left alone), or undefined when
 * the walk had to stop (too deep or too large; a diagnostic says which). The input is never changed.
 */
export function interpolateDocument(value: unknown, run: InterpolateRun): unknown {
  const inert = run.plain === true && run.text !== undefined && !/[$\\]/.test(run.text);
  const walk: Walk = { ...run, nodes: 0, stopped: false, inert };
  const result = visit(value, [], walk);
  return walk.stopped ? undefined : result;
}

/**
 * Which containers are new: all of them when nodes may be shared (the document must be a tree, as
 * an alias expands to copies); otherwise those in which something changed, and always the document
 * and its sections, which extends and include change in place (the 1000-service bench has no "$":
 * copying it all cost ~10 ms).
 */
const copies = (path: Path, walk: Walk): boolean => walk.plain !== true || path.length < 2;

/**
 * `path` is one stack pushed and popped as the walk goes (a fresh array per node cost more than the
 * copy itself on a 1000-service file); a diagnostic or a substitution takes a copy of it.
 */
function visit(value: unknown, path: (string | number)[], walk: Walk): unknown {
  if (walk.stopped) return undefined;
  if (++walk.nodes > maxExpandedNodes) return stop(walk, diagnostic("yaml-alias-bomb", [], {}, fileStart(walk.file)));
  if (path.length > maxDepth) return stop(walk, diagnostic("yaml-too-deep", [], { limit: maxDepth }, fileStart(walk.file)));
  if (walk.inert && path.length >= 2) return value;
  if (typeof value === "string") return walk.noInterpolate === true || !value.includes("$") ? value : interpolateString(value, [...path], walk);
  // `ports: !override ["${PORT}:80"]`: the tag stays for the merge, its value is interpolated.
  if (isMergeTag(value)) return new MergeTag(value.kind, visit(value.value, path, walk));
  if (Array.isArray(value)) {
    let copy = copies(path, walk) ? value.slice() : undefined;
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      const item = visit(value[index], path, walk);
      path.pop();
      if (item !== value[index]) (copy ??= value.slice())[index] = item;
    }
    return copy ?? value;
  }
  if (value !== null && typeof value === "object") {
    const mapping = value as Record<string, unknown>;
    let copy = copies(path, walk) ? copyOf(mapping) : undefined;
    for (const key of Object.keys(mapping)) {
      path.push(key);
      const item = visit(mapping[key], path, walk);
      path.pop();
      if (item !== mapping[key]) put((copy ??= copyOf(mapping)), key, item);
    }
    return copy ?? value;
  }
  return value;
}

/**
 * A mapping's own keys in a new object, "__proto__" included (put). Not `{ ...mapping }`: spreading the
 * 1000 services of the bench took 5–27 ms cold, this loop 0.2 ms.
 */
function copyOf(mapping: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(mapping)) put(copy, key, mapping[key]);
  return copy;
}

function interpolateString(text: string, path: Path, walk: Walk): string {
  const used: { variable: string; value: string }[] = [];
  const lookup: Lookup = (name) => {
    const value = walk.lookup(name);
    if (value !== undefined && value !== "" && isSensitiveVariable(name, value)) used.push({ variable: name, value });
    return value;
  };
  const result = substitute(text, lookup, {
    onUnset: (name) => {
      if (walk.warnedUnset.has(name)) return;
      walk.warnedUnset.add(name);
      walk.diagnostics.push(diagnostic("interpolation-unset", path, { variable: name }, walk.locate?.(path)));
    },
  });
  if (result.ok) {
    // "${A:+x}" looks A up without inserting it: only values that reached the result count.
    for (const use of used) if (result.value.includes(use.value)) walk.substitutions?.push({ file: walk.file, path, ...use });
    return result.value;
  }
  const { error } = result;
  const location = walk.locate?.(path);
  // The caret goes to the reference itself, not the start of the value: `A: "x ${FOO"` points at `${`.
  const mark = error.kind === "syntax" ? (text.includes("${") ? "${" : "$") : `\${${error.variable}`;
  const found =
    error.kind === "syntax"
      ? diagnostic("interpolation-syntax", path, { template: text }, location)
      : diagnostic("interpolation-required", path, { variable: error.variable, message: error.message }, location);
  walk.diagnostics.push({ ...found, mark });
  return text;
}

/** Problems of the whole file point at its start: no single path is to blame. */
const fileStart = (file: string) => ({ file, line: 1, column: 1 });

function stop(walk: Walk, problem: Diagnostic): undefined {
  walk.stopped = true;
  walk.diagnostics.push(problem);
  return undefined;
}
