import type { KubernetesObject, Manifest } from "../model/manifest.js";
import { withMaskedSecret } from "../model/redact.js";
import { CommentHeaders } from "./comments.js";
import { withTopLevelOrder } from "./key-order.js";
import type { EmitOptions } from "./options.js";
import { yamlWriter } from "./yaml-writer.js";

/** Each object's text in the format asked for: YAML with its comments, or JSON. Every layout is built from these. */
export function documents(manifests: readonly Manifest[], options: Pick<EmitOptions, "format" | "comments" | "baseDir" | "maskSecrets">): string[] {
  const headers = new CommentHeaders(options.baseDir);
  return manifests.map((manifest) => {
    const object = options.maskSecrets === true ? withMaskedSecret(manifest.object) : manifest.object;
    return options.format === "json" ? json(withTopLevelOrder(object)) : yamlText(manifest, object, options.comments, headers);
  });
}

/** The stream layout in YAML: every object's text and "---" between them, written into one text. */
export function yamlStream(manifests: readonly Manifest[], options: Pick<EmitOptions, "comments" | "baseDir" | "maskSecrets">): string {
  const headers = new CommentHeaders(options.baseDir);
  return yamlWriter.writeStream(manifests.length, (index) => {
    const manifest = manifests[index]!;
    const object = options.maskSecrets === true ? withMaskedSecret(manifest.object) : manifest.object;
    return options.comments ? { value: object, headerBlock: headers.of(manifest), notes: manifest.fieldNotes } : { value: object };
  }, "---\n");
}

/** One object as plain `convert` writes it (Helm templates start from this text). */
export function yamlDocument(manifest: Manifest, options: Pick<EmitOptions, "comments" | "baseDir">): string {
  return yamlText(manifest, manifest.object, options.comments, new CommentHeaders(options.baseDir));
}

/** `object` is the manifest's object, or its masked copy. */
function yamlText(manifest: Manifest, object: KubernetesObject, comments: boolean, headers: CommentHeaders): string {
  if (!comments) return yamlWriter.write({ value: object });
  return yamlWriter.write({ value: object, headerBlock: headers.of(manifest), notes: manifest.fieldNotes });
}

export const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
