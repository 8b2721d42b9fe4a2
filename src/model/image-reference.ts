/**
 * An image reference as Docker reads it (distribution/reference's ParseNormalizedNamed): a name with
 * no registry host is on Docker Hub ("docker.io"), and a one-part Docker Hub name is under
 * "library/" ("nginx" is docker.io/library/nginx). The first part is a registry host when it has a
 * "." or ":" or is "localhost"; a name with neither tag nor digest means the tag "latest".
 */
export interface ImageReference {
  /** As written: "nginx:1.27", "ghcr.io/acme/api@sha256:…". */
  written: string;
  /** The registry host as written or implied: "docker.io", "ghcr.io", "127.0.0.1:5000". */
  registry: string;
  /** The repository path inside it: "library/nginx", "acme/api". */
  repository: string;
  /** The tag as written, or undefined when none was written. */
  tag?: string;
  /** The digest as written ("sha256:…"), or undefined. */
  digest?: string;
}

export const DOCKER_HUB = "docker.io";

/** Parses a reference, or returns undefined when it is not one (empty, or a variable left unset). */
export function parseImageReference(written: string): ImageReference | undefined {
  const [nameAndTag = "", digest, extra] = written.split("@");
  if (nameAndTag === "" || extra !== undefined) return undefined;
  const lastSlash = nameAndTag.lastIndexOf("/");
  const colon = nameAndTag.lastIndexOf(":");
  const tag = colon > lastSlash ? nameAndTag.slice(colon + 1) : undefined;
  const name = tag === undefined ? nameAndTag : nameAndTag.slice(0, colon);
  const firstSlash = name.indexOf("/");
  const first = firstSlash === -1 ? "" : name.slice(0, firstSlash);
  const hasHost = first !== "" && (/[.:]/.test(first) || first === "localhost" || first !== first.toLowerCase());
  // distribution/reference reads the legacy index.docker.io as docker.io.
  const registry = hasHost && first !== "index.docker.io" ? first : DOCKER_HUB;
  const path = hasHost ? name.slice(firstSlash + 1) : name;
  const repository = registry === DOCKER_HUB && !path.includes("/") ? `library/${path}` : path;
  if (!/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(repository)) return undefined;
  if (tag !== undefined && !/^[\w][\w.-]{0,127}$/.test(tag)) return undefined;
  if (digest !== undefined && !/^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/.test(digest)) return undefined;
  const reference: ImageReference = { written, registry, repository };
  if (tag !== undefined) reference.tag = tag;
  if (digest !== undefined) reference.digest = digest;
  return reference;
}

/** The tag a pull uses: the written one, else "latest". */
export const effectiveTag = (reference: ImageReference): string => reference.tag ?? "latest";

/** The reference with a digest added after its name and tag as written: "nginx:1.27@sha256:…". */
export const withDigest = (written: string, digest: string): string => `${written}@${digest}`;

/** The Docker Official Image a reference names ("redis:7" and "docker.io/library/redis" → "redis"), or undefined. */
export function officialImageName(written: string): string | undefined {
  const reference = parseImageReference(written);
  if (reference?.registry !== DOCKER_HUB) return undefined;
  const name = reference.repository.replace(/^library\//, "");
  return reference.repository.startsWith("library/") && !name.includes("/") ? name : undefined;
}
