import type { Evidence } from "../model/connections.js";
import type { Service } from "../model/project.js";
import type { NameIndex } from "./names.js";
import { findArgumentReferences, findEnvironmentReferences, findReferences, isHostVariable, portVariableOf, type Reference } from "./references.js";

/** One reference a service makes to a name, with the evidence and, for a host variable, its *_PORT partner. */
export interface Found {
  reference: Reference;
  evidence: Evidence;
  pairPort?: number;
}

/** Passwords in URLs stay out of reports: "postgres://app:pw@db" → "postgres://app:***@db". */
const masked = (text: string): string => text.replace(/(:\/\/[^\s:/@]+):[^\s/@]+@/g, "$1:***@");
const oneLine = (text: string): string => masked(text.replace(/\s+/g, " ").trim()).slice(0, 200);

const numeric = (text: string | undefined): number | undefined => {
  const value = Number(text);
  return text !== undefined && Number.isInteger(value) && value > 0 && value <= 65535 ? value : undefined;
};

// Each adds what it finds to `found`: most services reference nothing in most of their variables and
// arguments, and referencesOf runs for every service (an array, a path and a spread per kind cost more
// than the look-ups on 1000 services).

function fromEnvironment(service: Service, names: NameIndex, found: Found[]): void {
  const { environment } = service;
  const keys = Object.keys(environment);
  // By index: a for-of allocates a result object per step until this is optimized.
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]!;
    const value = environment[key]!;
    const references = findEnvironmentReferences(key, value, names.isName);
    if (references.length === 0) continue;
    const path = service.environmentPaths[key] ?? [...service.path, "environment", key];
    const kind = path.includes("env_file") ? "env_file" : "environment";
    const pairPort = isHostVariable(key) ? numeric(environment[portVariableOf(key)]) : undefined;
    const text = oneLine(`${key}=${value}`);
    for (const reference of references) found.push({ reference, evidence: { kind, text, variable: key, path }, ...(pairPort === undefined ? {} : { pairPort }) });
  }
}

/** The argv is written at `segment` below `path`; that path is made only when something is found. */
function fromArguments(kind: "command" | "entrypoint" | "healthcheck", argv: readonly string[] | undefined, path: Evidence["path"], segment: string, names: NameIndex, found: Found[]): void {
  if (argv === undefined) return;
  const references = findArgumentReferences(argv, names.isName);
  if (references.length === 0) return;
  const text = oneLine(argv.join(" "));
  const at = [...path, segment];
  for (const reference of references) found.push({ reference, evidence: { kind, text, path: at } });
}

/** Project files bind-mounted into the container (nginx.conf, prometheus.yml…), line by line. */
function fromMountedFiles(service: Service, names: NameIndex, found: Found[]): void {
  for (const mount of service.volumes) {
    if (mount.type !== "bind" || mount.files === undefined) continue;
    for (const file of mount.files) {
      const name = file.path === "" ? mount.source : `${mount.source}/${file.path}`;
      file.content.split("\n").forEach((line, index) => {
        for (const reference of findReferences(line, names.isName)) {
          const evidence: Evidence = { kind: "mounted-file", text: oneLine(line), path: mount.path, file: { file: name, line: index + 1, column: reference.start + 1 } };
          found.push({ reference, evidence });
        }
      });
    }
  }
}

/** Names the service's depends_on and links point at: evidence without a port. */
function fromRelations(service: Service, names: NameIndex, found: Found[]): void {
  const add = (name: string, kind: "depends_on" | "links", text: string, path: Evidence["path"]) => {
    if (names.get(name) !== undefined) found.push({ reference: { name: name.toLowerCase(), start: -1, end: -1 }, evidence: { kind, text, path } });
  };
  for (const dependency of service.dependsOn) add(dependency.service, "depends_on", dependency.service, dependency.path);
  for (const link of service.links) add(link.alias === link.service ? link.service : link.alias, "links", link.alias === link.service ? link.service : `${link.service}:${link.alias}`, link.path);
}

/** Every reference one service makes, in a stable order: relations, environment, command, entrypoint, healthcheck, files. */
export function referencesOf(service: Service, names: NameIndex): Found[] {
  const found: Found[] = [];
  const check = service.healthcheck;
  fromRelations(service, names, found);
  fromEnvironment(service, names, found);
  fromArguments("command", service.command, service.path, "command", names, found);
  fromArguments("entrypoint", service.entrypoint, service.path, "entrypoint", names, found);
  if (check !== undefined && !check.disabled) fromArguments("healthcheck", check.test, check.path, "test", names, found);
  fromMountedFiles(service, names, found);
  return found;
}
