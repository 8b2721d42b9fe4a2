import type { Manifest } from "../model/manifest.js";
import { withMaskedSecret } from "../model/redact.js";
import { headerLines } from "./comments.js";
import { withTopLevelOrder } from "./key-order.js";
import type { EmitOptions } from "./options.js";
import { yamlWriter } from "./yaml-writer.js";

/** Each object's text in the format asked for: YAML with its comments, or JSON. Every layout is built from these. */
export function documents(manifests: readonly Manifest[], options: Pick<EmitOptions, "format" | "comments" | "baseDir" | "maskSecrets">): string[] {
  return manifests.map((original) => {
    const manifest = options.maskSecrets === true ? { ...original, object: withMaskedSecret(original.object) } : original;
    return options.format === "json" ? json(withTopLevelOrder(manifest.object)) : yamlDocument(manifest, options);
  });
}

export function yamlDocument(manifest: Manifest, options: Pick<EmitOptions, "comments" | "baseDir">): string {
  if (!options.comments) return yamlWriter.write({ value: manifest.object });
  return yamlWriter.write({
    value: manifest.object,
    header: headerLines(manifest, options.baseDir),
    notes: manifest.fieldNotes,
  });
}

export const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
