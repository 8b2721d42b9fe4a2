import type { Manifest } from "../convert/manifest.js";

export type OutputFormat = "yaml" | "json";

export interface EmitOptions {
  format: OutputFormat;
  comments: boolean;
}

/** One multi-document YAML stream (or a JSON List) holding every object. */
export function emitStream(manifests: Manifest[], options: EmitOptions): string {
  void manifests;
  void options;
  throw new Error("emit: not implemented yet");
}

/** One file per object: file name → content, names stable and unique ("web-deployment.yaml"). */
export function emitFiles(manifests: Manifest[], options: EmitOptions): Map<string, string> {
  void manifests;
  void options;
  throw new Error("emit: not implemented yet");
}
