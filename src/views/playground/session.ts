import { runPipeline } from "../../pipeline.js";
import type { Diagnostic, Path, SourceMap } from "../../diagnostics/types.js";
import type { Manifest } from "../../model/manifest.js";
import { buildTraceIndex, samePath, type FieldRef, type Origin, type TraceIndex } from "../trace-index.js";
import { composeOutline, entryCovering, type OutlineEntry } from "../compose-outline.js";
import { memoryContext } from "../../memory-context.js";
import { fieldsOfComposeLine } from "../line-fields.js";
import { viewInput } from "../view-input.js";
import { appGraph, type AppGraph } from "../graph/app-graph.js";

/** One manifest as the playground shows it: its YAML (with comments) and where each field sits in it. */
export interface ManifestView {
  manifest: Manifest;
  /** "Deployment/vote" */
  title: string;
  yaml: string;
  lines: string[];
  /** Field path → lines of `yaml`, from the same outline the Compose side uses. */
  outline: OutlineEntry[];
}

/** One conversion of the in-memory project. `manifests` is undefined when the input has errors. */
export interface Conversion {
  manifests?: ManifestView[];
  diagnostics: Diagnostic[];
  traces?: TraceIndex;
  sources?: SourceMap;
  /** The picture of the app (views/graph/), when it converted. */
  graph?: AppGraph;
}

/** Lines to highlight in one manifest's YAML (1-based, inclusive). */
export interface LineRange {
  manifest: number;
  start: number;
  end: number;
}

/** Runs the real pipeline over the in-memory files and renders each object as kubepose convert would. */
export function convertFiles(files: ReadonlyMap<string, string>, projectDir: string): Conversion {
  const output = { format: "yaml", layout: "documents", comments: true, baseDir: projectDir, maskSecrets: true } as const;
  const result = runPipeline({ files: [], envFiles: [], output }, memoryContext(files, {}, projectDir));
  if (!result.manifests || !result.output) return { diagnostics: result.diagnostics, sources: result.sources };
  const documents = result.output;
  const manifests = result.manifests.map((manifest, index): ManifestView => {
    const yaml = documents[index] ?? "";
    return {
      manifest,
      title: `${manifest.object.kind}/${manifest.object.metadata.name}`,
      yaml,
      lines: yaml.replace(/\n$/, "").split("\n"),
      outline: composeOutline(yaml),
    };
  });
  const input = viewInput(result);
  return {
    manifests,
    diagnostics: result.diagnostics,
    traces: buildTraceIndex(result.manifests, result.sources),
    sources: result.sources,
    ...(input ? { graph: appGraph(input) } : {}),
  };
}

/**
 * The fields one Compose line produced, by the rule every view shares (see line-fields.ts); blank and
 * comment lines produced nothing.
 *   19      - "5000:80"   → Service/vote spec.ports[0]
 */
export function fieldsForComposeLine(conversion: Conversion, file: string, text: string, line: number): FieldRef[] {
  const traces = conversion.traces;
  const content = text.split("\n")[line - 1]?.trim() ?? "";
  if (!traces || content === "" || content.startsWith("#")) return [];
  return fieldsOfComposeLine(traces, composeOutline(text), file, line);
}

/** Where a field is written in its manifest's YAML; a field not written (an empty default) shows its parent. */
export function linesOfField(view: ManifestView, manifest: number, field: Path): LineRange {
  for (let path = field; path.length > 0; path = path.slice(0, -1)) {
    const entry = view.outline.find((candidate) => samePath(candidate.path, path));
    if (entry) return { manifest, start: entry.start, end: entry.end };
  }
  return { manifest, start: 1, end: view.lines.length };
}

/** The field written on one line of a manifest's YAML and where it came from (the reverse direction). */
export function originOfManifestLine(conversion: Conversion, manifest: number, line: number): { field: Path; origin: Origin } | undefined {
  const view = conversion.manifests?.[manifest];
  if (!view || !conversion.traces) return undefined;
  const field = entryCovering(view.outline, line)?.path ?? [];
  return { field, origin: conversion.traces.originOf(manifest, field) };
}
