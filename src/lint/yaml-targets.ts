import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Node } from "yaml";
import type { Location, Path } from "../diagnostics/types.js";
import type { KubernetesObject } from "../model/manifest.js";
import type { LintTarget } from "./types.js";

/** A problem with a manifest file itself, positioned: not YAML, or a document that is no Kubernetes object. */
export interface ManifestProblem {
  kind: "syntax" | "not-an-object";
  location: Location;
  detail: string;
}

/**
 * Hand-written manifests (`kubepose lint k8s/`): each document of a YAML file (JSON is YAML too)
 * becomes a target whose fields are located at their line in the file. Empty documents are skipped;
 * a List's items are linted one by one.
 */
export function yamlTargets(file: string, text: string): { targets: LintTarget[]; problems: ManifestProblem[] } {
  const lines = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter: lines });
  const position = (offset: number): Location => {
    const { line, col } = lines.linePos(offset);
    return { file, line, column: col };
  };
  const targets: LintTarget[] = [];
  const problems: ManifestProblem[] = [];
  for (const document of Array.isArray(documents) ? documents : []) {
    const [error] = document.errors;
    if (error !== undefined) {
      problems.push({ kind: "syntax", location: position(error.pos[0]), detail: error.message.split("\n")[0] ?? error.message });
      continue;
    }
    const value: unknown = document.toJS();
    if (value === null || value === undefined) continue;
    const root = document.contents;
    const start = position(root?.range?.[0] ?? 0);
    const items = isObject(value) && value.kind === "List" && Array.isArray(value["items"]) ? value["items"].map((item: unknown, index: number) => ({ item, prefix: ["items", index] as Path })) : [{ item: value, prefix: [] as Path }];
    for (const { item, prefix } of items) {
      if (!isObject(item) || typeof item.apiVersion !== "string" || typeof item.kind !== "string" || typeof item.metadata?.name !== "string") {
        problems.push({ kind: "not-an-object", location: prefix.length === 0 ? start : locate(root, prefix, position) ?? start, detail: "no apiVersion, kind and metadata.name" });
        continue;
      }
      targets.push({ object: item, locate: (field) => locate(root, [...prefix, ...field], position) ?? start });
    }
  }
  if (!Array.isArray(documents)) problems.push({ kind: "syntax", location: position(0), detail: "cannot read the file as YAML" });
  return { targets, problems };
}

function isObject(value: unknown): value is KubernetesObject & Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "kind" in value;
}

/** The line of the deepest part of `path` the document has: the key of a mapping entry, or a sequence item. */
function locate(root: Node | null | undefined, path: Path, position: (offset: number) => Location): Location | undefined {
  let node: unknown = root;
  let found: number | undefined = root?.range?.[0];
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (pair === undefined) break;
      if (isScalar(pair.key) && pair.key.range) found = pair.key.range[0];
      node = pair.value;
    } else if (isSeq(node) && typeof key === "number") {
      const item: unknown = node.items[key];
      if (item === undefined) break;
      if (isMap(item) || isSeq(item) || isScalar(item)) found = item.range?.[0] ?? found;
      node = item;
    } else break;
  }
  return found === undefined ? undefined : position(found);
}
