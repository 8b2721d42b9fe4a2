import type { Manifest } from "../model/manifest.js";
import { withMaskedSecret } from "../model/redact.js";
import { headerLines } from "./comments.js";
import { fileNames } from "./file-names.js";
import { withTopLevelOrder } from "./key-order.js";
import type { EmitOptions, Emitted, OutputLayout } from "./options.js";
import { yamlWriter } from "./yaml-writer.js";

export type { EmitOptions, Emitted, OutputFormat, OutputLayout } from "./options.js";

/**
 * The one way kubepose writes objects out, for the CLI, the views, the playground and library users:
 * only the layout asked for is rendered. Each object's text is the same in every layout.
 */
export function emit<L extends OutputLayout>(manifests: readonly Manifest[], options: EmitOptions<L>): Emitted[L] {
  const render = layouts[options.layout] as (manifests: readonly Manifest[], options: EmitOptions) => Emitted[L];
  return render(manifests, options);
}

const layouts: { [L in OutputLayout]: (manifests: readonly Manifest[], options: EmitOptions) => Emitted[L] } = {
  // kubectl accepts a List and applies its items one by one; JSON has no comments to carry.
  stream: (manifests, options) =>
    options.format === "json"
      ? json({ apiVersion: "v1", kind: "List", items: manifests.map((m) => withTopLevelOrder(m.object)) })
      : documents(manifests, options).join("---\n"),
  // Names stable and unique ("web-deployment.yaml"), in object order.
  files: (manifests, options) => {
    const names = fileNames(manifests.map((m) => m.object), options.format);
    return new Map(documents(manifests, options).map((content, index) => [names[index]!, content]));
  },
  documents: (manifests, options) => documents(manifests, options),
};

function documents(manifests: readonly Manifest[], options: EmitOptions): string[] {
  return manifests.map((original) => {
    const manifest = options.maskSecrets === true ? { ...original, object: withMaskedSecret(original.object) } : original;
    return options.format === "json" ? json(withTopLevelOrder(manifest.object)) : yamlDocument(manifest, options);
  });
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
