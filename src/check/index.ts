import type { Diagnostic, Path } from "../diagnostics/types.js";
import { formatPath } from "../diagnostics/types.js";
import { diagnostic } from "../diagnostics/codes.js";
import type { Manifest } from "../model/manifest.js";
import { checkApiRules } from "./api-rules.js";
import { rootTypes } from "./k8s-fields.generated.js";
import { kindKey, modelClasses } from "./kinds.js";
import { isRecord, shown, type Report } from "./object-access.js";
import { schemaFindings } from "./schema.js";
import { certainlyClean } from "./shape.js";
import { unknownFields } from "./unknown-fields.js";

export { productionFindings } from "./production.js";

/**
 * Checks every object before it is written: the Kubernetes OpenAPI schema, unknown fields, and the
 * API server's own rules. Each finding is an error whose path is the manifest's source.
 */
export function checkManifests(manifests: Manifest[]): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const manifest of manifests) checkManifest(manifest, found);
  return found;
}

/** Adds the object's findings to `found`. */
function checkManifest(manifest: Manifest, found: Diagnostic[]): void {
  const object = manifest.object;
  const name = isRecord(object.metadata) && typeof object.metadata.name === "string" ? object.metadata.name : "(unnamed)";
  const label = `${String(object.kind)}/${name}`;
  const at = (field: Path) => (field.length === 0 ? "the object" : formatPath(field));
  const key = kindKey(String(object.apiVersion), String(object.kind));
  const model = modelClasses[key];
  const rootType = rootTypes[key];
  if (!model || !rootType) {
    const known = Object.keys(modelClasses).map((k) => k.replace(/\/([^/]+)$/, " $1")).join(", ");
    found.push(diagnostic("output-unknown-kind", manifest.source, { object: label, apiVersion: String(object.apiVersion), known }));
    return;
  }
  // Nearly every object is clean, and one pass without allocations says so; any doubt takes the exact
  // path (the field walk, then kubernetes-models' copy and validate: 1000 services, 70 of 100 ms).
  if (!certainlyClean(object, key)) {
    for (const { field, type, nearest } of unknownFields(object, rootType)) {
      found.push(diagnostic("output-unknown-field", manifest.source, { object: label, field: at(field), type, nearest: nearest.join(", ") }));
    }
    const schema = schemaFindings(object, model);
    for (const { field, problem } of schema) {
      found.push(diagnostic("output-schema", manifest.source, { object: label, field: at(field), problem }));
    }
    // The rules skip fields of the wrong type; on an object whose shape is wrong they would only repeat it.
    if (schema.length > 0) return;
  }
  const report: Report = (field, problem, value) =>
    found.push(diagnostic("output-rule", manifest.source, { object: label, field: at(field), problem, value: shown(value) }));
  checkApiRules(object, report);
}
