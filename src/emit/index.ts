import type { Manifest } from "../model/manifest.js";
import { headerLines } from "./comments.js";
import { fileNames } from "./file-names.js";
import { withTopLevelOrder } from "./key-order.js";
import type { EmitOptions } from "./options.js";
import { yamlWriter } from "./yaml-writer.js";

export type { EmitOptions, OutputFormat } from "./options.js";

/** One multi-document YAML stream (or a JSON List) holding every object. */
export function emitStream(manifests: Manifest[], options: EmitOptions): string {
  if (options.format === "json") {
    // kubectl accepts a List and applies its items one by one; JSON has no comments to carry.
    return json({ apiVersion: "v1", kind: "List", items: manifests.map((m) => withTopLevelOrder(m.object)) });
  }
  return manifests.map((manifest) => yamlDocument(manifest, options)).join("---\n");
}

/** One file per object: file name → content, names stable and unique ("web-deployment.yaml"). */
export function emitFiles(manifests: Manifest[], options: EmitOptions): Map<string, string> {
  const names = fileNames(manifests.map((m) => m.object), options.format);
  const files = new Map<string, string>();
  manifests.forEach((manifest, index) => {
    const content = options.format === "json" ? json(withTopLevelOrder(manifest.object)) : yamlDocument(manifest, options);
    files.set(names[index]!, content);
  });
  return files;
}

function yamlDocument(manifest: Manifest, options: EmitOptions): string {
  if (!options.comments) return yamlWriter.write({ value: manifest.object });
  return yamlWriter.write({
    value: manifest.object,
    header: headerLines(manifest, options.baseDir),
    notes: manifest.fieldNotes,
  });
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
