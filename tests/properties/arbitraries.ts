import fc from "fast-check";
import { stringify } from "yaml";

/*
 * Compose projects written the way teams write them (images and builds, short and long ports, env lists
 * and maps, volumes, depends_on, healthchecks, a shared anchor), then mutated: a value replaced by a
 * wrong type, an odd string, a huge number, unicode.
 */

/** What the .env of every generated project holds: credentials the output may show only inside Secrets. */
export const CREDENTIALS = { DB_PASSWORD: "pw-4f1c9e2d-never-outside", API_TOKEN: "tok-8b7a6c5d-never-outside" } as const;
export const ENV_FILE = `${Object.entries(CREDENTIALS).map(([k, v]) => `${k}=${v}`).join("\n")}\nAPP_PORT=8080\n`;

/** Compose allows more in a service name than Kubernetes in an object name: "API_v2", "web.1", "9lives". */
const name = fc.oneof(fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/), fc.stringMatching(/^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,12}$/));
const port = fc.integer({ min: 1, max: 65535 });
const image = fc.constantFrom("nginx:1.27", "postgres:16", "redis:7", "registry.example.com/team/api:1.4.2", "ghcr.io/acme/worker@sha256:" + "a".repeat(64));

const shortPort = fc.oneof(
  port.map(String),
  fc.tuple(port, port).map(([a, b]) => `${a}:${b}`),
  fc.tuple(port, port).map(([a, b]) => `127.0.0.1:${a}:${b}/udp`),
  fc.constant("${APP_PORT}:80"),
  fc.tuple(fc.integer({ min: 1000, max: 1100 }), fc.integer({ min: 0, max: 20 })).map(([a, n]) => `${a}-${a + n}:${a}-${a + n}`),
);
const longPort = fc.record({ target: port, published: fc.option(port.map(String), { nil: undefined }), protocol: fc.constantFrom("tcp", "udp") }, { requiredKeys: ["target"] });

const envValue = fc.oneof(
  fc.constantFrom("info", "postgres://app:${DB_PASSWORD}@db:5432/app", "-Xmx256m -Dpw=${DB_PASSWORD}", "${API_TOKEN}", "true", "8080"),
  fc.string({ maxLength: 12 }).filter((s) => !s.includes("$")),
);
const envKey = fc.constantFrom("LOG_LEVEL", "DATABASE_URL", "JAVA_OPTS", "API_TOKEN", "DB_PASSWORD", "FEATURE_FLAG", "PORT");
const environment = fc.oneof(
  fc.dictionary(envKey, envValue, { maxKeys: 4 }),
  fc.array(fc.tuple(envKey, envValue).map(([k, v]) => `${k}=${v}`), { maxLength: 4 }),
);

const volume = fc.oneof(
  fc.constantFrom("data:/var/lib/data", "./config:/etc/app:ro", "./data:/srv/data", "/var/run/docker.sock:/var/run/docker.sock", "/tmp"),
  fc.record({ type: fc.constant("volume"), source: fc.constant("data"), target: fc.constant("/data") }),
);

const healthcheck = fc.record({
  test: fc.oneof(
    fc.constant(["CMD", "pg_isready", "-p", "${DB_PASSWORD}"]),
    fc.constant("curl -f http://localhost/ || exit 1"),
    fc.constant(["CMD-SHELL", "redis-cli -a \"${API_TOKEN}\" ping"]),
    fc.constant(["NONE"]),
  ),
  interval: fc.constantFrom("10s", "1m30s", "500ms"),
  retries: fc.integer({ min: 0, max: 10 }),
}, { requiredKeys: ["test"] });

const command = fc.oneof(fc.constant(["redis-server", "--requirepass", "${DB_PASSWORD}"]), fc.constant("npm run start -- --token ${API_TOKEN}"), fc.constant(["./migrate", "up"]));

