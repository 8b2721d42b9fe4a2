import type { Diagnostic, Path } from "../diagnostics/types.js";
import type { ExplanationId } from "./explanation-ids.js";
import type { FieldNote, Manifest } from "./manifest.js";

/** Where the pod spec and the one container sit inside a Deployment or a Job: field notes point there. */
export const POD_SPEC: Path = ["spec", "template", "spec"];
export const CONTAINER: Path = [...POD_SPEC, "containers", 0];

/**
 * What the concerns of one service add to its workload while they build their fragment: explanation ids
 * (in the order they are added, first wins), field notes, diagnostics, and objects of their own
 * (a Secret for sensitive variables, a ConfigMap for bound files…) in the order they are made.
 */
export class Collector {
  readonly explanations: ExplanationId[] = [];
  readonly fieldNotes: FieldNote[] = [];
  readonly diagnostics: Diagnostic[] = [];
  readonly manifests: Manifest[] = [];

  explain(id: ExplanationId): void {
    if (!this.explanations.includes(id)) this.explanations.push(id);
  }

  note(field: Path, text: string): void {
    this.fieldNotes.push({ field, text });
  }

  report(...diagnostics: Diagnostic[]): void {
    this.diagnostics.push(...diagnostics);
  }

  add(manifest: Manifest): void {
    this.manifests.push(manifest);
  }
}
