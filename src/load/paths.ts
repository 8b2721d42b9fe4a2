/**
 * POSIX path helpers. The core runs in a browser too, so it cannot import node:path; Context paths are
 * always absolute and "/"-separated, which is all these handle.
 */

/** Collapses ".", ".." and repeated slashes: "/a/./b//../c" → "/a/c". ".." above the root stays at the root. */
export function normalize(path: string): string {
  const absolute = path.startsWith("/");
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length > 0 && parts[parts.length - 1] !== "..") parts.pop();
      else if (!absolute) parts.push("..");
      continue;
    }
    parts.push(part);
  }
  const joined = parts.join("/");
  if (absolute) return `/${joined}`;
  return joined === "" ? "." : joined;
}

/** Joins segments and normalises: join("/a", "b/../c") → "/a/c". */
export function join(...segments: string[]): string {
  return normalize(segments.filter((s) => s !== "").join("/"));
}

/** Resolves `path` against `base` unless it is already absolute: resolve("/project", "../x.yaml") → "/x.yaml". */
export function resolve(base: string, path: string): string {
  return path.startsWith("/") ? normalize(path) : join(base, path);
}

/** "/a/b/c.yaml" → "/a/b"; "/a" → "/". */
export function dirname(path: string): string {
  const clean = normalize(path);
  const slash = clean.lastIndexOf("/");
  if (slash < 0) return ".";
  return slash === 0 ? "/" : clean.slice(0, slash);
}

/** "/a/b/c.yaml" → "c.yaml"; "/" → "". */
export function basename(path: string): string {
  const clean = normalize(path);
  return clean.slice(clean.lastIndexOf("/") + 1);
}

/** The way from `from` to `to`, both absolute: relative("/a/b", "/a/c/d") → "../c/d"; same path → ".". */
export function relative(from: string, to: string): string {
  const fromParts = normalize(from).split("/").filter((p) => p !== "");
  const toParts = normalize(to).split("/").filter((p) => p !== "");
  let common = 0;
  while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) common++;
  const ups = fromParts.slice(common).map(() => "..");
  const rest = [...ups, ...toParts.slice(common)].join("/");
  return rest === "" ? "." : rest;
}

/**
 * True when `path` is `dir` or lies below it, after normalising both, so "/a/b/../../etc" is not inside
 * "/a" and "/a/bc" is not inside "/a/b".
 */
export function isInside(dir: string, path: string): boolean {
  const base = normalize(dir);
  const target = normalize(path);
  if (target === base) return true;
  const prefix = base.endsWith("/") ? base : `${base}/`;
  return target.startsWith(prefix);
}