export const serviceArbitrary = fc.record({
  // Mostly an image; `build:` without `image:` is realistic too, and an error kubepose must place.
  image: fc.option(image, { nil: undefined, freq: 8 }),
  build: fc.option(fc.oneof(fc.constant("."), fc.record({ context: fc.constant("./api"), dockerfile: fc.constant("Dockerfile") })), { nil: undefined }),
  ports: fc.option(fc.array(fc.oneof(shortPort, longPort), { maxLength: 3 }), { nil: undefined }),
  environment: fc.option(environment, { nil: undefined }),
  volumes: fc.option(fc.array(volume, { maxLength: 2 }), { nil: undefined }),
  healthcheck: fc.option(healthcheck, { nil: undefined }),
  command: fc.option(command, { nil: undefined }),
  labels: fc.option(fc.dictionary(fc.constantFrom("com.example.team", "traefik.enable", "api-key", "com.example.db-password"), fc.constantFrom("payments", "true", "${API_TOKEN}")), { nil: undefined }),
  restart: fc.option(fc.constantFrom("always", "unless-stopped", "on-failure:3", "no"), { nil: undefined }),
});

/** A replacement for one value: a wrong type, an odd string, a huge number, unicode. */
const mutation = fc.oneof(
  fc.constantFrom<unknown>(null, true, 0, -1, 1e308, 2 ** 53 + 1, -0.5, [], {}, [[]], { "": "" }),
  fc.constantFrom("", " ", "${", "$$", "${DB_PASSWORD:?}", "é🚀\u200b", "a".repeat(300), "80:80:80", "0x1F", "1e3", "~", "yes", "<<"),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.integer(),
);

type Json = unknown;

/** Replaces the value at a random place in `value` (picked by `choice`) with `replacement`. */
function mutate(value: Json, choice: number, replacement: Json): Json {
  const places: { parent: Record<string, Json> | Json[]; key: string | number }[] = [];
  const walk = (node: Json) => {
    if (Array.isArray(node)) node.forEach((item, i) => (places.push({ parent: node, key: i }), walk(item)));
    else if (node !== null && typeof node === "object") for (const [k, v] of Object.entries(node)) (places.push({ parent: node as Record<string, Json>, key: k }), walk(v));
  };
  walk(value);
  const place = places[choice % Math.max(1, places.length)];
  if (place) (place.parent as Record<string | number, Json>)[place.key] = replacement;
  return value;
}

export interface GeneratedProject {
  compose: string;
  /** A description for failure reports. */
  shape: string;
}

export const projectArbitrary: fc.Arbitrary<GeneratedProject> = fc
  .record({
    services: fc.uniqueArray(fc.tuple(name, serviceArbitrary), { minLength: 1, maxLength: 4, selector: ([n]) => n }),
    dependsOn: fc.boolean(),
    sharedAnchor: fc.boolean(),
    // Half the projects as written, half with one or two values broken.
    mutations: fc.oneof(fc.constant([]), fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 2 })),
  })
  .map(({ services, dependsOn, sharedAnchor, mutations }) => {
    const shared = { LOG_LEVEL: "info", TZ: "Europe/Berlin" };
    const document: Record<string, Json> = { services: {}, volumes: { data: {} } };
    const defined = document["services"] as Record<string, Json>;
    services.forEach(([serviceName, service], index) => {
      const entry: Record<string, Json> = {};
      for (const [key, value] of Object.entries(service)) if (value !== undefined) entry[key] = value;
      // The same object twice: the YAML writer makes it an anchor and an alias.
      if (sharedAnchor && entry["environment"] === undefined) entry["environment"] = shared;
      if (dependsOn && index > 0) entry["depends_on"] = [services[index - 1]![0]];
      defined[serviceName] = entry;
    });
    let mutated: Json = structuredClone(document);
    for (const [choice, replacement] of mutations as [number, Json][]) mutated = mutate(mutated, choice, replacement);
    const compose = stringify(mutated, { aliasDuplicateObjects: true });
    return { compose, shape: compose };
  });
