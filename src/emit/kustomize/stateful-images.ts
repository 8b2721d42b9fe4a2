import { parseImage } from "../helm/image-reference.js";

/**
 * Images of servers that keep their own state: a second pod of one of them is a second, independent
 * server behind the same Service (a second Redis, a second PostgreSQL), not a replica of the first:
 * each project's documentation describes replication as something to set up, not what two copies do.
 * A prod overlay keeps their Compose count.
 */
const statefulServers = new Set([
  "redis", "valkey", "postgres", "mysql", "mariadb", "mongo", "memcached", "rabbitmq", "elasticsearch",
  "opensearch", "kafka", "zookeeper", "etcd", "cassandra", "couchdb", "influxdb", "minio", "nats",
]);

/** "bitnami/redis:7" and "docker.io/library/postgres:16" are known servers; "example.com/shop/web" is not. */
export function isStatefulServer(image: string): boolean {
  const name = parseImage(image).repository.split("/").pop() ?? "";
  return statefulServers.has(name);
}
