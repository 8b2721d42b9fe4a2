import { describe, expect, it } from "vitest";
import { validate } from "../../src/validate/index.js";
import { broadDocument } from "../conformance/corpus/broad.js";

/** A minimal valid file with one service changed: `web` is replaced by the given fields. */
const withWeb = (web: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ services: { web }, ...extra });

describe("validate", () => {
  it("accepts a document using a broad set of keys", () => {
    const result = validate(broadDocument);
    expect(result.diagnostics).toEqual([]);
    expect(result.value?.services?.web?.image).toBe("nginx:1.27");
  });

  it("keeps x- extension keys in the value", () => {
    const result = validate({ "x-anchor": { a: 1 }, services: { web: { image: "a", "x-y": 2 } } });
    expect(result.diagnostics).toEqual([]);
    expect(result.value).toMatchObject({ "x-anchor": { a: 1 }, services: { web: { "x-y": 2 } } });
  });

  it.each([
    ["unknown service key", withWeb({ image: "a", imagee: "b" }), "unknown-key", ["services", "web", "imagee"]],
    ["unknown top-level key", { service: { web: { image: "a" } } }, "unknown-key", ["service"]],
    ["unknown key in deploy", withWeb({ image: "a", deploy: { replica: 2 } }), "unknown-key", ["services", "web", "deploy", "replica"]],
    ["unknown key in long port", withWeb({ image: "a", ports: [{ target: 80, publish: 8080 }] }), "unknown-key", ["services", "web", "ports", 0, "publish"]],
    ["unknown key in long volume", withWeb({ image: "a", volumes: [{ type: "bind", source: ".", target: "/x", readonly: true }] }), "unknown-key", ["services", "web", "volumes", 0, "readonly"]],
    ["unknown key in healthcheck", withWeb({ image: "a", healthcheck: { test: "true", intervall: "1s" } }), "unknown-key", ["services", "web", "healthcheck", "intervall"]],
    ["unknown key in top-level volume", { services: { web: { image: "a" } }, volumes: { data: { drivr: "local" } } }, "unknown-key", ["volumes", "data", "drivr"]],
    ["unknown key in long build", withWeb({ build: { context: ".", dockerfil: "x" } }), "unknown-key", ["services", "web", "build", "dockerfil"]],
    ["x- key where the spec allows no extensions", withWeb({ image: "a", blkio_config: { "x-note": 1 } }), "unknown-key", ["services", "web", "blkio_config", "x-note"]],
    ["duplicate long ports, keys in another order", withWeb({ image: "a", ports: [{ target: 80, published: 8080 }, { published: 8080, target: 80 }] }), "duplicate-item", ["services", "web", "ports", 1]],
    ["empty environment variable name", withWeb({ image: "a", environment: { "": "x" } }), "invalid-value", ["services", "web", "environment", ""]],
    ["unknown key in depends_on entry", withWeb({ image: "a", depends_on: { db: { condition: "service_started", restrat: true } } }), "unknown-key", ["services", "web", "depends_on", "db", "restrat"]],
    ["env_file entry without path", withWeb({ image: "a", env_file: [".env", { required: false }] }), "missing-key", ["services", "web", "env_file", 1]],
    ["build a number", withWeb({ build: 1 }), "invalid-type", ["services", "web", "build"]],
    ["ulimit with only soft", withWeb({ image: "a", ulimits: { nofile: { soft: 1 } } }), "missing-key", ["services", "web", "ulimits", "nofile"]],
    ["image not a string", withWeb({ image: 3 }), "invalid-type", ["services", "web", "image"]],
    ["ports not a list", withWeb({ image: "a", ports: "80:80" }), "invalid-type", ["services", "web", "ports"]],
    ["port item a boolean", withWeb({ image: "a", ports: [true] }), "invalid-type", ["services", "web", "ports", 0]],
    ["environment a number", withWeb({ image: "a", environment: 3 }), "invalid-type", ["services", "web", "environment"]],
    ["environment value a mapping", withWeb({ image: "a", environment: { A: { b: 1 } } }), "invalid-type", ["services", "web", "environment", "A"]],
    ["command a number", withWeb({ image: "a", command: 5 }), "invalid-type", ["services", "web", "command"]],
    ["healthcheck a string", withWeb({ image: "a", healthcheck: "curl" }), "invalid-type", ["services", "web", "healthcheck"]],
    ["replicas a float", withWeb({ image: "a", deploy: { replicas: 1.5 } }), "invalid-type", ["services", "web", "deploy", "replicas"]],
    ["service not a mapping", { services: { web: "nginx" } }, "invalid-type", ["services", "web"]],
    ["document not a mapping", ["a"], "invalid-type", []],
    ["restart word", withWeb({ image: "a", restart: "sometimes" }), "invalid-value", ["services", "web", "restart"]],
    ["pull_policy word", withWeb({ image: "a", pull_policy: "sometimes" }), "invalid-value", ["services", "web", "pull_policy"]],
    ["deploy.mode word", withWeb({ image: "a", deploy: { mode: "everywhere" } }), "invalid-value", ["services", "web", "deploy", "mode"]],
    ["depends_on condition", withWeb({ image: "a", depends_on: { db: { condition: "ready" } } }, {}), "invalid-value", ["services", "web", "depends_on", "db", "condition"]],
    ["volume type", withWeb({ image: "a", volumes: [{ type: "disk", target: "/x" }] }), "invalid-value", ["services", "web", "volumes", 0, "type"]],
    ["gpus word", withWeb({ image: "a", gpus: "some" }), "invalid-value", ["services", "web", "gpus"]],
    ["cpu_percent range", withWeb({ image: "a", cpu_percent: 150 }), "invalid-value", ["services", "web", "cpu_percent"]],
    ["depends_on without condition", withWeb({ image: "a", depends_on: { db: { restart: true } } }), "missing-key", ["services", "web", "depends_on", "db"]],
    ["long volume without type", withWeb({ image: "a", volumes: [{ source: "data", target: "/x" }] }), "missing-key", ["services", "web", "volumes", 0]],
    ["model without model", { services: { web: { image: "a" } }, models: { llm: { context_size: 1 } } }, "missing-key", ["models", "llm"]],
    ["service name with a space", { services: { "my web": { image: "a" } } }, "invalid-name", ["services", "my web"]],
    ["duplicate port", withWeb({ image: "a", ports: ["80:80", "80:80"] }), "duplicate-item", ["services", "web", "ports", 1]],
    ["no image nor build", withWeb({ command: ["true"] }), "missing-image", ["services", "web"]],
    ["an empty image", withWeb({ image: "" }), "empty-image", ["services", "web", "image"]],
    ["an image of blanks", withWeb({ image: "  " }), "empty-image", ["services", "web", "image"]],
  ])("%s", (_name, document, code, path) => {
    const { value, diagnostics } = validate(document);
    expect(value).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([[code, path]]);
    expect(diagnostics[0]?.severity).toBe("error");
  });

  it("reports every offending place at once, one diagnostic each, in the order they are written", () => {
    const { diagnostics } = validate({ services: { web: { restart: "maybe", image: 1, imagee: "a", ports: "x" }, db: { image: 2 } }, volumes: { "a b": {} } });
    expect(diagnostics.map((d) => d.path.join("."))).toEqual([
      "services.web.restart",
      "services.web.image",
      "services.web.imagee",
      "services.web.ports",
      "services.db.image",
      "volumes.a b",
    ]);
  });

  it.each([
    ["imagee", "image"],
    ["enviroment", "environment"],
    ["port", "ports"],
    ["depends-on", "depends_on"],
    ["helthcheck", "healthcheck"],
  ])("suggests %s → %s", (key, suggestion) => {
    const [first] = validate(withWeb({ image: "a", [key]: null })).diagnostics;
    expect(first?.code).toBe("unknown-key");
    expect(first?.message).toContain(`"${suggestion}"`);
  });

  it("does not suggest a key for a word far from all of them", () => {
    const [first] = validate(withWeb({ image: "a", banana: 1 })).diagnostics;
    expect(first?.message).not.toContain("did you mean");
  });

  it("names what was found, what was expected and shows an example", () => {
    const [first] = validate(withWeb({ image: "a", ports: "80:80" })).diagnostics;
    expect(first?.message).toMatch(/must be a list, found "80:80"/);
    expect(first?.message).toContain("8080:80");
  });

  it("lists the allowed values of an enum", () => {
    const [first] = validate(withWeb({ image: "a", restart: "sometimes" })).diagnostics;
    expect(first?.message).toContain("unless-stopped");
  });
});
