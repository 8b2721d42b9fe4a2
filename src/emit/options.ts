/** How manifests are written: shared by emit/index.ts and file-names.ts. */
export type OutputFormat = "yaml" | "json";

export interface EmitOptions {
  format: OutputFormat;
  comments: boolean;
  /** Compose file names in "# from …" comments are written relative to this directory (usually the cwd). */
  baseDir?: string;
}
