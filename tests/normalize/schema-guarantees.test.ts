import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { validate } from "../../src/validate/index.js";

/**
 * normalize takes the types zod infers from the schema and no longer re-checks what they rule out. Each
 * row is a service written with such a mistake: validate must reject it at that path, so normalize never
 * sees it (these cases were normalize's own diagnostics or silent skips before).
 */
const web = (yaml: string) => parse(`services:\n  web:\n    image: nginx:1.27\n${yaml.replace(/^/gm, "    ")}`) as unknown;

describe("what normalize no longer checks is the schema's error", () => {
  it.each<[string, string, (string | number)[]]>([
    ["a restart word docker does not know", "restart: sometimes", ["restart"]],
    ["a retry count on another policy", "restart: always:3", ["restart"]],
    ["a retry count that is not a number", "restart: on-failure:x", ["restart"]],
    ["an unknown restart_policy condition", "deploy:\n  restart_policy:\n    condition: never", ["deploy", "restart_policy", "condition"]],
    ["an unknown deploy mode", "deploy:\n  mode: swarm", ["deploy", "mode"]],
    ["an unknown update order", "deploy:\n  update_config:\n    order: random", ["deploy", "update_config", "order"]],
    ["an unknown depends_on condition", "depends_on:\n  db:\n    condition: service_up", ["depends_on", "db", "condition"]],
    ["a duration written as a number", "stop_grace_period: 10", ["stop_grace_period"]],
    ["a healthcheck interval written as a number", "healthcheck:\n  test: [CMD, true]\n  interval: 30", ["healthcheck", "interval"]],
    ["a port that is neither a number, a string nor a mapping", "ports: [true]", ["ports", 0]],
    ["a long volume of no known type", "volumes:\n  - type: weird\n    target: /x", ["volumes", 0, "type"]],
    ["gpus in capitals", "gpus: ALL", ["gpus"]],
    ["a numeric user", "user: 1000", ["user"]],
    ["an env_file entry without a path", "env_file:\n  - required: false", ["env_file", 0]],
    ["an extra host given a number", "extra_hosts:\n  db: 1", ["extra_hosts", "db"]],
    ["a link that is not a string", "links: [1]", ["links", 0]],
  ])("%s", (_, yaml, path) => {
    const { value, diagnostics } = validate(web(yaml));
    expect(value).toBeUndefined();
    const errors = diagnostics.filter((d) => d.severity === "error").map((d) => d.path);
    expect(errors).toContainEqual(["services", "web", ...path]);
  });
});
