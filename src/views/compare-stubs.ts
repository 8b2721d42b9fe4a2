import type { Project } from "../model/project.js";
import type { SideBySide } from "./side-by-side.js";
import type { OutlineEntry } from "./outline-entry.js";

/** A service that profiles disable: where it is written, and why nothing is made from it. */
export interface Stub {
  name: string;
  file: string;
  start: number;
  end: number;
  profilesLine?: number;
}

/** Services written in the shown files that the project does not run (their profiles are not enabled). */
export function disabledServices(view: SideBySide, project: Project | undefined): Stub[] {
  if (!project) return [];
  const enabled = new Set(project.services.map((service) => service.name));
  const stubs: Stub[] = [];
  const named = new Set<string>();
  for (const [file, outline] of view.outlines) {
    // The first `profiles` line of each service in this file, filed in one pass (a scan of the whole
    // outline per disabled service was quadratic).
    let profilesOf: Map<string, number> | undefined;
    for (const entry of outline) {
      const name = entry.path[1];
      if (entry.path.length !== 2 || entry.path[0] !== "services" || typeof name !== "string" || enabled.has(name)) continue;
      if (named.has(name)) continue;
      named.add(name);
      profilesOf ??= profileLines(outline);
      const profilesLine = profilesOf.get(name);
      stubs.push({ name, file, start: entry.start, end: entry.end, ...(profilesLine !== undefined ? { profilesLine } : {}) });
    }
  }
  return stubs;
}

/** The line of the first `services.NAME.profiles` entry of an outline, by service name. */
function profileLines(outline: readonly OutlineEntry[]): Map<string, number> {
  const lines = new Map<string, number>();
  for (const e of outline) {
    const name = e.path[1];
    if (e.path.length === 3 && e.path[2] === "profiles" && typeof name === "string" && !lines.has(name)) lines.set(name, e.start);
  }
  return lines;
}
