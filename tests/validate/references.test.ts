import { describe, expect, it } from "vitest";
import { validate } from "../../src/validate/index.js";

const declared = {
  volumes: { data: {} },
  networks: { front: {} },
  configs: { conf: { file: "./conf" } },
  secrets: { pass: { file: "./pass" } },
  models: { llm: { model: "ai/smollm2" } },
};
/** A file whose `web` service has the given fields, beside a `db` service and declared resources. */
const file = (web: Record<string, unknown>) => ({ services: { web: { image: "a", ...web }, db: { image: "postgres" } }, ...declared });

describe("cross-references", () => {
  it.each([
    ["named volume, short syntax", { volumes: ["cache:/var/cache"] }, ["services", "web", "volumes", 0]],
    ["one-letter volume name", { volumes: ["v:/v"] }, ["services", "web", "volumes", 0]],
    ["one-letter volume name with mode", { volumes: ["w:/w:ro"] }, ["services", "web", "volumes", 0]],
    ["named volume with mode", { volumes: ["/x", "cache:/var/cache:ro"] }, ["services", "web", "volumes", 1]],
    ["named volume, long syntax", { volumes: [{ type: "volume", source: "cache", target: "/c" }] }, ["services", "web", "volumes", 0, "source"]],
    ["network, list form", { networks: ["back"] }, ["services", "web", "networks", 0]],
    ["network, map form", { networks: { back: { aliases: ["w"] } } }, ["services", "web", "networks", "back"]],
    ["config, short", { configs: ["other"] }, ["services", "web", "configs", 0]],
    ["config, long", { configs: [{ source: "other", target: "/x" }] }, ["services", "web", "configs", 0, "source"]],
    ["secret, short", { secrets: ["token"] }, ["services", "web", "secrets", 0]],
    ["build secret", { build: { context: ".", secrets: ["token"] } }, ["services", "web", "build", "secrets", 0]],
    ["model", { models: ["other"] }, ["services", "web", "models", 0]],
    ["depends_on, list form", { depends_on: ["cache"] }, ["services", "web", "depends_on", 0]],
    ["depends_on, map form", { depends_on: { cache: { condition: "service_started" } } }, ["services", "web", "depends_on", "cache"]],
    ["link with alias", { links: ["db", "cache:redis"] }, ["services", "web", "links", 1]],
    ["volumes_from service", { volumes_from: ["db:ro", "cache:ro"] }, ["services", "web", "volumes_from", 1]],
    ["network_mode service", { network_mode: "service:cache" }, ["services", "web", "network_mode"]],
  ])("reports an undeclared %s", (_name, web, path) => {
    const { value, diagnostics } = validate(file(web));
    expect(value).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([["undefined-reference", path]]);
  });

  it.each([
    ["declared named volume", { volumes: ["data:/var/lib/data", { type: "volume", source: "data", target: "/d" }] }],
    ["relative bind path", { volumes: ["./conf:/etc/conf", "../up:/up"] }],
    ["absolute bind path", { volumes: ["/etc/localtime:/etc/localtime:ro"] }],
    ["home bind path", { volumes: ["~/.cache:/cache"] }],
    ["windows bind path", { volumes: ["C:\\data:/data", "D:/data:/d:ro"] }],
    ["anonymous volume", { volumes: ["/var/lib/anon"] }],
    ["bind in long syntax", { volumes: [{ type: "bind", source: "./x", target: "/x" }] }],
    ["implicit default network", { networks: ["default", "front"] }],
    ["default network in map form", { networks: { default: null } }],
    ["declared config, secret and model", { configs: ["conf"], secrets: [{ source: "pass" }], models: { llm: null } }],
    ["existing dependency", { depends_on: ["db"] }],
    ["optional missing dependency", { depends_on: { cache: { condition: "service_started", required: false } } }],
    ["link to an existing service", { links: ["db", "db:database"] }],
    ["volumes_from an existing service or a container", { volumes_from: ["db", "db:rw", "container:outside:ro"] }],
    ["network_mode that names no service", { network_mode: "host" }],
    ["network_mode of a container", { network_mode: "container:outside" }],
    ["network_mode of an existing service", { network_mode: "service:db" }],
  ])("accepts a %s", (_name, web) => {
    const { value, diagnostics } = validate(file(web));
    expect(diagnostics).toEqual([]);
    expect(value).toBeDefined();
  });

  it("names the missing thing and shows how to declare it", () => {
    const [first] = validate(file({ volumes: ["cache:/c"] })).diagnostics;
    expect(first?.message).toContain('"cache"');
    expect(first?.message).toMatch(/volumes:\s+cache: \{\}/);
  });

  it("reports references and missing images in the order they are written", () => {
    const { diagnostics } = validate({ services: { a: { command: "x" }, b: { image: "x", volumes: ["v:/v"] } } });
    expect(diagnostics.map((d) => d.code)).toEqual(["missing-image", "undefined-reference"]);
  });

  it("reports a service with neither image nor build, but not a provider service", () => {
    const { diagnostics } = validate({ services: { a: { command: "x" }, b: { build: "." }, c: { provider: { type: "model" } } } });
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([["missing-image", ["services", "a"]]]);
  });
});
