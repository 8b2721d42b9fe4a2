import type { Diagnostic, Path } from "../../diagnostics/types.js";
import type { ExplanationId } from "../../model/explanation-ids.generated.js";
import type { FieldNote, FieldTrace, Manifest } from "../../model/manifest.js";
import { PartTree } from "../../model/part-tree.js";

/** Where the pod spec and the one container sit inside a Deployment or a Job: field notes point there. */
export const POD_SPEC: Path = ["spec", "template", "spec"];
export const CONTAINER: Path = [...POD_SPEC, "containers", 0];

/**
 * Traces and field notes live as long as the manifests (to the end of emit) and repeat across services:
 * 1000 services make 44,000 traces and 10,000 notes but only a few dozen distinct fields, defaults and
 * note texts. One shared array per field and one shared object per default or note keep them out of the
 * heap that every garbage collection copies or marks (retained traces at 1000 services: 6.7 → 2.3 MB).
 * Traces, notes and their paths are never changed once made. The table is a tree of path parts (no key
 * string is built per trace); it starts over when a long-lived process (the playground) has filled it.
 */
interface SharedField {
  readonly field: Path;
  defaults?: Map<string, FieldTrace>;
  notes?: Map<string, FieldNote>;
}
const fields = new PartTree<SharedField>(50_000);
/** The entry of each field array already shared: a constant field (PROBE_FIELDS.exec) is one look-up, not one per part. */
let sharedOfField = new Map<Path, SharedField>();

/**
 * One array per field one part below a shared field: the numbered and keyed fields that every object
 * traces anew (spec.ports[1], a container's envFrom[0], data.LOG_LEVEL, an init container's name; on
 * 1000 services 14,000 of 48,000 look-ups were such new literals, each spread and then walked part by
 * part in the tree). The table still decides which array a trace keeps; this only lets it find one by
 * identity. Shared like every traced field: nothing may change them.
 */
let childFields = new Map<Path, Map<string | number, Path>>();

export function childField(parent: Path, part: string | number): Path {
  let byPart = childFields.get(parent);
  if (byPart === undefined) childFields.set(parent, (byPart = new Map()));
  let field = byPart.get(part);
  // concat, not a spread: an array exactly as long (it lives to the end of emit).
  if (field === undefined) byPart.set(part, (field = parent.concat(part)));
  return field;
}

/** The table entry of a field (one Map step per part; 0 and "0" stay apart), with its shared array. */
function sharedField(field: Path): SharedField {
  const known = sharedOfField.get(field);
  if (known !== undefined) return known;
  if (fields.full) {
    fields.clear();
    sharedOfField = new Map();
    childFields = new Map();
  }
  const node = fields.at(field);
  if (node.value === undefined) {
    node.value = { field };
    sharedOfField.set(field, node.value);
  }
  return node.value;
}

/** A field written from a Compose value: `spec.ports[0]` ← services.web.ports[0]. */
export const tracedTo = (field: Path, source: Path): FieldTrace => ({ field: sharedField(field).field, source });

/** A field kubepose chose itself, with the reason shown to the reader. */
export function defaultedTo(field: Path, why: string): FieldTrace {
  const node = sharedField(field);
  const defaults = (node.defaults ??= new Map());
  let trace = defaults.get(why);
  if (trace === undefined) {
    trace = { field: node.field, default: why };
    defaults.set(why, trace);
    fields.grew();
  }
  return trace;
}

/** A note on a field, one shared object per field and text ("Compose command: the image ENTRYPOINT still runs first"). */
export function noteOn(field: Path, text: string): FieldNote {
  const node = sharedField(field);
  const notes = (node.notes ??= new Map());
  let note = notes.get(text);
  if (note === undefined) {
    note = { field: node.field, text };
    notes.set(text, note);
    fields.grew();
  }
  return note;
}

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
    this.fieldNotes.push(noteOn(field, text));
  }

  /** The workload's `field` was written from the Compose value at `source`. */
  trace(field: Path, source: Path): void {
    this.traces.push(tracedTo(field, source));
  }

  /** The workload's `field` is kubepose's own choice, for the reason `why` ("Compose default 30s"). */
  defaulted(field: Path, why: string): void {
    this.traces.push(defaultedTo(field, why));
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
