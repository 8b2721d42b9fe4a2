import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/types.js";
import { normalizeService } from "../../src/normalize/service.js";
import type { ComposeService } from "../../src/validate/schema.js";

/** Every array held under a `path` or `*Path` key of a value, with where it was found. */
function paths(value: unknown, where = ""): { where: string; path: unknown[] }[] {
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, item]) => {
    const here = `${where}.${key}`;
    if ((key === "path" || key.endsWith("Path")) && Array.isArray(item)) return [{ where: here, path: item }];
    return paths(item, here);
  });
}

/**
 * normalizeService hands a parser a shared empty path for a key the service does not write (service.ts):
 * no parser may keep it. Whatever the service writes, every path in its Service starts at the service.
 */
describe("paths of keys a service does not write", () => {
  const services: ComposeService[] = [
    { image: "nginx" },
    { build: "." },
    { image: "a", command: null, entrypoint: "sh", deploy: {}, networks: ["front"], ports: [80], healthcheck: { test: "true" } },
    { image: "a", deploy: { resources: { reservations: { devices: [{ capabilities: ["gpu"] }] } }, placement: { constraints: ["node.role==manager"] } } },
  ];

  it.each(services.map((service) => [JSON.stringify(service), service] as const))("%s", (_name, service) => {
    const out: Diagnostic[] = [];
    const normalized = normalizeService("web", service, { workingDir: "/project", env: {}, readFile: () => undefined }, out);
    for (const { where, path } of paths(normalized)) expect(path.slice(0, 2), where).toEqual(["services", "web"]);
    for (const diagnostic of out) expect(diagnostic.path.slice(0, 2)).toEqual(["services", "web"]);
  });
});
