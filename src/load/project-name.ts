import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic } from "../diagnostics/types.js";
import { basename } from "./paths.js";

/** What docker compose accepts as a project name: lowercase letters, digits, "-" and "_", a letter or digit first. */
const validName = /^[a-z0-9][a-z0-9_-]*$/;

/**
 * The project name, from the first source that gives one: -p, COMPOSE_PROJECT_NAME, the top-level
 * `name:`, the working directory's name. As in docker compose, a name that was set must already be
 * valid ("My App" is an error), while the directory's name is normalised: "My App!" → "myapp",
 * "_build" → "build". An empty -p or COMPOSE_PROJECT_NAME counts as unset.
 */
export function projectName(sources: {
  option?: string;
  env: Readonly<Record<string, string | undefined>>;
  document: Record<string, unknown>;
  workingDir: string;
}): { name: string; diagnostics: Diagnostic[] } {
  const fromDocument = typeof sources.document.name === "string" ? sources.document.name : undefined;
  const given = [
    { value: sources.option, source: "-p", path: [] },
    { value: sources.env.COMPOSE_PROJECT_NAME, source: "COMPOSE_PROJECT_NAME", path: [] },
    { value: fromDocument, source: "name:", path: ["name"] },
  ].find((candidate) => candidate.value !== undefined && candidate.value !== "");
  if (given?.value !== undefined) {
    const valid = validName.test(given.value);
    const diagnostics = valid ? [] : [diagnostic("project-name-invalid", given.path, { name: given.value, source: given.source })];
    return { name: valid ? given.value : normalizeProjectName(given.value), diagnostics };
  }
  const name = normalizeProjectName(basename(sources.workingDir));
  return { name, diagnostics: name === "" ? [diagnostic("project-name-empty", [], { dir: sources.workingDir })] : [] };
}

export function normalizeProjectName(raw: string): string {
  return raw.toLowerCase().replace(/[^a-z0-9_-]/g, "").replace(/^[_-]+/, "");
}
