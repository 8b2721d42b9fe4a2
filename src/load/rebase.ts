import { isMapping } from "./merge.js";
import { relative, resolve } from "./paths.js";
import { put } from "../model/own-keys.js";

/**
 * A definition written in one directory and used from another (through `extends` or `include`) keeps
 * its relative paths meaning what its author meant: compose resolves them against the directory of
 * the file that wrote them. Paths are kept relative, now to the using directory:
 *   written in /p/common, used from /p:   build: ./app   →   build: ./common/app
 */
export function rebasePath(path: string, from: string, to: string): string {
  if (from === to || path.startsWith("/") || path.startsWith("~") || isRemote(path)) return path;
  const moved = relative(to, resolve(from, path));
  return moved === "." || moved.startsWith("../") || moved === ".." ? moved : `./${moved}`;
}

/** Build contexts may be Git or HTTP URLs, additional contexts images or services: none is a directory. */
const isRemote = (path: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(path) || path.startsWith("git@") || path.startsWith("github.com/") || path.startsWith("service:");

type Rebase = (value: unknown, move: (path: string) => string) => unknown;

const rebaseString: Rebase = (value, move) => (typeof value === "string" ? move(value) : value);
const rebaseStrings: Rebase = (value, move) => (Array.isArray(value) ? value.map((item) => rebaseString(item, move)) : rebaseString(value, move));

/** "./data:/var/lib/data:ro" — a bind mount when the source is a path; "data:/x" names a volume. */
const rebaseVolume: Rebase = (value, move) => {
  if (typeof value === "string") {
    const colon = value.indexOf(":");
    if (colon <= 0 || !value.startsWith(".")) return value;
    return move(value.slice(0, colon)) + value.slice(colon);
  }
  if (isMapping(value) && value.type === "bind" && typeof value.source === "string") return { ...value, source: move(value.source) };
  return value;
};

/** env_file: a path, or a list of paths and { path, required } entries. */
const rebaseEnvFile: Rebase = (value, move) => {
  if (!Array.isArray(value)) return rebaseString(value, move);
  return value.map((item) => (isMapping(item) && typeof item.path === "string" ? { ...item, path: move(item.path) } : rebaseString(item, move)));
};

/** build: a context path, or { context (default "."), additional_contexts: { name: path } or ["name=path"] }. */
const rebaseBuild: Rebase = (value, move) => {
  if (!isMapping(value)) return rebaseString(value, move);
  const build: Record<string, unknown> = { ...value, context: rebaseString(value.context ?? ".", move) };
  const extra = value.additional_contexts;
  if (isMapping(extra)) build.additional_contexts = Object.fromEntries(Object.entries(extra).map(([name, path]) => [name, rebaseString(path, move)]));
  else if (Array.isArray(extra)) {
    build.additional_contexts = extra.map((item) => {
      if (typeof item !== "string" || !item.includes("=")) return item;
      const equals = item.indexOf("=");
      return `${item.slice(0, equals)}=${move(item.slice(equals + 1))}`;
    });
  }
  return build;
};

/** develop.watch[].path */
const rebaseDevelop: Rebase = (value, move) => {
  if (!isMapping(value) || !Array.isArray(value.watch)) return value;
  const watch = value.watch.map((rule: unknown) => (isMapping(rule) && typeof rule.path === "string" ? { ...rule, path: move(rule.path) } : rule));
  return { ...value, watch };
};

/** The service keys that hold host paths, and how each is rebased. */
const serviceRebases = {
  build: rebaseBuild,
  env_file: rebaseEnvFile,
  label_file: rebaseStrings,
  volumes: (value, move) => (Array.isArray(value) ? value.map((item) => rebaseVolume(item, move)) : value),
  develop: rebaseDevelop,
} satisfies Record<string, Rebase>;

/** A copy of a service whose relative host paths, written in `from`, are made relative to `to`. */
export function rebaseService(service: Record<string, unknown>, from: string, to: string): Record<string, unknown> {
  if (from === to) return service;
  const move = (path: string) => rebasePath(path, from, to);
  const copy = { ...service };
  for (const [key, rebase] of Object.entries(serviceRebases)) {
    if (copy[key] !== undefined && copy[key] !== null) copy[key] = rebase(copy[key], move);
  }
  return copy;
}

/** A copy of a top-level section (services, configs, secrets…) with its host paths rebased. */
export function rebaseSection(section: string, definitions: Record<string, unknown>, from: string, to: string): Record<string, unknown> {
  if (from === to) return definitions;
  const move = (path: string) => rebasePath(path, from, to);
  const result: Record<string, unknown> = {};
  for (const [name, definition] of Object.entries(definitions)) {
    if (!isMapping(definition)) put(result, name, definition);
    else if (section === "services") put(result, name, rebaseService(definition, from, to));
    else if ((section === "configs" || section === "secrets") && typeof definition.file === "string") put(result, name, { ...definition, file: move(definition.file) });
    else put(result, name, definition);
  }
  return result;
}
