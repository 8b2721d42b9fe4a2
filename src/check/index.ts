import type { Diagnostic, Path } from "../diagnostics/types.js";
import { formatPath } from "../diagnostics/types.js";
import { diagnostic } from "../diagnostics/codes.js";
import type { KubernetesObject, Manifest } from "../model/manifest.js";
import { apiRulesFor, checkApiRules, type ApiRule } from "./api-rules.js";
import { rootTypes } from "./k8s-fields.generated.js";
import { kindKey } from "./kind-key.js";
import { isRecord, shown, type Report } from "./object-access.js";
// Loaded on first use in the bundle (scripts/bundle.mjs): see exact.ts.
import * as exact from "./exact.js";
import { certainlyClean } from "./shape.js";
import { unknownFields } from "./unknown-fields.js";

export { productionFindings } from "./production.js";

/**
 * Checks every object before it is written: the Kubernetes OpenAPI schema, unknown fields, and the
 * API server's own rules. Each finding is an error whose path is the manifest's source.
 */
export function checkManifests(manifests: Manifest[]): Diagnostic[] {
  const found: Diagnostic[] = [];
  // One report function for the whole list, reading the manifest being checked, instead of a closure per object.
  let current: Manifest;
  const report: Report = (field, problem, value) =>
    found.push(diagnostic("output-rule", current.source, { object: labelOf(current.object), field: at(field), problem, value: shown(value) }));
  // By index: a for-of allocates a result object per step until optimized.
  for (let index = 0; index < manifests.length; index++) {
    current = manifests[index]!;
    checkManifest(current, found, report);
  }
  return found;
}

/** What an "apiVersion/kind" is checked with; undefined for a kind kubepose does not emit. */
interface KindEntry {
  key: string;
  rootType: string;
  rules: readonly ApiRule[];
}

/**
 * Entries by kind, then apiVersion, built on first use. Thousands of objects share a handful of kinds:
 * one look-up here replaced a "apiVersion/kind" string, three look-ups by it and one by kind per object
 * (1000 services, checkManifest's own time ~13% of check).
 */
const entries = new Map<string, Map<string, KindEntry | undefined>>();

function kindEntry(apiVersion: string, kind: string): KindEntry | undefined {
  let byVersion = entries.get(kind);
  if (byVersion === undefined) entries.set(kind, (byVersion = new Map()));
  if (byVersion.has(apiVersion)) return byVersion.get(apiVersion);
  const key = kindKey(apiVersion, kind);
  // The field table has a root for exactly the kinds the model classes know (tests/check/k8s-fields.test.ts).
  const rootType = rootTypes[key];
  const entry = rootType ? { key, rootType, rules: apiRulesFor(kind) } : undefined;
  byVersion.set(apiVersion, entry);
  return entry;
}

/** "Deployment/api": built only for a finding, not for every object. */
function labelOf(object: KubernetesObject): string {
  const name = isRecord(object.metadata) && typeof object.metadata.name === "string" ? object.metadata.name : "(unnamed)";
  return `${String(object.kind)}/${name}`;
}

const at = (field: Path) => (field.length === 0 ? "the object" : formatPath(field));

/** Adds the object's findings to `found`; the API rules' through `report`. */
function checkManifest(manifest: Manifest, found: Diagnostic[], report: Report): void {
  const object = manifest.object;
  const entry = kindEntry(String(object.apiVersion), String(object.kind));
  if (!entry) {
    found.push(diagnostic("output-unknown-kind", manifest.source, { object: labelOf(object), apiVersion: String(object.apiVersion), known: exact.knownKinds() }));
    return;
  }
  // Nearly every object is clean, and one pass without allocations says so; any doubt takes the exact
  // path (the field walk, then kubernetes-models' copy and validate: 1000 services, 70 of 100 ms).
  if (!certainlyClean(object, entry.key)) {
    const label = labelOf(object);
    for (const { field, type, nearest } of unknownFields(object, entry.rootType)) {
      found.push(diagnostic("output-unknown-field", manifest.source, { object: label, field: at(field), type, nearest: nearest.join(", ") }));
    }
    const schema = exact.schemaFindingsOf(object, entry.key);
    for (const { field, problem } of schema) {
      found.push(diagnostic("output-schema", manifest.source, { object: label, field: at(field), problem }));
    }
    // The rules skip fields of the wrong type; on an object whose shape is wrong they would only repeat it.
    if (schema.length > 0) return;
  }
  // A kind that is not a string only stringifies to a known one; the rules for it are looked up as before.
  checkApiRules(object, typeof object.kind === "string" ? entry.rules : apiRulesFor(object.kind), report);
}
