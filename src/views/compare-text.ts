import { formatPath, wholeText } from "../diagnostics/types.js";
import { findExplanation } from "../explain/catalogue.js";
import { wrapWords } from "../explain/wrap.js";
import { relativeTo } from "../emit/comments.js";
import { fateText, keyGroups, type KeyGroup } from "./compare-groups.js";
import { eachBlock, explanationFor, type Block, type SideBySide } from "./side-by-side.js";
import type { SideBySideInput } from "./view-input.js";
import { disabledServices, type Stub } from "./compare-stubs.js";
import { connectionRows } from "./connections.js";
import { serviceFooters } from "./compare-footer.js";
import { ansi, chunkTitle, Columns, fit, type Paint, type Style } from "./compare-columns.js";

export interface CompareTextOptions {
  /** Total columns; below 40 the columns would be unreadable, so 40 is the floor. */
  width: number;
  color: boolean;
  /** Compose file names are shown relative to this directory. */
  baseDir?: string;
}

/**
 * `kubepose compare`: for each Compose definition, one row group per key it writes (compare-groups.ts):
 * the key's lines on the left, the manifest lines it produced on the right under the object and field
 * they sit in, or the key's fate when it produced nothing; under each group the summary of the
 * explanation of that mapping (each explanation once per block). Services that profiles disable get a
 * stub saying so. The order of keys in Compose and of fields in Kubernetes does not matter.
 *
 *   11    healthcheck:              ◀ Deployment vote · spec.template.spec.containers[0]
 *   12      test: [CMD, curl, …]    │ livenessProbe:
 */
export function renderCompareText(input: SideBySideInput, options: CompareTextOptions): string {
  return renderCompareTextPieces(input, options).join("");
}

/**
 * renderCompareText in pieces, one per block, whose concatenation is the text: a file is written piece by
 * piece (writePieces), never joined into one string of ~8 MB (two-byte, for the "│") and then encoded.
 */
export function renderCompareTextPieces(input: SideBySideInput, options: CompareTextOptions): string[] {
  const width = Math.max(40, Math.floor(options.width));
  const paint: Paint = (code, text) => (options.color && text !== "" ? `${ansi[code]}${text}${ansi.reset}` : text);
  // The Compose lines beside the blocks come from each file's whole text, split once: the SourceMap's
  // lineText redacts the line it is asked for every time (20,000 lines on 1000 services).
  const fileLines = new Map<string, readonly string[]>();
  const lineText = (file: string, line: number): string | undefined => {
    let lines = fileLines.get(file);
    if (!lines) fileLines.set(file, (lines = (input.sources && wholeText(input.sources, file))?.split("\n") ?? []));
    return lines[line - 1];
  };
  // Each block names its file, and path.relative resolves both paths each time: once per file instead.
  const names = new Map<string, string>();
  const fileName = (file: string): string => {
    let name = names.get(file);
    if (name === undefined) names.set(file, (name = relativeTo(options.baseDir, file)));
    return name;
  };
  const style: Style = { paint, color: options.color, lineText, fileName };
  const footerOf = serviceFooters(connectionRows(input.connections, input.sources, options.baseDir), input.manifests, width, (text) => paint("dim", text));
  // The same few explanations and fates stand under a thousand services: each is wrapped (and painted) once.
  const notes: Notes = { explanations: new Map(), fates: new Map() };
  // Each block's rows are joined into one text (each line ending in "\n") as soon as it is written: its
  // rows and their pieces die young instead of 100,000 rows surviving, and being copied by, every
  // collection until the end; a blank line goes before each block but the first. The manifest lines
  // behind them die with their block too (eachBlock).
  const blocks: string[] = [];
  const finish = (out: string[]) => {
    out.push("");
    blocks.push(out.join("\n"));
  };
  const start = (): string[] => (blocks.length === 0 ? [] : [""]);
  const whole = eachBlock(input, (view, block) => {
    const out = start();
    renderBlock(out, view, input, block, width, style, notes);
    const service = block.path.length === 2 && block.path[0] === "services" ? String(block.path[1]) : undefined;
    if (service !== undefined) for (const line of footerOf(service)) out.push(line);
    finish(out);
  });
  for (const stub of disabledServices(whole, input.project)) {
    const out = start();
    renderStub(out, stub, width, style);
    finish(out);
  }
  return blocks;
}

/** Wrapped lines by explanation id (painted) and by fate text. */
interface Notes {
  explanations: Map<string, string[]>;
  fates: Map<string, string[]>;
}

