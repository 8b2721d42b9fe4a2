import { formatPath, type Path } from "../diagnostics/types.js";
import { findExplanation } from "../explain/catalogue.js";
import { PartTree } from "../model/part-tree.js";
import type { PageData } from "./report-page/page-data.js";

/** The page's shared tables, each value written once and named by its index. */
export class Tables {
  readonly fields: string[] = [];
  readonly origins: number[][] = [];
  readonly defaults: string[] = [];
  readonly fates: string[] = [];
  readonly explanations: PageData["explanations"] = [];
  private readonly indexes = new Map<unknown[], Map<string, number>>();
  private readonly explanationIndex = new Map<string, number>();
  /** Field paths by their parts, so a line's field is found without formatting its path (125,000 lines, a few hundred fields). */
  private readonly fieldTree = new PartTree<number>();
  private readonly fieldOfPath = new Map<Path, number>();

  /** The index of a value in its table, adding it the first time. */
  intern<T>(table: T[], key: string, value: T): number {
    let index = this.indexes.get(table);
    if (!index) this.indexes.set(table, (index = new Map()));
    let at = index.get(key);
    if (at === undefined) index.set(key, (at = table.push(value) - 1));
    return at;
  }

  field(path: Path): number {
    // The emitted lines share one path array per distinct field (path-trie.ts): most are found by identity.
    let id = this.fieldOfPath.get(path);
    if (id === undefined) this.fieldOfPath.set(path, (id = this.fieldOfParts(path)));
    return id;
  }

  private fieldOfParts(path: Path): number {
    const node = this.fieldTree.at(path);
    return (node.value ??= this.fields.push(formatPath(path)) - 1);
  }

  /** The index of a catalogue explanation, written the first time it is named; -1 for none. */
  explanation(id: string | undefined): number {
    const entry = id === undefined ? undefined : findExplanation(id);
    if (!entry) return -1;
    let at = this.explanationIndex.get(entry.id);
    if (at === undefined) {
      at = this.explanations.push({ id: entry.id, title: entry.title, summary: entry.summary, detail: entry.detail, docs: [...entry.docs] }) - 1;
      this.explanationIndex.set(entry.id, at);
    }
    return at;
  }
}
