import { basename } from "./paths.js";

/**
 * The project name, from the first source that gives one: -p, COMPOSE_PROJECT_NAME, the top-level
 * `name:`, the working directory's name. Normalised as compose does: "My App!" → "myapp",
 * "_build" → "build" (lowercase; only a-z, 0-9, "_" and "-"; starts with a letter or digit).
 * Returns the raw name too, so an unusable one ("!!!" → "") can be reported as written.
 */
export function projectName(sources: {
  option?: string;
  env: Readonly<Record<string, string | undefined>>;
  document: Record<string, unknown>;
  workingDir: string;
}): { raw: string; name: string } {
  const fromDocument = typeof sources.document.name === "string" ? sources.document.name : undefined;
  const raw = [sources.option, sources.env.COMPOSE_PROJECT_NAME, fromDocument].find((v) => v !== undefined && v !== "") ?? basename(sources.workingDir);
  return { raw, name: normalizeProjectName(raw) };
}

export function normalizeProjectName(raw: string): string {
  return raw.toLowerCase().replace(/[^a-z0-9_-]/g, "").replace(/^[_-]+/, "");
}
