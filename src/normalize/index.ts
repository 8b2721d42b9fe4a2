import type { Context } from "../model/context.js";
import type { Diagnostic, StageResult } from "../diagnostics/types.js";
import type { ComposeFile } from "../validate/schema.js";
import { parseFileObjects } from "./configs-secrets.js";
import type { InterpolatedSecret, Project } from "../model/project.js";
import { parseNetworkDefinitions } from "./networks.js";
import { isRecord } from "./scalars.js";
import { normalizeService } from "./service.js";
import { parseVolumeDefinitions } from "./volume-definitions.js";

export interface NormalizeContext {
  projectName: string;
  workingDir: string;
  /** Interpolation variables, for env_file contents. */
  env: Record<string, string>;
  readFile: Context["readFile"];
  isDirectory?: Context["isDirectory"];
  /** To read the files of bind-mounted directories inside the project; without it they are left unread. */
  listDirectory?: Context["listDirectory"];
  /** Credential-like variables substituted into values while loading (load/secret-uses.ts). */
  interpolatedSecrets?: InterpolatedSecret[];
}

/**
 * Turns the document as written into the canonical Project. Each key family is parsed by its own module
 * (ports.ts, volumes.ts, environment.ts…); this only walks the sections. Services keep the file's order.
 */
export function normalize(file: ComposeFile, context: NormalizeContext): StageResult<Project> {
  const diagnostics: Diagnostic[] = [];
  const services = isRecord(file.services) ? Object.entries(file.services) : [];
  const project: Project = {
    name: context.projectName,
    workingDir: context.workingDir,
    services: services.map(([name, service]) => normalizeService(name, service, context, diagnostics)),
    volumes: parseVolumeDefinitions(file.volumes, diagnostics),
    networks: parseNetworkDefinitions(file.networks, diagnostics),
    configs: parseFileObjects(file.configs, "configs", context, diagnostics),
    secrets: parseFileObjects(file.secrets, "secrets", context, diagnostics),
    ...(context.interpolatedSecrets && context.interpolatedSecrets.length > 0 ? { interpolatedSecrets: context.interpolatedSecrets } : {}),
  };
  return { value: project, diagnostics };
}
