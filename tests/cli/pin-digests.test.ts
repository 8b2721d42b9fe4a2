import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeOciLayout } from "../helpers/oci-layout.js";
import { freePort, inspectDigest, pushLayout, registryToolsAvailable, startRegistry, type RunningRegistry } from "../helpers/registry.js";
import { kubepose, project } from "./run.js";

// A real Distribution server on 127.0.0.1, filled by skopeo from an OCI layout the test writes.
describe.skipIf(!registryToolsAvailable())("convert --pin-digests against a real registry", () => {
  let registry: RunningRegistry;
  let digest: string;
  let dockerConfig: string;

  beforeAll(async () => {
    registry = await startRegistry();
    const layout = mkdtempSync(join(tmpdir(), "kubepose-oci-"));
    digest = writeOciLayout(layout, "1.4.2", { hello: "#!/bin/sh\necho hello\n" });
    pushLayout(layout, "1.4.2", `${registry.host}/shop/api:1.4.2`);
    // No ~/.docker of the machine running the tests: an empty config folder.
    dockerConfig = mkdtempSync(join(tmpdir(), "kubepose-docker-config-"));
  }, 60_000);

  afterAll(async () => {
    await registry?.stop();
  });

  const compose = (image: string) =>
    [
      "x-app: &app",
      `  image: ${image}`,
      "  environment:",
      "    DATABASE_URL: postgres://shop:shop@db:5432/shop",
      "services:",
      "  api:",
      "    <<: *app",
      "    ports: [\"8080:8080\"]",
      "  worker:",
      "    <<: *app",
      "    command: [\"worker\"]",
      "  db:",
      "    build: ./db",
      "    image: shop-db:dev",
      "    volumes: [\"./data/db:/var/lib/postgresql/data\"]",
      "",
    ].join("\n");

  it("writes repository:tag@digest, the digest skopeo inspect reports, for every service pulling the image", () => {
    expect(inspectDigest(`${registry.host}/shop/api:1.4.2`)).toBe(digest);
    const dir = project({ "compose.yaml": compose(`${registry.host}/shop/api:1.4.2`), "db/Dockerfile": "FROM postgres:16-alpine\n" });
    const run = kubepose(["convert", "--pin-digests"], dir, { DOCKER_CONFIG: dockerConfig });
    expect(run.stderr).not.toContain("error");
    expect(run.status).toBe(0);
    const pinnedLines = run.stdout.split("\n").filter((line) => line.includes(`image: ${registry.host}/shop/api:1.4.2`));
    expect(pinnedLines).toHaveLength(2);
    for (const line of pinnedLines) expect(line.trim()).toBe(`image: ${registry.host}/shop/api:1.4.2@${digest} # pinned: the digest the registry gave for ${registry.host}/shop/api:1.4.2 (--pin-digests)`);
    // The image the project builds itself is not in a registry yet: it stays a tag, with a note.
    expect(run.stdout).toContain("image: shop-db:dev");
    expect(run.stderr).toMatch(/compose\.yaml:14:5: note\[pin-digest-built\]: service 'db' builds 'shop-db:dev' itself/);
  });

  it("without --pin-digests leaves the tag as written", () => {
    const dir = project({ "compose.yaml": compose(`${registry.host}/shop/api:1.4.2`), "db/Dockerfile": "FROM postgres:16-alpine\n" });
    const run = kubepose(["convert"], dir, { DOCKER_CONFIG: dockerConfig });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain("@sha256:");
  });

  it("names the image line and the registry's answer for a tag the registry does not have", () => {
    const dir = project({ "compose.yaml": compose(`${registry.host}/shop/api:9.9`), "db/Dockerfile": "FROM postgres:16-alpine\n" });
    const run = kubepose(["convert", "--pin-digests"], dir, { DOCKER_CONFIG: dockerConfig });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.match(/error\[pin-digest-failed\]/g)).toHaveLength(1);
    expect(run.stderr).toContain(`compose.yaml:2:3: error[pin-digest-failed]: --pin-digests could not resolve '${registry.host}/shop/api:9.9': ${registry.host} has no manifest shop/api:9.9 (404). Expected an image its registry serves`);
  });

  it("names the image and the connection error for a registry that is not there", async () => {
    const closed = `127.0.0.1:${await freePort()}`;
    const dir = project({ "compose.yaml": compose(`${closed}/shop/api:1.4.2`), "db/Dockerfile": "FROM postgres:16-alpine\n" });
    const run = kubepose(["convert", "--pin-digests"], dir, { DOCKER_CONFIG: dockerConfig });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`compose.yaml:2:3: error[pin-digest-failed]: --pin-digests could not resolve '${closed}/shop/api:1.4.2': cannot reach http://${closed}: connect ECONNREFUSED ${closed}. Expected`);
  });

  it("says once that credential helpers in config.json are not run", () => {
    const dir = project({
      "compose.yaml": compose(`${registry.host}/shop/api:1.4.2`),
      "db/Dockerfile": "FROM postgres:16-alpine\n",
      "docker/config.json": JSON.stringify({ auths: { "ghcr.io": {} }, credsStore: "desktop" }),
    });
    const run = kubepose(["convert", "--pin-digests"], dir, { DOCKER_CONFIG: join(dir, "docker") });
    expect(run.status).toBe(0);
    expect(run.stderr.match(/note\[docker-credential-helper\]/g)).toHaveLength(1);
    expect(run.stderr).toContain("names credential helpers (desktop); kubepose does not run them");
  });
});
