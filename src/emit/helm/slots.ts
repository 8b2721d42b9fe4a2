import { formatPath, type Path } from "../../diagnostics/types.js";
import type { ExplanationId } from "../../model/explanation-ids.generated.js";
import type { FieldTrace, Manifest } from "../../model/manifest.js";

/** One entry of values.yaml: its path, its default, and what the comment above it says. */
export interface ValueSlot {
  valuePath: (string | number)[];
  value: unknown;
  description: string;
  /** The Compose key it came from ("services.web.deploy.replicas"), or the default kubepose chose. */
  from: string;
  /** The explanation topic (`kubepose explain TOPIC`). */
  topic: ExplanationId;
}

/**
 * How a value is written into a template:
 * - scalar: a number or boolean as it is; string: quoted;
 * - image: the image helper joins repository, tag and digest;
 * - base64: a Secret's `data` entry, encoded at install time;
 * - block: a mapping or list, written below its key with toYaml;
 * - secret-name: the name of a Secret the chart may not create (its `existingSecret` value wins).
 */
export type Render =
  | { kind: "scalar" | "string" | "image" | "base64" | "block" }
  | { kind: "secret-name"; name: string };

/** A field of one object that the chart takes from values.yaml. */
export interface FieldTemplate {
  field: Path;
  slot: ValueSlot;
  render: Render;
  /** The object has no such field: it is written only when the value is set (empty values leave it out). */
  optional?: boolean;
}

/** Whether an object is rendered at all: `if VALUE` (optional objects) or `if not VALUE` (an existing Secret). */
export interface Condition {
  slot: ValueSlot;
  negate: boolean;
}

/** What the chart makes of one converted object. */
export interface ObjectTemplate {
  manifest: Manifest;
  fields: FieldTemplate[];
  condition?: Condition;
}

/** `index .Values "services" "web" "replicas"`: works for every key, also those with "-" or ".". */
export const valueExpression = (valuePath: readonly (string | number)[]): string =>
  `(index .Values ${valuePath.map((part) => JSON.stringify(part)).join(" ")})`;

/** A node of one object's traced fields, by path part (a Map keeps item 0 and key "0" apart). */
interface TraceNode {
  trace?: FieldTrace;
  children?: Map<string | number, TraceNode>;
}

/** Each object's traces as a tree of field parts (a later trace of one field wins, as in the views), built once per object. */
const traceTrees = new WeakMap<Manifest, TraceNode>();

/*
 * A tree, and the text formatted only for a field asked: a map keyed by each trace's JSON path with its
 * text formatted up front cost a string pair per trace of every object (~40% of the report's chart
 * values), where the chart asks a few fields per object.
 */
function traceTree(manifest: Manifest): TraceNode {
  let root = traceTrees.get(manifest);
  if (root === undefined) {
    root = {};
    for (const trace of manifest.traces ?? []) {
      let node = root;
      for (const part of trace.field) {
        node.children ??= new Map();
        let child = node.children.get(part);
        if (!child) node.children.set(part, (child = {}));
        node = child;
      }
      node.trace = trace;
    }
    traceTrees.set(manifest, root);
  }
  return root;
}

/**
 * The Compose key a field was traced to, or the default kubepose chose for it: the trace of the field
 * itself or of its nearest traced ancestor, one tree step per path part (a Service of 10,000 ports asks 10,000 times).
 */
export function traceOf(manifest: Manifest, field: Path): string {
  const traces = manifest.traces ?? [];
  const found = traces.length <= scanLimit ? scannedTrace(traces, field) : treeTrace(manifest, field);
  if (found === undefined) return formatPath(manifest.source);
  return "source" in found ? formatPath(found.source) : `default: ${found.default}`;
}

/**
 * An object of a few traces (nearly all of them) is scanned, without building its tree: the chart asks
 * a few fields per object, and a tree of Maps per object was most of the chart values' first call.
 */
const scanLimit = 64;

/** The longest traced prefix of the field; of two traces of one field, the later (as the tree keeps it). */
export function scannedTrace(traces: readonly FieldTrace[], field: Path): FieldTrace | undefined {
  let found: FieldTrace | undefined;
  let depth = -1;
  // By index: a for-of allocates a result object per step until optimized (every slot scans its object's traces).
  for (let index = 0; index < traces.length; index++) {
    const trace = traces[index]!;
    const at = trace.field;
    if (at.length < depth || at.length > field.length) continue;
    let prefix = true;
    for (let i = 0; i < at.length && prefix; i++) prefix = at[i] === field[i];
    if (prefix) {
      found = trace;
      depth = at.length;
    }
  }
  return found;
}

export function treeTrace(manifest: Manifest, field: Path): FieldTrace | undefined {
  let node: TraceNode | undefined = traceTree(manifest);
  let found = node.trace;
  for (const part of field) {
    node = node.children?.get(part);
    if (!node) break;
    if (node.trace) found = node.trace;
  }
  return found;
}

/** The Compose service an object or field belongs to: the first "services.NAME" it is traced to. */
export function composeService(manifest: Manifest, field: Path = []): string {
  const traced = traceOf(manifest, field).match(/^services\.([^.]+)/)?.[1];
  if (traced !== undefined) return traced;
  return manifest.source[0] === "services" && typeof manifest.source[1] === "string" ? manifest.source[1] : manifest.object.metadata.name;
}

/** Reads a nested field of a JSON object; undefined when any step is missing. */
export function fieldAt(value: unknown, field: Path): unknown {
  let current = value;
  for (let index = 0; index < field.length; index++) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[field[index]!];
  }
  return current;
}
