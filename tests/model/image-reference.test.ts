import { describe, expect, it } from "vitest";
import { effectiveTag, officialImageName, parseImageReference } from "../../src/model/image-reference.js";

describe("image references as Docker reads them", () => {
  it.each([
    ["nginx", "docker.io", "library/nginx", undefined],
    ["nginx:1.27-alpine", "docker.io", "library/nginx", "1.27-alpine"],
    ["bitnami/redis:7.2", "docker.io", "bitnami/redis", "7.2"],
    ["index.docker.io/library/postgres:16", "docker.io", "library/postgres", "16"],
    ["ghcr.io/acme/shop/api:2.4.1", "ghcr.io", "acme/shop/api", "2.4.1"],
    ["quay.io/prometheus/node-exporter:v1.8.2", "quay.io", "prometheus/node-exporter", "v1.8.2"],
    ["localhost:5000/api", "localhost:5000", "api", undefined],
    ["localhost/api:dev", "localhost", "api", "dev"],
    ["127.0.0.1:5000/team/app:1.0", "127.0.0.1:5000", "team/app", "1.0"],
  ])("%s → %s / %s : %s", (written, registry, repository, tag) => {
    const reference = parseImageReference(written);
    expect(reference?.registry).toBe(registry);
    expect(reference?.repository).toBe(repository);
    expect(reference?.tag).toBe(tag);
  });

  it("keeps a digest apart from the tag", () => {
    const digest = `sha256:${"ab".repeat(32)}`;
    expect(parseImageReference(`redis:7@${digest}`)).toMatchObject({ repository: "library/redis", tag: "7", digest });
  });

  it("pulls latest when no tag is written", () => {
    expect(effectiveTag(parseImageReference("redis") ?? { written: "", registry: "", repository: "" })).toBe("latest");
  });

  it.each(["", "Nginx:1", "nginx:", "a@b@c", "nginx:bad tag"])("rejects %j", (written) => {
    expect(parseImageReference(written)).toBeUndefined();
  });

  it.each([
    ["redis:7.2-alpine", "redis"],
    ["docker.io/library/postgres:16", "postgres"],
    ["bitnami/redis", undefined],
    ["registry.example.com/redis:7", undefined],
  ])("official image of %s is %s", (written, name) => {
    expect(officialImageName(written)).toBe(name);
  });
});
