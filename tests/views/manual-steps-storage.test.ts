import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline.js";
import { migrationReport } from "../../src/views/migration-report.js";
import { memoryContext } from "../helpers/memory-context.js";

const COMPOSE = `name: notes
services:
  app:
    image: example/notes:1
    volumes:
      - ./uploads:/srv/uploads
      - /etc/localtime:/etc/localtime:ro
      - /var/run/docker.sock:/var/run/docker.sock
      - /srv/shared:/shared
  web:
    image: nginx:1.27
    volumes:
      - ./uploads:/usr/share/nginx/html/uploads:ro
      - ./conf:/etc/nginx/conf.d:ro
`;

const files = { "compose.yaml": COMPOSE, "uploads/cat.png": "\uFFFDPNG", "uploads/dog.png": "\uFFFDPNG", "conf/site.conf": "server {}" };
const result = runPipeline({ files: [], envFiles: [] }, memoryContext(files));
if (!result.manifests || !result.project) throw new Error(JSON.stringify(result.diagnostics, null, 2));
const report = migrationReport({ manifests: result.manifests, project: result.project }, result.diagnostics, "/project");
const steps = (service: string) => report.services.find((s) => s.name === service)?.manualSteps ?? [];

describe("manual steps of bind mounts", () => {
  it.each<[string, RegExp]>([
    ["copy-data", /^Copy the 2 file\(s\) of \.\/uploads \(cat\.png, dog\.png\) into the PersistentVolumeClaim uploads/],
    ["host-file", /time zone file \/etc\/localtime .* TZ/],
    ["host-file", /socket \/var\/run\/docker\.sock is not mounted/],
    ["host-bind", /host path \/srv\/shared .* emptyDir/],
  ])("the service that writes the data has a %s step", (kind, text) => {
    expect(steps("app").filter((step) => step.kind === kind).some((step) => text.test(step.text))).toBe(true);
  });

  it("names the copy once, on the service whose mount the claim comes from; a ConfigMap copy needs none", () => {
    expect(steps("web").map((step) => step.kind)).not.toContain("copy-data");
    expect(steps("web").some((step) => step.text.includes("./conf"))).toBe(false);
  });
});

describe("a data directory too large to read", () => {
  it("asks for its contents to be copied without listing them", () => {
    const compose = "name: dump\nservices:\n  importer:\n    image: example/importer:1\n    volumes: [\"./dump:/import\"]\n";
    const run = runPipeline({ files: [], envFiles: [] }, memoryContext({ "compose.yaml": compose, "dump/all.sql": "x".repeat(1024 * 1024 + 1) }));
    if (!run.manifests || !run.project) throw new Error(JSON.stringify(run.diagnostics, null, 2));
    const importer = migrationReport({ manifests: run.manifests, project: run.project }, run.diagnostics, "/project").services[0];
    expect(importer?.manualSteps.find((step) => step.kind === "copy-data")?.text).toMatch(/^Copy the contents of \.\/dump into the PersistentVolumeClaim dump, which starts empty \(kubepose did not read them/);
  });
});
