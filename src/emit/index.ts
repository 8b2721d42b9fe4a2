import type { Manifest } from "../model/manifest.js";
import { documents, json, yamlStream } from "./documents.js";
import { fileNames } from "./file-names.js";
import { withTopLevelOrder } from "./key-order.js";
import type { EmitOptions, Emitted, OutputLayout } from "./options.js";
import { chartNotices, helmChart } from "./helm/index.js";
import { DEFAULT_ENVIRONMENTS, kustomizeLayout } from "./kustomize/index.js";
import type { Diagnostic } from "../diagnostics/types.js";
import { diagnostic } from "../diagnostics/codes.js";

export type { EmitOptions, Emitted, OutputFormat, OutputLayout } from "./options.js";
export { chartValueSources } from "./helm/index.js";

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
      : yamlStream(manifests, options),
  // Names stable and unique ("web-deployment.yaml"), in object order.
  files: (manifests, options) => {
    const names = fileNames(manifests.map((m) => m.object), options.format);
    return new Map(documents(manifests, options).map((content, index) => [names[index]!, content]));
  },
  documents: (manifests, options) => documents(manifests, options),
  // Charts and overlays are YAML: Helm templates and kustomizations are text around YAML objects.
  chart: (manifests, options) => helmChart(manifests, { project: options.project ?? "app", comments: options.comments, ...baseDirOf(options) }),
  kustomize: (manifests, options) =>
    kustomizeLayout(manifests, {
      project: options.project ?? "app",
      ...(options.namespace !== undefined ? { namespace: options.namespace } : {}),
      environments: options.environments ?? DEFAULT_ENVIRONMENTS,
      comments: options.comments,
      ...baseDirOf(options),
    }),
};

const baseDirOf = (options: EmitOptions): { baseDir?: string } => (options.baseDir !== undefined ? { baseDir: options.baseDir } : {});

/** What the user must know about an output beyond the objects: a chart's Secrets are empty placeholders. */
export function emitNotices(manifests: readonly Manifest[], options: EmitOptions): Diagnostic[] {
  if (options.layout !== "chart") return [];
  const namespace = options.namespace !== undefined ? [diagnostic("chart-namespace", [], { namespace: options.namespace })] : [];
  return [...namespace, ...chartNotices(manifests, (manifest) => {
    const keys = ["stringData", "data"].flatMap((key) => Object.keys((manifest.object[key] as Record<string, unknown> | undefined) ?? {}));
    return diagnostic("chart-secret-placeholder", manifest.source, { secret: manifest.object.metadata.name, keys: keys.join(", ") });
  })];
}
