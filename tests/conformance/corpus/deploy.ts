import { eachKey, web, type Row } from "../rows.js";

type Fields = Record<string, unknown>;
const deploy = (fields: Fields) => web({ deploy: fields });
const resources = (fields: Fields) => deploy({ resources: fields });

/** `deploy:` and its sub-objects (`$defs.deployment`, `$defs.devices`, `$defs.generic_resources`). */
const DEPLOY: { where: string; place: (f: Fields) => unknown; valid: Fields; invalid: Fields }[] = [
  {
    where: "deploy",
    place: deploy,
    valid: {
      mode: "replicated", endpoint_mode: "dnsrr", replicas: 3, labels: ["tier=web"], rollback_config: { parallelism: 1 }, update_config: { order: "start-first" },
      resources: { limits: { cpus: "0.5" } }, restart_policy: { condition: "on-failure" }, placement: { constraints: ["node.role==worker"] },
    },
    invalid: {
      mode: 1, endpoint_mode: 1, replicas: 1.5, labels: "tier=web", rollback_config: "x", update_config: "x", resources: "x", restart_policy: "x", placement: "x",
    },
  },
  ...(["rollback_config", "update_config"] as const).map((key) => ({
    where: `deploy.${key}`,
    place: (f: Fields) => deploy({ [key]: f }),
    valid: { parallelism: 2, delay: "10s", failure_action: "rollback", monitor: "5s", max_failure_ratio: 0.2, order: "stop-first" },
    invalid: { parallelism: 1.5, delay: 10, failure_action: 1, monitor: 5, max_failure_ratio: true, order: "random" },
  })),
  { where: "deploy.resources", place: resources, valid: { limits: { memory: "512M" }, reservations: { memory: "128M" } }, invalid: { limits: "x", reservations: [] } },
  { where: "deploy.resources.limits", place: (f) => resources({ limits: f }), valid: { cpus: 0.5, memory: "512M", pids: 100 }, invalid: { cpus: true, memory: 512, pids: 1.5 } },
  {
    where: "deploy.resources.reservations",
    place: (f) => resources({ reservations: f }),
    valid: { cpus: "0.25", memory: "128M", generic_resources: [{ discrete_resource_spec: { kind: "gpu", value: 1 } }], devices: [{ capabilities: ["gpu"] }] },
    invalid: { cpus: true, memory: 1, generic_resources: "gpu=1", devices: { capabilities: ["gpu"] } },
  },
  { where: "deploy.resources.reservations.generic_resources[]", place: (f) => resources({ reservations: { generic_resources: [f] } }), valid: { discrete_resource_spec: { kind: "ssd" } }, invalid: { discrete_resource_spec: "ssd=1" } },
  {
    where: "generic_resources[].discrete_resource_spec",
    place: (f) => resources({ reservations: { generic_resources: [{ discrete_resource_spec: f }] } }),
    valid: { kind: "gpu", value: "2" },
    invalid: { kind: 1, value: true },
  },
  {
    where: "deploy.resources.reservations.devices[]",
    place: (f) => resources({ reservations: { devices: [{ capabilities: ["gpu"], ...f }] } }),
    valid: { capabilities: ["gpu", "utility"], count: "all", device_ids: ["0"], driver: "nvidia", options: { virtualization: false } },
    invalid: { capabilities: "gpu", count: 1.5, device_ids: "0", driver: 1, options: "x" },
  },
  {
    where: "deploy.restart_policy",
    place: (f) => deploy({ restart_policy: f }),
    valid: { condition: "any", delay: "5s", max_attempts: 3, window: "120s" },
    invalid: { condition: 1, delay: 5, max_attempts: 1.5, window: 120 },
  },
  {
    where: "deploy.placement",
    place: (f) => deploy({ placement: f }),
    valid: { constraints: ["node.labels.zone==a"], preferences: [{ spread: "node.labels.zone" }], max_replicas_per_node: 1 },
    invalid: { constraints: "node.labels.zone==a", preferences: { spread: "x" }, max_replicas_per_node: 1.5 },
  },
  { where: "deploy.placement.preferences[]", place: (f) => deploy({ placement: { preferences: [f] } }), valid: { spread: "node.id" }, invalid: { spread: 1 } },
];

export const DEPLOY_ROWS: Row[] = DEPLOY.flatMap(({ where, place, valid, invalid }) => [
  ...eachKey(where, place, true, valid),
  ...eachKey(where, place, false, invalid),
]);
