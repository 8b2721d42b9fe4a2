import type { Diagnostic, Path } from "./types.js";

/**
 * One cause, one diagnostic, and every diagnostic about a service names it.
 *
 * Services that share a definition (a YAML anchor merged with `<<`, or `extends`) get the same
 * diagnostic once per service, all placed at the shared definition: the load stage locates a path
 * of a merged or extended value where it was written. Diagnostics of one code placed at the same
 * file:line:col whose messages differ only where they name the service therefore have one cause; they
 * become the first one, naming the others, which are kept in `also` (the report lists it under each).
 */
export function sharedOnce(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const named = diagnostics.map(withServiceName);
  const groups = new Map<string, Diagnostic[]>();
  const out: (Diagnostic | Diagnostic[])[] = [];
  for (const diagnostic of named) {
    const key = causeKey(diagnostic);
    if (key === undefined) {
      out.push(diagnostic);
      continue;
    }
    const group = groups.get(key);
    if (group) group.push(diagnostic);
    else {
      const fresh = [diagnostic];
      groups.set(key, fresh);
      out.push(fresh);
    }
  }
  return out.map((item) => (Array.isArray(item) ? merged(item) : item));
}

/** The service a diagnostic is about: the name after "services" in its path. */
export function serviceOf(path: Path): string | undefined {
  return path[0] === "services" && typeof path[1] === "string" ? path[1] : undefined;
}

/** How messages name a service: 'web', "web", or its path services.web. */
const quoted = (name: string): string[] => [`'${name}'`, `"${name}"`, `services.${name}`];

/** "service 'web': …" in front of a message about a service that does not name it. */
function withServiceName(diagnostic: Diagnostic): Diagnostic {
  const service = serviceOf(diagnostic.path);
  if (service === undefined || quoted(service).some((form) => diagnostic.message.includes(form))) return diagnostic;
  return { ...diagnostic, message: `service '${service}': ${diagnostic.message}` };
}

/** Same code, same place, same words but the service's name; undefined when not about a service or placed nowhere. */
function causeKey(diagnostic: Diagnostic): string | undefined {
  const service = serviceOf(diagnostic.path);
  const { location } = diagnostic;
  if (service === undefined || location === undefined) return undefined;
  // Every mention, quoted or inside a name made from it ("docker compose build web", "shop-web").
  const text = diagnostic.message.replaceAll(service, "\u0000");
  return [diagnostic.code, diagnostic.severity, location.file, location.line, location.column, text].join("\u0001");
}

function merged(group: readonly Diagnostic[]): Diagnostic {
  const [first, ...rest] = group;
  if (!first) throw new Error("sharedOnce: an empty group");
  const others = [...new Set(rest.map((d) => serviceOf(d.path)).filter((name) => name !== undefined && name !== serviceOf(first.path)))];
  if (others.length === 0) return first;
  const names = others.map((name) => `'${name}'`);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  const verb = others.length === 1 ? "shares" : "share";
  return { ...first, message: `${first.message} The same holds for ${list}, which ${verb} this definition.`, also: rest.map((d) => d.path) };
}
