/**
 * The port a URL means when it names none: each scheme's default, as its client libraries and the IANA
 * service name and port registry (https://www.iana.org/assignments/service-names-port-numbers) have it.
 */
export const schemePorts: Readonly<Record<string, number>> = {
  http: 80,
  ws: 80,
  https: 443,
  wss: 443,
  grpc: 80,
  postgres: 5432,
  postgresql: 5432,
  mysql: 3306,
  mariadb: 3306,
  mongodb: 27017,
  redis: 6379,
  rediss: 6379,
  amqp: 5672,
  amqps: 5671,
  nats: 4222,
  memcached: 11211,
  mqtt: 1883,
  ldap: 389,
  ldaps: 636,
  smtp: 25,
  ftp: 21,
};

/** "Postgres+asyncpg" → 5432: SQLAlchemy-style driver suffixes keep the scheme's port. */
export function schemePort(scheme: string): number | undefined {
  const base = scheme.toLowerCase().split("+")[0] ?? "";
  return Object.hasOwn(schemePorts, base) ? schemePorts[base] : undefined;
}
