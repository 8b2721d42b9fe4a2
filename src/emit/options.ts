/** The format objects are written in: YAML documents with comments, or JSON (no comments). */
export type OutputFormat = "yaml" | "json";

/**
 * How the objects are laid out: one stream holding all of them (`-o -`, `-o all.yaml`), one file per
 * object (`-o k8s/`), one text per object in order (the views and the playground show each on its own),
 * a Helm chart (`-c -o chart/`), or a Kustomize base with one overlay per environment (`--kustomize -o deploy/`).
 */
export type OutputLayout = "stream" | "files" | "documents" | "chart" | "kustomize";

/** What emit returns for each layout: the stream's text, file name → content, or each object's text. */
export interface Emitted {
  stream: string;
  files: Map<string, string>;
  documents: string[];
  /** Path inside the chart folder ("templates/web-deployment.yaml") → content. */
  chart: Map<string, string>;
  /** Path inside the folder ("base/kustomization.yaml", "overlays/prod/namespace.yaml") → content. */
  kustomize: Map<string, string>;
}

export interface EmitOptions<L extends OutputLayout = OutputLayout> {
  format: OutputFormat;
  layout: L;
  comments: boolean;
  /** Compose file names in "# from …" comments are written relative to this directory (usually the cwd). */
  baseDir?: string;
  /**
   * Views (compare, the HTML page, the playground) are read, pasted and shared: there a Secret shows its
   * keys with a mask, never its values (model/redact.ts). Files for kubectl keep the values.
   */
  maskSecrets?: boolean;
  /** The Compose project's name: the chart's name, and the overlays' namespaces without -n. The pipeline fills it in. */
  project?: string;
  /** -n: the overlays' namespaces are named after it (`shop-dev`). */
  namespace?: string;
  /** The Kustomize overlays, one per environment; default dev, staging, prod. */
  environments?: readonly string[];
}
