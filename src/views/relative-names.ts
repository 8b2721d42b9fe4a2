import { relativeTo } from "../emit/comments.js";

/**
 * relativeTo for one base directory, each file's name worked out once: a report names the same few files
 * at every key of every service (1000 services: 20,000 times).
 */
export function relativeNames(baseDir: string | undefined): (file: string) => string {
  const names = new Map<string, string>();
  return (file) => {
    let name = names.get(file);
    if (name === undefined) names.set(file, (name = relativeTo(baseDir, file)));
    return name;
  };
}
