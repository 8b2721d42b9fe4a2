import type { Context } from "../model/context.js";
import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Path } from "../diagnostics/types.js";
import type { Lookup } from "./interpolate.js";
import { interpolateDocument, type SecretSubstitution } from "./interpolate-document.js";
import { isMapping, mergeService } from "./merge.js";
import { parseYaml, type ParsedYaml } from "./parse.js";
import { readInside, type Boundary, type FileRead } from "./file-access.js";
import { refusal } from "./file-refusal.js";
import { markedLocation } from "../diagnostics/source-order.js";
import { dirname, resolve } from "./paths.js";
import { rebaseService } from "./rebase.js";
import { resourceKey, type Redirects, type Source } from "./source-map.js";
import { put } from "../model/own-keys.js";

/** What `extends` needs from the project being loaded; one per project (an included one has its own). */
export interface ExtendsScope {
  context: Context;
  boundary: Boundary;
  lookup: Lookup;
  warnedUnset: Set<string>;
  diagnostics: Diagnostic[];
  /** Every file read for extends, so its lines can be shown. */
  documents: ParsedYaml[];
  /** Files read for extends by absolute path, each read once; null when it did not parse. */
  files: Map<string, ServiceFile | null>;
  display: (path: string) => string;
  noInterpolate?: boolean | undefined;
  substitutions: SecretSubstitution[];
}

/** The services of one file, interpolated, and the directory its relative paths are relative to. */
interface ServiceFile {
  parsed: ParsedYaml;
  services: Record<string, unknown>;
  baseDir: string;
  /** Services already resolved; undefined for one that failed (an error was reported). */
  resolved: Map<string, Resolved | undefined>;
}
/** A service with its extends applied, and every place it was written, its own key first. */
type Resolved = { service: unknown; sources: Source[] };
type Frame = { file: ServiceFile; name: string };

/**
 * Applies `extends` to the services of one interpolated file, in place, and returns where each
 * extending service was written. `baseDir` is what the file's relative paths are relative to (the
 * project directory). Compose resolves extends in each file on its own, before the files are merged:
 *   services:
 *     web: { extends: { file: common.yaml, service: base }, image: nginx }
 */
export function applyExtends(document: Record<string, unknown>, parsed: ParsedYaml, baseDir: string, scope: ExtendsScope): Redirects {
  const provenance: Redirects = new Map();
  const services = document.services;
  if (!isMapping(services)) return provenance;
  const file: ServiceFile = { parsed, services, baseDir, resolved: new Map() };
  for (const [name, service] of Object.entries(services)) {
    if (!isMapping(service) || service.extends === undefined) continue;
    const resolved = resolveService(file, name, [], scope);
    if (!resolved) continue;
    put(services, name, resolved.service);
    provenance.set(resourceKey("services", name), resolved.sources);
  }
  return provenance;
}

function resolveService(file: ServiceFile, name: string, stack: readonly Frame[], scope: ExtendsScope): Resolved | undefined {
  if (file.resolved.has(name)) return file.resolved.get(name);
  // By path: the file being loaded may also be read again as an extended file (a → other.yaml → a).
  const cycleStart = stack.findIndex((frame) => frame.file.parsed.file === file.parsed.file && frame.name === name);
  if (cycleStart >= 0) {
    reportCycle([...stack.slice(cycleStart), { file, name }], scope);
    return undefined;
  }
  const service = file.services[name];
  const result: Resolved | undefined =
    isMapping(service) && service.extends !== undefined
      ? extend(file, name, service, [...stack, { file, name }], scope)
      : { service, sources: [{ document: file.parsed, path: ["services", name] }] };
  file.resolved.set(name, result);
  return result;
}

