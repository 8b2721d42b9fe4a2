import { describe, expect, it } from "vitest";
import { project, run, service } from "../builder.js";

const digest = `sha256:${"4f".repeat(32)}`;

const imageOf = (manifests: ReturnType<typeof run>["manifests"], name: string) => {
  const workload = manifests.find((manifest) => manifest.object.kind === "Deployment" && manifest.object.metadata.name === name);
  const spec = workload?.object["spec"] as { template: { spec: { containers: { image: string }[] } } } | undefined;
  return { image: spec?.template.spec.containers[0]?.image, workload };
};

describe("images pinned by the digests the CLI resolved", () => {
  it("writes repository:tag@digest with its explanation and note", () => {
    const { manifests } = run(project([service("api", { image: "ghcr.io/acme/api:2.4" })]), { imageDigests: { "ghcr.io/acme/api:2.4": digest } });
    const { image, workload } = imageOf(manifests, "api");
    expect(image).toBe(`ghcr.io/acme/api:2.4@${digest}`);
    expect(workload?.explanations).toContain("image-digest");
    expect(workload?.fieldNotes.map((note) => note.text)).toContain("pinned: the digest the registry gave for ghcr.io/acme/api:2.4 (--pin-digests)");
  });

  it("leaves images the map does not hold, and references that already carry a digest", () => {
    const written = `redis:7@sha256:${"0a".repeat(32)}`;
    const { manifests } = run(project([service("cache", { image: written }), service("web", { image: "nginx:1.27" })]), { imageDigests: { [written]: digest } });
    expect(imageOf(manifests, "cache").image).toBe(written);
    expect(imageOf(manifests, "web").image).toBe("nginx:1.27");
  });
});

describe("pre_start hooks with their own image", () => {
  it("run that image pinned too; a hook without an image runs the app's pinned image", () => {
    const hookPath = ["services", "api", "pre_start", 0];
    const migrate = { image: "ghcr.io/acme/migrate:3.1", command: ["migrate", "up"], privileged: false, environment: {}, path: hookPath };
    const plain = { command: ["./prepare"], privileged: false, environment: {}, path: ["services", "api", "pre_start", 1] };
    const digests = { "ghcr.io/acme/api:2.4": digest, "ghcr.io/acme/migrate:3.1": `sha256:${"7c".repeat(32)}` };
    const { manifests } = run(project([service("api", { image: "ghcr.io/acme/api:2.4", preStart: [migrate, plain] })]), { imageDigests: digests });
    const spec = imageOf(manifests, "api").workload?.object["spec"] as { template: { spec: { initContainers: { image: string }[] } } };
    expect(spec.template.spec.initContainers.map((container) => container.image)).toEqual([`ghcr.io/acme/migrate:3.1@sha256:${"7c".repeat(32)}`, `ghcr.io/acme/api:2.4@${digest}`]);
  });
});