/** Writes one block's rows into `out`. */
function renderBlock(out: string[], view: SideBySide, input: SideBySideInput, block: Block, width: number, style: Style, notes: Notes): void {
  const { paint } = style;
  const [primary] = block.segments;
  const where = primary ? ` (${style.fileName(primary.file)}:${primary.start}-${primary.end})` : "";
  // Objects traced to no Compose definition (a Namespace made from -n) are grouped under a plain title.
  const title = block.path.length === 0 ? "objects kubepose adds" : formatPath(block.path);
  out.push(paint("bold", fit(`${title}${where}`, width)), paint("dim", "─".repeat(width)));
  let lastLine = 1;
  for (const segment of block.segments) lastLine = Math.max(lastLine, segment.end);
  const columns = new Columns(width, lastLine, style);
  const objects = block.manifests.map((m) => view.manifests[m]).filter((m) => m !== undefined);

  if (block.path[0] !== "services" || !primary) {
    // A volume, config or secret is short: its lines beside the whole objects made from it.
    const left = primary ? primary.end - primary.start + 1 : 0;
    let right = 0;
    for (const m of objects) right += 1 + m.lines.length;
    let object = 0;
    let at = -1;
    for (let i = 0; i < Math.max(left, right); i++) {
      const leftCell = i < left ? columns.lineCell(primary!.file, primary!.start + i) : columns.blank;
      const manifest = objects[object];
      let rightText: string | undefined;
      if (manifest !== undefined) {
        rightText = at < 0 ? `--- # ${manifest.kind} ${manifest.name}` : manifest.lines[at]!.text;
        out.push(columns.row(leftCell, rightText, at < 0 ? "dim" : undefined, i === 0 && primary ? "◀" : "│"));
        if (++at >= manifest.lines.length) {
          object += 1;
          at = -1;
        }
      } else out.push(columns.row(leftCell, undefined, undefined, i === 0 && primary ? "◀" : "│"));
    }
    return;
  }

  // The definition's own line names every object it became.
  const made = wrapWords(`→ ${objects.map((m) => `${m.kind} ${m.name}`).join(", ")}`, columns.rightWidth);
  made.forEach((text, i) => out.push(columns.row(i === 0 ? columns.lineCell(primary.file, primary.start) : columns.blank, text, "bold", i === 0 ? "◀" : "│")));

  const shown = new Set<string>();
  let file = primary.file;
  for (const group of keyGroups(view, block)) {
    if (group.file !== file) {
      file = group.file;
      out.push(columns.row(columns.headerCell(`${style.fileName(file)}:`), undefined, undefined, "│"));
    }
    renderGroup(out, columns, group, notes);
    const first = group.chunks[0];
    const id = explanationFor(group.path, first === undefined ? undefined : input.manifests[first.manifest]);
    const explanation = id === undefined || group.fate?.fate === "not-converted" ? undefined : findExplanation(id);
    if (!explanation || shown.has(explanation.id)) continue;
    shown.add(explanation.id);
    let lines = notes.explanations.get(explanation.id);
    if (!lines) {
      const text = `${explanation.title}. ${explanation.summary} (kubepose explain ${explanation.id})`;
      lines = wrapWords(text, width - 4).map((line, i) => paint("dim", `${i === 0 ? "  ↳ " : "    "}${line}`));
      notes.explanations.set(explanation.id, lines);
    }
    for (const line of lines) out.push(line);
  }
}

/** One key group: the key's lines beside each chunk's title and lines, or beside the key's fate in words. */
function renderGroup(out: string[], columns: Columns, group: KeyGroup, notes: Notes): void {
  const { chunks } = group;
  const marker = chunks.length > 0 ? "◀" : group.fate?.fate === "not-converted" ? "✗" : "·";
  const left = group.end - group.start + 1;
  let fate: string[] | undefined;
  let right = 0;
  if (chunks.length === 0) {
    const text = fateText(group);
    fate = notes.fates.get(text);
    if (!fate) notes.fates.set(text, (fate = wrapWords(text, columns.rightWidth)));
    right = fate.length;
  } else for (const chunk of chunks) right += 1 + chunk.lines.length;
  let chunk = 0;
  let at = -1;
  for (let i = 0; i < Math.max(left, right); i++) {
    const leftCell = i < left ? columns.lineCell(group.file, group.start + i) : columns.blank;
    const mark = i === 0 ? marker : "│";
    const current = chunks[chunk];
    if (fate !== undefined) out.push(columns.row(leftCell, fate[i], fate[i] === undefined ? undefined : "dim", mark));
    else if (current === undefined) out.push(columns.row(leftCell, undefined, undefined, mark));
    else {
      // A chunk is its title, then its lines.
      if (at < 0) out.push(columns.row(leftCell, chunkTitle(current.object, current.field, columns.rightWidth), "dim", mark));
      else out.push(columns.row(leftCell, current.lines[at], undefined, mark));
      if (++at >= current.lines.length) {
        chunk += 1;
        at = -1;
      }
    }
  }
}

function renderStub(out: string[], stub: Stub, width: number, style: Style): void {
  const columns = new Columns(width, stub.end, style);
  const profiles = stub.profilesLine === undefined ? undefined : style.lineText(stub.file, stub.profilesLine)?.trim();
  const reason = `not converted: disabled by ${profiles ?? "its profiles"}; enable one with --profile NAME (or COMPOSE_PROFILES) to convert it`;
  const right = wrapWords(reason, columns.rightWidth);
  out.push(style.paint("bold", fit(`services.${stub.name} (${style.fileName(stub.file)}:${stub.start}-${stub.end})`, width)), style.paint("dim", "─".repeat(width)));
  const left = [stub.start, ...(stub.profilesLine !== undefined && stub.profilesLine !== stub.start ? [stub.profilesLine] : [])];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const line = left[i];
    out.push(columns.row(line === undefined ? columns.blank : columns.lineCell(stub.file, line), right[i], right[i] === undefined ? undefined : "dim", i === 0 ? "✗" : "│"));
  }
}