/** The base laid under the service with the multi-file merge rules, its paths rebased first. */
function extend(file: ServiceFile, name: string, service: Record<string, unknown>, stack: readonly Frame[], scope: ExtendsScope): Resolved | undefined {
  const at = (...rest: Path): Path => ["services", name, "extends", ...rest];
  const report = (problem: Diagnostic) => scope.diagnostics.push({ ...problem, location: problem.location ?? file.parsed.find(problem.path)?.location });
  const reference = parseReference(service.extends);
  if (!reference) return void report(diagnostic("extends-syntax", at(), {}));

  let target = file;
  if (reference.file !== undefined) {
    const naming = { key: "extends.file", at: at("file"), shown: reference.file };
    const refuse = (read: FileRead) => {
      const refused = refusal(read, scope.boundary, naming);
      if (refused) report(refused);
    };
    const loaded = serviceFile(resolve(file.baseDir, reference.file), scope, refuse);
    if (loaded === undefined) return void report(diagnostic("extends-file-missing", at("file"), { file: reference.file }));
    if (loaded === null) return undefined;
    target = loaded;
  }
  if (!Object.hasOwn(target.services, reference.service)) {
    const where = typeof service.extends === "string" ? at() : at("service");
    return void report(diagnostic("extends-service-missing", where, { service: name, base: reference.service, file: scope.display(target.parsed.file) }));
  }
  const base = resolveService(target, reference.service, stack, scope);
  if (!base) return undefined;
  const baseService = isMapping(base.service) ? rebaseService(base.service, target.baseDir, file.baseDir) : {};
  const { extends: _reference, ...own } = service;
  return { service: mergeService(baseService, own), sources: [{ document: file.parsed, path: ["services", name] }, ...base.sources] };
}

/** "extends: base" or "extends: { service: base, file: common.yaml }" */
function parseReference(value: unknown): { service: string; file?: string } | undefined {
  if (typeof value === "string") return { service: value };
  if (!isMapping(value) || typeof value.service !== "string") return undefined;
  if (value.file === undefined || value.file === null) return { service: value.service };
  return typeof value.file === "string" ? { service: value.service, file: value.file } : undefined;
}

/**
 * A file named by extends.file, read, parsed and interpolated with the project's variables once.
 * Its own relative paths (and further extends.file) are relative to its directory. undefined when
 * it does not exist, null when it has errors or the gate (file-access.ts) refused it (reported through `refuse`).
 */
function serviceFile(path: string, scope: ExtendsScope, refuse: (read: FileRead) => void): ServiceFile | null | undefined {
  const known = scope.files.get(path);
  if (known !== undefined) return known;
  const read = readInside(scope.context, path, scope.boundary);
  if (read.kind === "missing") return undefined;
  if (read.kind !== "text") {
    refuse(read);
    scope.files.set(path, null);
    return null;
  }
  const text = read.text;
  const parsed = parseYaml(text, path);
  scope.documents.push(parsed);
  scope.diagnostics.push(...parsed.diagnostics);
  const problems: Diagnostic[] = [];
  const value = parsed.value && interpolateDocument(parsed.value, { file: path, lookup: scope.lookup, warnedUnset: scope.warnedUnset, diagnostics: problems, noInterpolate: scope.noInterpolate, substitutions: scope.substitutions });
  scope.diagnostics.push(...locatedIn(parsed, problems));
  const services = isMapping(value) ? value.services : undefined;
  const file = parsed.diagnostics.length === 0 && isMapping(value) ? { parsed, services: isMapping(services) ? services : {}, baseDir: dirname(path), resolved: new Map() } : null;
  scope.files.set(path, file);
  return file;
}

/** Diagnostics of a file that is not one of the merged ones: placed in that file by their path. */
export function locatedIn(parsed: ParsedYaml, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const lineText = (line: number) => parsed.text.split("\n")[line - 1];
  return diagnostics.map((d) => {
    if (d.location) return d;
    const found = parsed.find(d.path)?.location;
    return { ...d, location: found ? markedLocation(found, d.mark, lineText(found.line)) : { file: parsed.file, line: 1, column: 1 } };
  });
}

/** Reported once, at the extends key of the first service of the circle. */
function reportCycle(frames: readonly Frame[], scope: ExtendsScope): void {
  const files = new Set(frames.map((frame) => frame.file.parsed.file));
  const chain = frames.map((frame) => (files.size > 1 ? `${frame.name} (${scope.display(frame.file.parsed.file)})` : frame.name)).join(" → ");
  const first = frames[0];
  if (!first) return;
  const path = ["services", first.name, "extends"];
  scope.diagnostics.push({ ...diagnostic("extends-cycle", path, { chain }), location: first.file.parsed.find(path)?.location });
}
