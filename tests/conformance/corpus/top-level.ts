import { eachKey, type Row } from "../rows.js";

type Fields = Record<string, unknown>;
const minimal = { services: { web: { image: "nginx" } } };
const top = (fields: Fields) => ({ ...minimal, ...fields });

/** Top-level keys and the objects they define: include, models, networks, volumes, secrets, configs. */
const TOP: { where: string; place: (f: Fields) => unknown; valid: Fields; invalid: Fields }[] = [
  {
    where: "(top level)",
    place: top,
    valid: {
      version: "3.8", name: "shop", include: ["other/compose.yaml"], services: { api: { image: "api" } }, models: { m: { model: "ai/smollm2" } },
      networks: { n: {} }, volumes: { v: {} }, secrets: { s: { environment: "TOKEN" } }, configs: { c: { content: "x" } },
    },
    invalid: { version: 3.8, name: 1, include: "other/compose.yaml", services: ["web"], models: ["m"], networks: ["n"], volumes: ["v"], secrets: ["s"], configs: ["c"] },
  },
  {
    where: "include[long]",
    place: (f) => top({ include: [f] }),
    valid: { path: ["a.yaml", "b.yaml"], env_file: ".env", project_directory: "other" },
    invalid: { path: 1, env_file: { file: ".env" }, project_directory: 1 },
  },
  {
    where: "models.m",
    place: (f) => top({ models: { m: { model: "ai/smollm2", ...f } } }),
    valid: { name: "smol", model: "ai/smollm2:360M", context_size: 4096, runtime_flags: ["--verbose"] },
    invalid: { name: 1, model: 1, context_size: "4096", runtime_flags: "--verbose" },
  },
  {
    where: "networks.n",
    place: (f) => top({ networks: { n: f } }),
    valid: {
      name: "shop-net", driver: "bridge", driver_opts: { "com.docker.network.bridge.name": "br0", mtu: 1500 }, ipam: { driver: "default" },
      external: true, internal: "true", enable_ipv4: true, enable_ipv6: false, attachable: true, labels: { a: "b" },
    },
    invalid: {
      name: 1, driver: 1, driver_opts: "mtu=1500", ipam: "default", external: 1, internal: 1, enable_ipv4: 1, enable_ipv6: 1, attachable: 1, labels: "a",
    },
  },
  {
    where: "networks.n.ipam",
    place: (f) => top({ networks: { n: { ipam: f } } }),
    valid: { driver: "default", config: [{ subnet: "172.28.0.0/16" }], options: { foo: "bar" } },
    invalid: { driver: 1, config: { subnet: "172.28.0.0/16" }, options: { foo: 1 } },
  },
  {
    where: "networks.n.ipam.config[]",
    place: (f) => top({ networks: { n: { ipam: { config: [f] } } } }),
    valid: { subnet: "172.28.0.0/16", ip_range: "172.28.5.0/24", gateway: "172.28.5.254", aux_addresses: { host1: "172.28.1.5" } },
    invalid: { subnet: 1, ip_range: 1, gateway: 1, aux_addresses: { host1: 5 } },
  },
  { where: "networks.n.external", place: (f) => top({ networks: { n: { external: f } } }), valid: { name: "outside" }, invalid: { name: 1 } },
  {
    where: "volumes.v",
    place: (f) => top({ volumes: { v: f } }),
    valid: { name: "shop-data", driver: "local", driver_opts: { type: "nfs", o: "addr=10.0.0.1" }, external: "true", labels: ["a=b"] },
    invalid: { name: 1, driver: 1, driver_opts: "type=nfs", external: 1, labels: "a" },
  },
  { where: "volumes.v.external", place: (f) => top({ volumes: { v: { external: f } } }), valid: { name: "outside" }, invalid: { name: 1 } },
  {
    where: "secrets.s",
    place: (f) => top({ secrets: { s: { file: "s.txt", ...f } } }),
    valid: { name: "token", environment: "TOKEN", file: "token.txt", external: false, labels: { a: "b" }, driver: "vault", driver_opts: { ttl: 60 }, template_driver: "golang" },
    invalid: { name: 1, environment: 1, file: 1, external: 1, labels: "a", driver: 1, driver_opts: "ttl=60", template_driver: 1 },
  },
  { where: "secrets.s.external", place: (f) => top({ secrets: { s: { external: f } } }), valid: { name: "outside" }, invalid: { name: 1 } },
  {
    where: "configs.c",
    place: (f) => top({ configs: { c: { file: "c.txt", ...f } } }),
    valid: { name: "site", content: "hello", environment: "SITE", file: "site.conf", external: false, labels: { a: "b" }, template_driver: "golang" },
    invalid: { name: 1, content: 1, environment: 1, file: 1, external: 1, labels: "a", template_driver: 1 },
  },
  { where: "configs.c.external", place: (f) => top({ configs: { c: { external: f } } }), valid: { name: "outside" }, invalid: { name: 1 } },
];

export const TOP_LEVEL_ROWS: Row[] = TOP.flatMap(({ where, place, valid, invalid }) => [
  ...eachKey(where, place, true, valid),
  ...eachKey(where, place, false, invalid),
]);
