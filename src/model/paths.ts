import type { Path } from "../diagnostics/types.js";

/**
 * `base` followed by `parts`, in an array of exactly that length. `[...base, part]` copies `base` and then
 * grows the copy by push, leaving room for 16 more parts: 176 bytes for ["services", "web", "image"]
 * instead of 40. Trace and manifest sources live as long as the manifests (to the end of emit), and
 * every garbage collection until then copies or marks them, so their size is time (1000 services make
 * about 13,000 of them).
 */
export function pathUnder(base: Path, ...parts: (string | number)[]): Path {
  const length = base.length;
  const path: Path = new Array<string | number>(length + parts.length);
  for (let index = 0; index < length; index++) path[index] = base[index] as string | number;
  for (let index = 0; index < parts.length; index++) path[length + index] = parts[index] as string | number;
  return path;
}
