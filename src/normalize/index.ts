import type { Context } from "../model/context.js";
import { hasErrors, type Diagnostic, type Location, type StageResult } from "../diagnostics/types.js";
import { serviceOf } from "../diagnostics/shared.js";
import type { Boundary } from "../load/file-access.js";
import { tooLongReported } from "../load/project-env.js";
import type { ComposeFile } from "../validate/schema.js";
import { parseFileObjects } from "./configs-secrets.js";
import { checkDependencyCycles } from "./cycles.js";
import type { InterpolatedSecret, Project } from "../model/project.js";
import { parseNetworkDefinitions } from "./networks.js";
import { normalizeService } from "./service.js";
import { parseVolumeDefinitions } from "./volume-definitions.js";
import { activeProfiles, applyProfiles } from "./profiles.js";

export interface NormalizeContext {
  projectName: string;
  workingDir: string;
  /** Interpolation variables, for env_file contents. */
  env: Record<string, string>;
  readFile: Context["readFile"];
  isDirectory?: Context["isDirectory"];
  /** To read the files of bind-mounted directories inside the project; without it they are left unread. */
  listDirectory?: Context["listDirectory"];
  /** --profile flags; without any, COMPOSE_PROFILES from `env` decides. */
  profiles?: readonly string[];
  /** Permission bits of bind-mounted project files, so executables stay executable in the pod. */
  fileMode?: Context["fileMode"];
  realPath?: Context["realPath"];
  fileKind?: Context["fileKind"];
  readBytes?: Context["readBytes"];
  /** What may be read (load/file-access.ts); without it, the working directory. */
  boundary?: Boundary;
  /** Variables too long to build, by where each was defined: an error where a service uses one. */
  tooLong?: ReadonlyMap<string, Location>;
  /** Credential-like variables substituted into values while loading (load/secret-uses.ts). */
  interpolatedSecrets?: InterpolatedSecret[];
  /** Values known to be credentials (load's credentialValues). */
  credentials?: string[];
}

/**
 * The project docker compose would run: the document parsed into the canonical Project, the services
 * of inactive profiles left out, and the project-level rules checked on what is left (dependency cycles).
 * When parsing reports an error, the parsed project is returned as it is, before profiles and cycles.
 */
export function normalize(file: ComposeFile, context: NormalizeContext): StageResult<Project> {
  const parsed = parseProject(file, context);
  if (hasErrors(parsed.diagnostics)) return parsed;
  const profiled = applyProfiles(parsed.value, activeProfiles(context.profiles ?? [], context.env));
  // A service that profiles disable gets its note and nothing else: what parsing said about it goes.
  const diagnostics = [...aboutEnabled(parsed.diagnostics, profiled.value), ...profiled.diagnostics, ...checkDependencyCycles(profiled.value.services)];
  return { value: profiled.value, diagnostics };
}

/** The diagnostics that are not about a service the profiles left out. */
function aboutEnabled(diagnostics: readonly Diagnostic[], project: Project): Diagnostic[] {
  const enabled = new Set(project.services.map((service) => service.name));
  return diagnostics.filter((d) => {
    const service = serviceOf(d.path);
    return service === undefined || enabled.has(service);
  });
}

/**
 * Turns the document as written into the canonical Project. Each key family is parsed by its own module
 * (ports.ts, volumes.ts, environment.ts…); this only walks the sections. Services keep the file's order.
 */
function parseProject(file: ComposeFile, given: NormalizeContext): StageResult<Project> {
  const diagnostics: Diagnostic[] = [];
  const context = given.tooLong ? { ...given, env: tooLongReported(given.env, given.tooLong, diagnostics) } : given;
  const services = Object.entries(file.services ?? {});
  const project: Project = {
    name: context.projectName,
    workingDir: context.workingDir,
    services: services.map(([name, service]) => normalizeService(name, service, context, diagnostics)),
    volumes: parseVolumeDefinitions(file.volumes, diagnostics),
    networks: parseNetworkDefinitions(file.networks, diagnostics),
    configs: parseFileObjects(file.configs, "configs", context, diagnostics),
    secrets: parseFileObjects(file.secrets, "secrets", context, diagnostics),
    ...(context.interpolatedSecrets && context.interpolatedSecrets.length > 0 ? { interpolatedSecrets: context.interpolatedSecrets } : {}),
    ...(context.credentials && context.credentials.length > 0 ? { credentialValues: context.credentials } : {}),
  };
  return { value: project, diagnostics };
}
