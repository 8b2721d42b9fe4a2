import type { Location, Path, SourceMap, StageResult } from "../diagnostics/types.js";
import type { Manifest } from "../model/manifest.js";
import { findExplanation } from "./catalogue.js";
import { wrapWords } from "./wrap.js";

/** Comment lines are printed as "# " + line; this keeps them within 100 columns. */
const COMMENT_WIDTH = 96;

/**
 * Attaches each manifest's explanation summary and the Compose file:line it came from.
 *
 * Field traces are left as converted, unlocated: the 37,000 traces of 1000 services cost 80 ms to
 * locate and only the views and lint read a trace's line, so they locate the few they show with the
 * pipeline's SourceMap (`trace.location ?? sources.locate(trace.source)`, src/views/trace-index.ts).
 *
 * `comments` gets the summary of the first (most relevant) explanation, wrapped, and one line
 * pointing at `kubepose explain` for it and any others:
 *   Compose publishes a port on the host; a Kubernetes Service gives the pods a stable name and
 *   virtual IP inside the cluster, reachable from outside only through a NodePort, ...
 *   More: kubepose explain ports-to-service (see also: expose-to-service)
 * Lines carry no "#": the writer adds the comment syntax of its format.
 *
 * An unknown explanation id is a bug in the converter, so it throws.
 */
export function explain(manifests: Manifest[], sources: SourceMap): StageResult<Manifest[]> {
  // Many objects share explanations (one per service); wrap each summary once.
  const summaries = new Map<string, string[]>();
  const summaryOf = (id: string): string[] => {
    let lines = summaries.get(id);
    if (lines === undefined) {
      const explanation = findExplanation(id);
      if (explanation === undefined) throw new Error(`explain: unknown explanation id "${id}" (no templates/explanations/${id}.yaml)`);
      lines = wrapWords(explanation.summary, COMMENT_WIDTH);
      summaries.set(id, lines);
    }
    return lines;
  };

  // Objects with one list of explanations share one (never changed) comment array, and the objects of a
  // service share its path array: each is wrapped or located once, not once per object (6000 objects
  // of 1000 services have a few dozen distinct lists).
  // convert shares one array per distinct list (src/convert/shared/explanation-lists.ts): a list seen
  // before is one look-up by identity, without joining its ids into a key.
  const commentsByList = new Map<readonly string[], string[]>();
  const commentsByIds = new Map<string, string[]>();
  const commentsOf = (ids: readonly string[]): string[] => {
    let comments = commentsByList.get(ids);
    if (comments !== undefined) return comments;
    const key = ids.join("\n");
    comments = commentsByIds.get(key);
    if (comments === undefined) {
      const [first, ...others] = ids;
      for (const id of others) summaryOf(id); // unknown ids are bugs wherever they appear
      comments = first === undefined ? [] : [...summaryOf(first), moreLine(first, others)];
      commentsByIds.set(key, comments);
    }
    commentsByList.set(ids, comments);
    return comments;
  };
  const locations = new Map<Path, Location | undefined>();
  const locationOf = (source: Path): Location | undefined => {
    if (!locations.has(source)) locations.set(source, sources.locate(source));
    return locations.get(source);
  };

  const value = manifests.map((manifest): Manifest => explainedCopy(manifest, commentsOf(manifest.explanations), locationOf(manifest.source)));
  return { value, diagnostics: [] };
}

/**
 * A copy of the manifest with its comments and, when found, its location. What convert makes (its five
 * fields, traces set) is copied as one literal, whose fields V8 keeps inside the object; anything else
 * by Object.assign (not a spread: manifests come in several shapes, and spreading them was most of this
 * stage's own time), which puts the fields past the fourth in a separate property array. The copies
 * live to the end of emit (6000 on 1000 services), and every garbage collection until then copies them.
 */
function explainedCopy(manifest: Manifest, comments: string[], location: Location | undefined): Manifest {
  const { object, source, explanations, fieldNotes, traces } = manifest;
  if (traces !== undefined && manifest.location === undefined && manifest.comments === undefined && Object.keys(manifest).length === 5) {
    return location ? { object, source, explanations, fieldNotes, traces, comments, location } : { object, source, explanations, fieldNotes, traces, comments };
  }
  const explained: Manifest = Object.assign({}, manifest, { comments });
  if (location) explained.location = location;
  return explained;
}

/**
 * "More: kubepose explain service-to-deployment (see also: depends-on, networks and 3 more)": as
 * many related ids as fit in one comment line, so an object never gets more than three lines.
 */
function moreLine(first: string, others: readonly string[]): string {
  const seeAlso = [...new Set(others)].filter((id) => id !== first);
  const head = `More: kubepose explain ${first}`;
  for (let shown = seeAlso.length; shown > 0; shown -= 1) {
    const hidden = seeAlso.length - shown;
    const list = seeAlso.slice(0, shown).join(", ") + (hidden > 0 ? ` and ${hidden} more` : "");
    const line = `${head} (see also: ${list})`;
    if (line.length <= COMMENT_WIDTH) return line;
  }
  return seeAlso.length === 0 ? head : `${head} (and ${seeAlso.length} related topics)`;
}
