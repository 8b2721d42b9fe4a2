/**
 * Where widely used images keep their data: the `VOLUME` instruction of each image's own Dockerfile,
 * read at the source named beside each row (repository, file). Only rows checked at such a source belong
 * here; an image that is not listed is simply unknown. A bind mount of a project directory read-write at
 * one of these paths is the image's data, so it becomes a PersistentVolumeClaim, not a copy.
 */
export interface ImageDataDirectory {
  /** The repository as on Docker Hub: "postgres" (official images), "minio/minio". */
  image: string;
  paths: readonly string[];
  source: string;
}

export const imageDataDirectories: readonly ImageDataDirectory[] = [
  { image: "postgres", paths: ["/var/lib/postgresql/data"], source: "docker-library/postgres, 16/bookworm/Dockerfile: VOLUME /var/lib/postgresql/data" },
  { image: "mysql", paths: ["/var/lib/mysql"], source: "docker-library/mysql, 8.0/Dockerfile.oracle: VOLUME /var/lib/mysql" },
  { image: "mariadb", paths: ["/var/lib/mysql"], source: "MariaDB/mariadb-docker, 11.4/Dockerfile: VOLUME /var/lib/mysql" },
  { image: "mongo", paths: ["/data/db", "/data/configdb"], source: "docker-library/mongo, 7.0/Dockerfile: VOLUME /data/db /data/configdb" },
  { image: "redis", paths: ["/data"], source: "redis/docker-library-redis, 7.2/debian/Dockerfile: VOLUME /data" },
  { image: "elasticsearch", paths: ["/usr/share/elasticsearch/data"], source: "docker-library/elasticsearch, 5/Dockerfile: VOLUME /usr/share/elasticsearch/data" },
  { image: "minio/minio", paths: ["/data"], source: "minio/minio, Dockerfile.release: VOLUME [\"/data\"]" },
];

const dockerHubHosts = new Set(["docker.io", "index.docker.io", "registry-1.docker.io"]);

/**
 * The Docker Hub repository of an image reference, without registry, tag or digest:
 *   "postgres:16" → "postgres", "docker.io/library/redis:7-alpine" → "redis", "minio/minio@sha256:…" → "minio/minio";
 * an image of another registry keeps its host ("ghcr.io/acme/db:1" → "ghcr.io/acme/db").
 */
export function imageRepository(image: string): string {
  const withoutDigest = image.split("@")[0] ?? image;
  const lastSlash = withoutDigest.lastIndexOf("/");
  const colon = withoutDigest.indexOf(":", lastSlash + 1);
  const parts = (colon < 0 ? withoutDigest : withoutDigest.slice(0, colon)).split("/");
  const first = parts[0] ?? "";
  if (parts.length > 1 && dockerHubHosts.has(first)) parts.shift();
  if (parts.length > 1 && parts[0] === "library") parts.shift();
  return parts.join("/");
}

const covers = (outer: string, inner: string): boolean => inner === outer || inner.startsWith(`${outer === "/" ? "" : outer}/`);

/**
 * The data directory of `image` that a mount at `target` holds, when the table knows one: the target is
 * the directory itself, one of its parents (the mount covers it) or a folder inside it (PGDATA=…/data/pgdata).
 *   imageDataDirectory("postgres:16", "/var/lib/postgresql/data") → the postgres row and its path
 */
export function imageDataDirectory(image: string | undefined, target: string): { row: ImageDataDirectory; path: string } | undefined {
  if (image === undefined) return undefined;
  const repository = imageRepository(image);
  const row = imageDataDirectories.find((candidate) => candidate.image === repository);
  const path = row?.paths.find((candidate) => covers(candidate, target) || covers(target, candidate));
  return row === undefined || path === undefined ? undefined : { row, path };
}
