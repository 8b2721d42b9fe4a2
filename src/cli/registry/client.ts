import { createHash } from "node:crypto";
import { DOCKER_HUB, effectiveTag, type ImageReference } from "../../model/image-reference.js";
import { parseChallenge, tokenUrl, type Challenge } from "./challenge.js";

/**
 * Resolves a tag to its manifest digest through the OCI Distribution API
 * (https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pulling-manifests):
 * HEAD /v2/<repository>/manifests/<tag> with the media types a pull accepts, answered by the
 * Docker-Content-Digest header, or, when a registry leaves it out, the sha256 of the body of a GET.
 * A 401 carries the challenge: Bearer (Docker Hub, GHCR, Quay: fetch a pull token from the realm,
 * anonymously or with the stored credentials) or Basic (send the stored credentials).
 */
export const MANIFEST_TYPES = [
  "application/vnd.oci.image.index.v1+json",
  "application/vnd.docker.distribution.manifest.list.v2+json",
  "application/vnd.oci.image.manifest.v1+json",
  "application/vnd.docker.distribution.manifest.v2+json",
] as const;

export type Resolution = { kind: "digest"; digest: string } | { kind: "error"; reason: string };

export interface RegistryAccess {
  /** Base64 "user:password" for a registry key ("docker.io", "ghcr.io", "127.0.0.1:5000"), when stored. */
  credentials(registry: string): string | undefined;
  fetch: typeof fetch;
  timeoutMs: number;
}

/** Docker Hub's API lives on another host than its name. */
export const apiHost = (registry: string): string => (registry === DOCKER_HUB ? "registry-1.docker.io" : registry);

/** Docker treats registries on 127.0.0.0/8 (and localhost, ::1) as insecure: plain HTTP there, HTTPS everywhere else. */
export function isLoopback(registry: string): boolean {
  const host = registry.startsWith("[") ? registry.slice(1, registry.indexOf("]")) : registry.replace(/:\d+$/, "");
  return host === "localhost" || host === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

export function manifestUrl(reference: ImageReference): URL {
  const scheme = isLoopback(reference.registry) ? "http" : "https";
  return new URL(`${scheme}://${apiHost(reference.registry)}/v2/${reference.repository}/manifests/${effectiveTag(reference)}`);
}

export async function resolveDigest(reference: ImageReference, access: RegistryAccess): Promise<Resolution> {
  const url = manifestUrl(reference);
  try {
    let authorization: string | undefined;
    let response = await ask(url, "HEAD", authorization, access);
    if (response.status === 401) {
      const challenged = await authorize(parseChallenge(response.headers.get("www-authenticate")), reference, access);
      if (challenged.kind === "error") return challenged;
      authorization = challenged.header;
      response = await ask(url, "HEAD", authorization, access);
    }
    if (!response.ok) return { kind: "error", reason: refusal(response.status, url, reference) };
    const header = response.headers.get("docker-content-digest");
    if (header !== null && /^sha256:[0-9a-f]{64}$/.test(header)) return { kind: "digest", digest: header };
    const body = await ask(url, "GET", authorization, access);
    if (!body.ok) return { kind: "error", reason: refusal(body.status, url, reference) };
    return { kind: "digest", digest: `sha256:${createHash("sha256").update(Buffer.from(await body.arrayBuffer())).digest("hex")}` };
  } catch (error) {
    return { kind: "error", reason: `cannot reach ${url.origin}: ${networkReason(error)}` };
  }
}

function ask(url: URL, method: "HEAD" | "GET", authorization: string | undefined, access: RegistryAccess): Promise<Response> {
  const headers: Record<string, string> = { Accept: MANIFEST_TYPES.join(", ") };
  if (authorization !== undefined) headers["Authorization"] = authorization;
  return access.fetch(url, { method, headers, redirect: "follow", signal: AbortSignal.timeout(access.timeoutMs) });
}

type Authorized = { kind: "header"; header: string } | { kind: "error"; reason: string };

async function authorize(challenge: Challenge | undefined, reference: ImageReference, access: RegistryAccess): Promise<Authorized> {
  const stored = access.credentials(reference.registry);
  if (challenge?.scheme === "basic") {
    return stored === undefined ? { kind: "error", reason: `${reference.registry} asks for a user name and password; run docker login ${reference.registry} first` } : { kind: "header", header: `Basic ${stored}` };
  }
  const url = challenge === undefined ? undefined : tokenUrl(challenge, reference.repository);
  if (url === undefined) return { kind: "error", reason: `${reference.registry} answered 401 without a Bearer or Basic challenge kubepose can follow` };
  const response = await access.fetch(url, {
    headers: stored === undefined ? {} : { Authorization: `Basic ${stored}` },
    signal: AbortSignal.timeout(access.timeoutMs),
  });
  if (!response.ok) return { kind: "error", reason: `the token service ${url.origin} answered ${response.status} for ${reference.repository}` };
  const body: unknown = await response.json();
  const token = typeof body === "object" && body !== null ? (Reflect.get(body, "token") ?? Reflect.get(body, "access_token")) : undefined;
  if (typeof token !== "string" || token === "") return { kind: "error", reason: `the token service ${url.origin} answered without a token` };
  return { kind: "header", header: `Bearer ${token}` };
}

function refusal(status: number, url: URL, reference: ImageReference): string {
  const tag = effectiveTag(reference);
  if (status === 404) return `${url.host} has no manifest ${reference.repository}:${tag} (404)`;
  if (status === 401 || status === 403) return `${url.host} refused ${reference.repository}:${tag} (${status}); a private image needs docker login ${reference.registry}`;
  return `${url.host} answered ${status} for ${reference.repository}:${tag}`;
}

/** fetch wraps the socket error in `cause`: ECONNREFUSED, ENOTFOUND, a TLS failure, or the timeout. */
function networkReason(error: unknown): string {
  if (error instanceof Error && error.name === "TimeoutError") return "no answer in time";
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error) return cause.message;
  return error instanceof Error ? error.message : String(error);
}
