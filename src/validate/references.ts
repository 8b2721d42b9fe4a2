import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Path } from "../diagnostics/types.js";
import { parseLinkText, parseNetworkModeText, parseVolumesFromText } from "../model/relations.js";
import type { ComposeFile, ComposeService } from "./schema.js";
import { closestKey } from "../model/suggest.js";

/**
 * One name a service uses, and where it wrote it below the service (["volumes", 0]). The whole path
 * is built only for a name that is not declared: building one per use and per rule was most of this
 * check's allocations (1000 services, cold).
 */
type Reference = { name: string; where: Path };
/**
 * What a service without the keys of a rule uses. Most services of a large project write only a few of
 * these keys; returning early instead of mapping an empty list halved this check (1000 services, cold).
 */
const NONE: readonly Reference[] = [];

/**
 * Names a service uses that must be declared elsewhere in the file. One row per kind of reference:
 * where the declarations live, how to find the uses in a service, and a snippet that declares one.
 */
type ReferenceRule = {
  kind: string;
  section: "volumes" | "networks" | "configs" | "secrets" | "models" | "services";
  uses: (service: ComposeService) => readonly Reference[];
  example: (name: string) => string;
};

const RULES: readonly ReferenceRule[] = [
  { kind: "volume", section: "volumes", uses: namedVolumes, example: (name) => `volumes:\n  ${name}: {}` },
  { kind: "network", section: "networks", uses: networks, example: (name) => `networks:\n  ${name}: {}` },
  { kind: "config", section: "configs", uses: (s) => sources(s.configs, ["configs"]), example: (name) => `configs:\n  ${name}:\n    file: ./${name}` },
  { kind: "secret", section: "secrets", uses: secrets, example: (name) => `secrets:\n  ${name}:\n    file: ./${name}.txt` },
  { kind: "model", section: "models", uses: (s) => keysOrItems(s.models, "models"), example: (name) => `models:\n  ${name}:\n    model: ai/smollm2` },
  { kind: "service", section: "services", uses: dependencies, example: serviceExample },
  { kind: "service", section: "services", uses: serviceRelations, example: serviceExample },
];

function serviceExample(name: string): string {
  return `services:\n  ${name}:\n    image: postgres:16`;
}

/** Reports every use of a volume, network, config, secret, model or service that is not declared. */
export function checkReferences(file: ComposeFile): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  // Each section is looked up once, not once per service; indexed loops, because this runs seven times
  // per service and, while the code is still cold, for-of's iterator calls cost more than the check.
  const declared = RULES.map((rule) => file[rule.section] ?? {});
  const services = file.services ?? {};
  const names = Object.keys(services);
  for (let at = 0; at < names.length; at++) {
    const serviceName = names[at] as string;
    const service = services[serviceName] as ComposeService;
    for (let index = 0; index < RULES.length; index++) {
      const uses = RULES[index]!.uses(service);
      for (let u = 0; u < uses.length; u++) {
        const use = uses[u]!;
        if (!Object.hasOwn(declared[index]!, use.name)) diagnostics.push(undefinedReference(RULES[index]!, use, declared[index]!, serviceName));
      }
    }
  }
  return diagnostics;
}

function undefinedReference(rule: ReferenceRule, use: Reference, declared: object, serviceName: string): Diagnostic {
  // A service cannot stand for itself: `depends_on: [web]` inside web suggests another name.
  const names = Object.keys(declared).filter((name) => rule.section !== "services" || name !== serviceName);
  const suggestion = closestKey(use.name, names);
  const params = { kind: rule.kind, name: use.name, section: rule.section, example: rule.example(use.name) };
  const path = ["services", serviceName, ...use.where];
  return diagnostic("undefined-reference", path, suggestion === undefined ? params : { ...params, suggestion });
}

/**
 * Named volumes among a service's mounts. Short syntax "data:/var/lib/x[:ro]" names volume `data`;
 * a source starting with ".", "/" or "~" ("./conf:/etc/app", "C:\\dir:/x" too) is a host path, and
 * "/var/lib/x" alone (no colon) is an anonymous volume. Long syntax names one with type: volume.
 */
