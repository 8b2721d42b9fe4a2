import type { Context } from "../model/context.js";
import type { Boundary } from "../load/file-access.js";
import type { Diagnostic, Location, StageResult } from "../diagnostics/types.js";
import { tooLongReported } from "../load/project-env.js";
import type { ComposeFile } from "../validate/schema.js";
import { parseFileObjects } from "./configs-secrets.js";
import type { Project } from "../model/project.js";
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
  realPath?: Context["realPath"];
  fileKind?: Context["fileKind"];
  readBytes?: Context["readBytes"];
  /** What may be read (load/file-access.ts); without it, the working directory. */
  boundary?: Boundary;
  /** Variables too long to build, by where each was defined: an error where a service uses one. */
  tooLong?: ReadonlyMap<string, Location>;
}

/**
 * Turns the document as written into the canonical Project. Each key family is parsed by its own module
 * (ports.ts, volumes.ts, environment.ts…); this only walks the sections. Services keep the file's order.
 */
export function normalize(file: ComposeFile, given: NormalizeContext): StageResult<Project> {
  const diagnostics: Diagnostic[] = [];
  const context = given.tooLong ? { ...given, env: tooLongReported(given.env, given.tooLong, diagnostics) } : given;
  const services = isRecord(file.services) ? Object.entries(file.services) : [];
  const project: Project = {
    name: context.projectName,
    workingDir: context.workingDir,
    services: services.map(([name, service]) => normalizeService(name, service, context, diagnostics)),
    volumes: parseVolumeDefinitions(file.volumes, diagnostics),
    networks: parseNetworkDefinitions(file.networks, diagnostics),
    configs: parseFileObjects(file.configs, "configs", context, diagnostics),
    secrets: parseFileObjects(file.secrets, "secrets", context, diagnostics),
  };
  return { value: project, diagnostics };
}
