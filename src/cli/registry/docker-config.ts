import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

/**
 * Credentials `docker login` stored in ~/.docker/config.json (or $DOCKER_CONFIG/config.json):
 * `auths.<registry>.auth`, base64 of "user:password". Credential helpers (`credsStore`,
 * `credHelpers`) keep secrets in another program; kubepose does not run it, and says so once.
 */
export interface DockerCredentials {
  /** Base64 "user:password" per registry host ("docker.io" for Docker Hub). */
  auths: Map<string, string>;
  /** Set when the file names a credential helper kubepose does not run. */
  helperNote?: string;
}

/** docker login writes Docker Hub under its v1 index URL; other registries by host, with or without https://. */
export function registryKey(written: string): string {
  const host = written.replace(/^https?:\/\//, "").replace(/\/.*$/, "");
  return host === "index.docker.io" || host === "registry-1.docker.io" ? "docker.io" : host;
}

export function readDockerCredentials(env: NodeJS.ProcessEnv = process.env): DockerCredentials {
  const dir = env["DOCKER_CONFIG"] ?? join(homedir(), ".docker");
  const path = join(dir, "config.json");
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return { auths: new Map() };
  }
  return parseDockerConfig(text, path);
}

export function parseDockerConfig(text: string, path: string): DockerCredentials {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { auths: new Map(), helperNote: `${path} is not JSON; registries are asked anonymously` };
  }
  const auths = new Map<string, string>();
  if (!isRecord(data)) return { auths };
  const written = isRecord(data["auths"]) ? data["auths"] : {};
  for (const [registry, entry] of Object.entries(written)) {
    if (isRecord(entry) && typeof entry["auth"] === "string" && entry["auth"] !== "") auths.set(registryKey(registry), entry["auth"]);
  }
  const helpers = [typeof data["credsStore"] === "string" ? data["credsStore"] : undefined, ...(isRecord(data["credHelpers"]) ? Object.values(data["credHelpers"]) : [])];
  const named = helpers.filter((helper): helper is string => typeof helper === "string");
  const result: DockerCredentials = { auths };
  if (named.length > 0) {
    result.helperNote = `${path} names credential helpers (${[...new Set(named)].join(", ")}); kubepose does not run them and uses only the "auth" entries of "auths"`;
  }
  return result;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
