import { describe, expect, it } from "vitest";
import { portsOfImage } from "../../src/model/image-ports.js";
import { project, run, service } from "../convert/builder.js";

describe("ports official images declare", () => {
  it.each<[string, number | undefined]>([
    ["redis:7.2-alpine", 6379],
    ["docker.io/library/postgres:16", 5432],
    ["library/mysql@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", 3306],
    ["memcached", 11211],
    ["bitnami/redis:7.2", undefined],
    ["registry.example.com/redis:7", undefined],
    ["localhost:5000/postgres", undefined],
    ["registry.example.com/shop/api:1.0", undefined],
  ])("%s → %s", (image, port) => {
    expect(portsOfImage(image)?.ports[0]).toBe(port);
  });

  it("a dependency with no port of its own is waited for on the port its image declares", () => {
    const { manifests, diagnostics } = run(project([service("worker", { dependsOn: [{ service: "cache", condition: "service_started", required: true, restart: false, path: ["services", "worker", "depends_on", 0] }] }), service("cache", { image: "redis:7.2-alpine" })]));
    expect(diagnostics.filter((d) => d.code === "depends-on-no-port")).toEqual([]);
    expect(JSON.stringify(manifests)).toContain("nc -z -w 2 cache 6379");
  });

  it("says PORT when the image is not known", () => {
    const { diagnostics } = run(project([service("web", { dependsOn: [{ service: "api", condition: "service_started", required: true, restart: false, path: ["services", "web", "depends_on", 0] }] }), service("api", { image: "registry.example.com/shop/api:1.0" })]));
    expect(diagnostics.find((d) => d.code === "depends-on-no-port")?.message).toContain('expose: ["PORT"]');
  });
});
