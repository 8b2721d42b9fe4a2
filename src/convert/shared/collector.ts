import type { Diagnostic, Path } from "../../diagnostics/types.js";
import type { ExplanationId } from "../../model/explanation-ids.generated.js";
import type { FieldNote, FieldTrace, Manifest } from "../../model/manifest.js";

/** Where the pod spec and the one container sit inside a Deployment or a Job: field notes point there. */
export const POD_SPEC: Path = ["spec", "template", "spec"];
export const CONTAINER: Path = [...POD_SPEC, "containers", 0];

/** A field written from a Compose value: `spec.ports[0]` ← services.web.ports[0]. */
export const tracedTo = (field: Path, source: Path): FieldTrace => ({ field, source });
/** A field kubepose chose itself, with the reason shown to the reader. */
export const defaultedTo = (field: Path, why: string): FieldTrace => ({ field, default: why });

/**
 * What the concerns of one service add to its workload while they build their fragment: explanation ids
 * (in the order they are added, first wins), field notes, field traces, diagnostics, and objects of
 * their own (a Secret for sensitive variables, a ConfigMap for bound files…) in the order they are made.
 * Notes and traces of the workload use the paths of a Deployment (POD_SPEC, CONTAINER); convertService
 * moves them when the workload nests its pod elsewhere (a CronJob).
 */
export class Collector {
  readonly explanations: ExplanationId[] = [];
  fieldNotes: FieldNote[] = [];
  readonly diagnostics: Diagnostic[] = [];
  readonly manifests: Manifest[] = [];
  /** Traces of the workload's fields, least specific first: a later trace of one field wins. */
  traces: FieldTrace[] = [];

  explain(id: ExplanationId): void {
    if (!this.explanations.includes(id)) this.explanations.push(id);
  }

  note(field: Path, text: string): void {
    this.fieldNotes.push({ field, text });
  }

  /** The workload's `field` was written from the Compose value at `source`. */
  trace(field: Path, source: Path): void {
    this.traces.push({ field, source });
  }

  /** The workload's `field` is kubepose's own choice, for the reason `why` ("Compose default 30s"). */
  defaulted(field: Path, why: string): void {
    this.traces.push({ field, default: why });
  }

  /** Moves (or, for undefined, drops) traces when a field moves after it was traced. */
  remapTraces(move: (field: Path) => Path | undefined): void {
    this.traces = moveFields(this.traces, move);
  }

  /** Moves traces and field notes together: a CronJob keeps the pod under spec.jobTemplate.spec.template. */
  movePodFields(move: (field: Path) => Path): void {
    this.traces = moveFields(this.traces, move);
    this.fieldNotes = moveFields(this.fieldNotes, move);
  }

  report(...diagnostics: Diagnostic[]): void {
    this.diagnostics.push(...diagnostics);
  }

  add(manifest: Manifest): void {
    this.manifests.push(manifest);
  }
}

function moveFields<T extends { field: Path }>(items: readonly T[], move: (field: Path) => Path | undefined): T[] {
  const moved: T[] = [];
  for (const item of items) {
    const field = move(item.field);
    if (field === item.field) moved.push(item);
    else if (field !== undefined) moved.push({ ...item, field });
  }
  return moved;
}
