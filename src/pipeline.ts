import type { Context } from "./model/context.js";
import type { Diagnostic, SourceMap } from "./diagnostics/types.js";
import { hasErrors } from "./diagnostics/types.js";
import { load, type LoadOptions } from "./load/index.js";
import { validate, validateProject } from "./validate/index.js";
import { normalize } from "./normalize/index.js";
import { activeProfiles, applyProfiles } from "./normalize/profiles.js";
import type { Project } from "./model/project.js";
import { convert } from "./convert/index.js";
import type { ConvertOptions, Manifest } from "./model/manifest.js";
import { explain } from "./explain/index.js";
import { checkManifests } from "./check/index.js";
import { Redactor } from "./model/redact.js";

export type PipelineOptions = LoadOptions & ConvertOptions & {
  /** --profile flags; without any, COMPOSE_PROFILES decides. */
  profiles?: string[];
};

export interface PipelineResult {
  /** Undefined when the input is invalid: then nothing may be written. */
  manifests?: Manifest[];
  project?: Project;
  diagnostics: Diagnostic[];
  /** Where each path was written; undefined when nothing could be loaded. */
  sources?: SourceMap;
}

/** Every stage in order; stops at the first stage that reports an error. `until` stops early for `validate`. */
export function runPipeline(options: PipelineOptions, context: Context, until: "project" | "manifests" = "manifests"): PipelineResult {
  const diagnostics: Diagnostic[] = [];
  let fileOrder: string[] = [];
  let redactor = new Redactor([]);
  const done = (result: Omit<PipelineResult, "diagnostics">): PipelineResult => {
    // A message never repeats a credential's value (the excerpt lines are masked by the load stage's sources).
    const masked = diagnostics.map((d) => ({ ...d, message: redactor.text(d.message) }));
    const located = result.sources ? masked.map((d) => withLocation(d, result.sources!)) : masked;
    return { ...result, diagnostics: inSourceOrder(located, fileOrder) };
  };

  const loaded = collect(diagnostics, load(options, context));
  fileOrder = loaded?.files ?? [];
  redactor = new Redactor(loaded?.credentials ?? []);
  if (!loaded || hasErrors(diagnostics)) return done({ sources: loaded?.sources });
  const sources = loaded.sources;

  const file = collect(diagnostics, validate(loaded.document));
  if (!file || hasErrors(diagnostics)) return done({ sources });

  const normalizeContext = { projectName: loaded.projectName, workingDir: loaded.workingDir, env: loaded.env, readFile: context.readFile, isDirectory: context.isDirectory, listDirectory: context.listDirectory, interpolatedSecrets: loaded.interpolatedSecrets };
  const normalized = collect(diagnostics, normalize(file, normalizeContext));
  if (hasErrors(diagnostics)) return done({ project: normalized, sources });
  const project = collect(diagnostics, applyProfiles(normalized, activeProfiles(options.profiles ?? [], loaded.env)));
  diagnostics.push(...validateProject(project));
  if (hasErrors(diagnostics) || until === "project") return done({ project, sources });

  const converted = collect(diagnostics, convert(project, options));
  const manifests = collect(diagnostics, explain(converted, sources));
  diagnostics.push(...checkManifests(manifests));
  if (hasErrors(diagnostics)) return done({ project, sources });
  return done({ project, sources, manifests });
}

function collect<T>(into: Diagnostic[], result: { value: T; diagnostics: Diagnostic[] }): T {
  into.push(...result.diagnostics);
  return result.value;
}

/**
 * Like a compiler: by file (in merge order; env files and others after), line and column.
 * Diagnostics without a position keep their order, last.
 */
function inSourceOrder(diagnostics: Diagnostic[], files: string[]): Diagnostic[] {
  const rank = (file: string) => {
    const index = files.indexOf(file);
    return index === -1 ? files.length : index;
  };
  const key = (d: Diagnostic) => d.location;
  return diagnostics
    .map((d, index) => ({ d, index }))
    .sort((a, b) => {
      const left = key(a.d);
      const right = key(b.d);
      if (!left || !right) return (left ? 0 : 1) - (right ? 0 : 1) || a.index - b.index;
      return rank(left.file) - rank(right.file) || left.file.localeCompare(right.file) || left.line - right.line || left.column - right.column || a.index - b.index;
    })
    .map(({ d }) => d);
}

/** Stages report paths; positions are looked up once, here, from the file that won the merge. */
function withLocation(diagnostic: Diagnostic, sources: SourceMap): Diagnostic {
  if (diagnostic.location) return diagnostic;
  const location = sources.locate(diagnostic.path);
  return location ? { ...diagnostic, location } : diagnostic;
}
