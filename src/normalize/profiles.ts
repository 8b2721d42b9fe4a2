import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, StageResult } from "../diagnostics/types.js";
import type { Project, Service } from "../model/project.js";
import { serviceEdges } from "../model/relations.js";

/** The Compose Specification's pattern for profile names ("debug", "test-2", "v1.2"); `*` enables them all. */
const profileName = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

export const ALL_PROFILES = "*";

export const isProfileName = (name: string): boolean => name === ALL_PROFILES || profileName.test(name);

/**
 * The active profiles, as docker compose picks them: the --profile flags when there are any, otherwise
 * COMPOSE_PROFILES (from the shell or the project's .env), split on commas, each trimmed:
 * " debug, ,test" → ["debug", "test"]. The flags replace the variable; they do not add to it.
 */
export function activeProfiles(flags: readonly string[], env: Readonly<Record<string, string | undefined>>): string[] {
  const chosen = flags.length > 0 ? [...flags] : (env["COMPOSE_PROFILES"] ?? "").split(",");
  return [...new Set(chosen.map((name) => name.trim()).filter((name) => name !== ""))];
}

/** A service without profiles is always enabled; one with profiles when any of them is active, or `*` is. */
export function isEnabled(service: Pick<Service, "profiles">, active: readonly string[]): boolean {
  if (service.profiles.length === 0 || active.includes(ALL_PROFILES)) return true;
  return service.profiles.some((profile) => active.includes(profile));
}

/**
 * Keeps the enabled services and says which were left out (a note each, so none disappears silently).
 * As the specification says, a reference from an enabled service to a disabled one (depends_on, links,
 * volumes_from, network_mode: service:x) does not enable it: it is an error, except a depends_on entry
 * with `required: false`, which is dropped. Top-level volumes, networks, configs and secrets stay.
 */
export function applyProfiles(project: Project, active: readonly string[]): StageResult<Project> {
  const diagnostics: Diagnostic[] = [];
  const disabled = new Map(project.services.filter((service) => !isEnabled(service, active)).map((service) => [service.name, service]));
  if (disabled.size === 0) return { value: project, diagnostics };

  for (const service of disabled.values()) {
    diagnostics.push(diagnostic("service-disabled-by-profile", [...service.path, "profiles"], { service: service.name, ...profileWords(service) }));
  }
  const services = project.services
    .filter((service) => !disabled.has(service.name))
    .map((service) => {
      for (const edge of serviceEdges(service)) {
        const target = disabled.get(edge.target);
        if (!target || !edge.required) continue;
        const optional = edge.relation === "depends_on";
        diagnostics.push(diagnostic("disabled-service-reference", edge.path, { service: service.name, relation: edge.relation, target: edge.target, optional, ...profileWords(target) }));
      }
      const dependsOn = service.dependsOn.filter((dependency) => !disabled.has(dependency.service));
      return dependsOn.length === service.dependsOn.length ? service : { ...service, dependsOn };
    });
  return { value: { ...project, services }, diagnostics };
}

/** `profiles: [debug, test]` → { profiles: '"debug", "test"', example: "debug" } for messages. */
function profileWords(service: Service): { profiles: string; example: string } {
  return { profiles: service.profiles.map((profile) => `"${profile}"`).join(", "), example: service.profiles[0] ?? "" };
}
