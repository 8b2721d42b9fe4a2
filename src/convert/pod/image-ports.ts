import { officialImageName } from "../../model/image-reference.js";

/**
 * The port an official image listens on, as its Dockerfile declares it with EXPOSE, for advice that
 * fits the service ("expose: [\"6379\"]" for redis, not a made-up number). Only images whose EXPOSE
 * was read are here; each row names where. The first EXPOSE port is the one clients use.
 *
 * Source: docker-library/repo-info, repos/IMAGE/remote/TAG.md, which prints each official image's
 * Dockerfile history (the EXPOSE line) per tag.
 */
const exposedPorts: Readonly<Record<string, { port: number; source: string }>> = {
  redis: { port: 6379, source: "docker-library/repo-info repos/redis/remote/*.md: EXPOSE 6379" },
  postgres: { port: 5432, source: "docker-library/repo-info repos/postgres/remote/*.md: EXPOSE 5432" },
  mysql: { port: 3306, source: "docker-library/repo-info repos/mysql/remote/*.md: EXPOSE 3306 33060" },
  memcached: { port: 11211, source: "docker-library/repo-info repos/memcached/remote/*.md: EXPOSE 11211" },
};

/** The port the image declares, when kubepose knows the image. */
export function exposedPort(image: string | undefined): number | undefined {
  if (image === undefined) return undefined;
  const name = officialImageName(image);
  return name !== undefined && Object.hasOwn(exposedPorts, name) ? exposedPorts[name]?.port : undefined;
}
