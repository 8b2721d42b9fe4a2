import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Path, SourceMap } from "../diagnostics/types.js";
import type { Project } from "../model/project.js";
import { parseImageReference } from "../model/image-reference.js";
import { readDockerCredentials, registryKey, type DockerCredentials } from "./registry/docker-config.js";
import { resolveDigest, type RegistryAccess } from "./registry/client.js";

/**
 * --pin-digests, the CLI's half: the network I/O the core must not do. It asks the registries for
 * the digest of every image the project pulls (each distinct reference once, a few at a time) and
 * hands convert a map image → digest. An image that cannot be resolved is one error at its
 * `image:` line. Images built by the project (`build:`) are not in a registry yet and stay tags.
 */
export interface PinResult {
  digests: Record<string, string>;
  diagnostics: Diagnostic[];
}

export interface PinAccess {
  credentials: DockerCredentials;
  fetch: typeof fetch;
  timeoutMs: number;
}

export const defaultPinAccess = (): PinAccess => ({ credentials: readDockerCredentials(), fetch: globalThis.fetch, timeoutMs: 20_000 });

const PARALLEL = 4;

export async function pinDigests(project: Project, sources: SourceMap | undefined, access: PinAccess): Promise<PinResult> {
  const diagnostics: Diagnostic[] = [];
  const located = (found: Diagnostic): Diagnostic => {
    const location = sources?.locate(found.path);
    return location === undefined ? found : { ...found, location };
  };
  const wanted = new Map<string, Path[]>();
  for (const service of project.services) {
    if (service.image === undefined || service.image.includes("@")) continue;
    const path = [...service.path, "image"];
    if (service.build !== undefined) {
      diagnostics.push(located(diagnostic("pin-digest-built", path, { service: service.name, image: service.image })));
      continue;
    }
    wanted.set(service.image, [...(wanted.get(service.image) ?? []), path]);
  }
  // pre_start hooks may run their own image; it is pinned the same way.
  for (const hook of project.services.flatMap((service) => service.preStart ?? [])) {
    if (hook.image !== undefined && !hook.image.includes("@")) wanted.set(hook.image, [...(wanted.get(hook.image) ?? []), [...hook.path, "image"]]);
  }
  if (access.credentials.helperNote !== undefined && wanted.size > 0) {
    diagnostics.push(diagnostic("docker-credential-helper", [], { detail: access.credentials.helperNote }));
  }
  const registry: RegistryAccess = { credentials: (name) => access.credentials.auths.get(registryKey(name)), fetch: access.fetch, timeoutMs: access.timeoutMs };
  const digests: Record<string, string> = {};
  const images = [...wanted.keys()];
  for (let start = 0; start < images.length; start += PARALLEL) {
    const batch = images.slice(start, start + PARALLEL);
    const answers = await Promise.all(batch.map(async (image) => {
      const reference = parseImageReference(image);
      return { image, answer: reference === undefined ? undefined : await resolveDigest(reference, registry) };
    }));
    for (const { image, answer } of answers) {
      // One error per image, at the first service that pulls it (an anchor shares one line anyway).
      const path = wanted.get(image)?.[0] ?? [];
      if (answer?.kind === "digest") digests[image] = answer.digest;
      else if (answer === undefined) diagnostics.push(located(diagnostic("pin-digest-unparsable", path, { image })));
      else diagnostics.push(located(diagnostic("pin-digest-failed", path, { image, reason: answer.reason })));
    }
  }
  return { digests, diagnostics };
}