function namedVolumes(service: ComposeService): readonly Reference[] {
  if (service.volumes === undefined) return NONE;
  return service.volumes.flatMap((volume, index): Reference[] => {
    if (typeof volume === "string") {
      const colon = volume.indexOf(":");
      const source = colon === -1 ? "" : volume.slice(0, colon);
      return source === "" || isHostPath(source, volume) ? [] : [{ name: source, where: ["volumes", index] }];
    }
    return volume.type === "volume" && volume.source ? [{ name: volume.source, where: ["volumes", index, "source"] }] : [];
  });
}

/**
 * "C:\\data:/data" and "C:/data:/data" are Windows host paths; "v:/v" and "v:/v:ro" name volume v
 * (a drive path is followed by a backslash, or by its own colon and an absolute target).
 */
const isHostPath = (source: string, whole: string): boolean => /^[./~]/.test(source) || /^[a-zA-Z]:(\\|\/[^:]*:\/)/.test(whole);

/** Service networks, list or map form; the implicit `default` network needs no declaration. */
function networks(service: ComposeService): readonly Reference[] {
  if (service.networks === undefined) return NONE;
  return keysOrItems(service.networks, "networks").filter((use) => use.name !== "default");
}

/** Service secrets and the secrets its build uses. */
function secrets(service: ComposeService): readonly Reference[] {
  const build = typeof service.build === "object" ? service.build.secrets : undefined;
  if (build === undefined) return sources(service.secrets, ["secrets"]);
  return [...sources(service.secrets, ["secrets"]), ...sources(build, ["build", "secrets"])];
}

/** depends_on targets; a map entry with `required: false` may name a service that is absent. */
function dependencies(service: ComposeService): readonly Reference[] {
  const dependsOn = service.depends_on;
  // The list form has no `required`: every item counts.
  if (dependsOn === undefined || Array.isArray(dependsOn)) return keysOrItems(dependsOn, "depends_on");
  return keysOrItems(dependsOn, "depends_on").filter((use) => dependsOn[use.name]?.required !== false);
}

/**
 * Services named by links ("db:database" → db), volumes_from ("db:ro" → db; "container:x" is outside the
 * project) and network_mode ("service:db" → db), at the item that names them.
 */
function serviceRelations(service: ComposeService): readonly Reference[] {
  if (service.links === undefined && service.volumes_from === undefined && service.network_mode === undefined) return NONE;
  const links = (service.links ?? []).map((text, index): Reference => ({ name: parseLinkText(text).service, where: ["links", index] }));
  const volumesFrom = (service.volumes_from ?? []).flatMap((text, index): Reference[] => {
    const from = parseVolumesFromText(text);
    return from.kind === "service" && from.name !== "" ? [{ name: from.name, where: ["volumes_from", index] }] : [];
  });
  const mode = service.network_mode === undefined ? undefined : parseNetworkModeText(service.network_mode);
  const networkMode: Reference[] = mode?.kind === "service" ? [{ name: mode.name ?? "", where: ["network_mode"] }] : [];
  return [...links, ...volumesFrom, ...networkMode];
}

/** configs/secrets: "name" or {source: name, target: …}; `at` below the service. */
function sources(items: ComposeService["configs"], at: Path): readonly Reference[] {
  if (items === undefined) return NONE;
  return items.flatMap((item, index): Reference[] => {
    if (typeof item === "string") return [{ name: item, where: [...at, index] }];
    return item.source ? [{ name: item.source, where: [...at, index, "source"] }] : [];
  });
}

/** ["a", "b"] → items; {a: …, b: …} → keys (the path points at the key); `key`, the service's. */
function keysOrItems(value: readonly string[] | Record<string, unknown> | undefined, key: string): readonly Reference[] {
  if (value === undefined) return NONE;
  if (Array.isArray(value)) return value.map((name: string, index): Reference => ({ name, where: [key, index] }));
  return Object.keys(value).map((name): Reference => ({ name, where: [key, name] }));
}
