import { describe, expect, it } from "vitest";
import type { MemoryFile } from "../../../src/memory-context.js";
import { runPipeline } from "../../../src/pipeline.js";
import { imageDataDirectory, imageRepository } from "../../../src/convert/storage/image-data-directories.js";
import { memoryContext } from "../../helpers/memory-context.js";
import { codes, containerOf, find, get, run } from "../builder.js";

function convertProject(compose: string, files: Record<string, string | MemoryFile> = {}) {
  const result = runPipeline({ files: [], envFiles: [] }, memoryContext({ "compose.yaml": compose, ...files }), "project");
  if (result.project === undefined) throw new Error(JSON.stringify(result.diagnostics, null, 2));
  const converted = run(result.project);
  return { ...converted, codes: [...codes(result.diagnostics), ...codes(converted.diagnostics)] };
}

const app = (...volumes: string[]) => `services:\n  app:\n    image: example/app:1\n    volumes:\n${volumes.map((v) => `      - ${v}\n`).join("")}`;
const podSpec = (manifests: ReturnType<typeof run>["manifests"]) => get(find(manifests, "Deployment", "app").object, "spec", "template", "spec") as Record<string, unknown>;

describe("copied files keep their mode", () => {
  it.each<[string, string | MemoryFile, Record<string, unknown>]>([
    ["an executable file is mounted 0755 (493)", { content: "#!/bin/sh\nexec \"$@\"\n", mode: 0o755 }, { name: "app-bind-0", defaultMode: 493 }],
    ["0700 still runs for the container's user: 0755", { content: "#!/bin/sh\n", mode: 0o700 }, { name: "app-bind-0", defaultMode: 493 }],
    ["a plain file keeps the volume's default (0644)", { content: "#!/bin/sh\n", mode: 0o644 }, { name: "app-bind-0" }],
    ["without a mode, a shebang reads as executable (memory context)", "#!/bin/sh\necho hi\n", { name: "app-bind-0", defaultMode: 493 }],
  ])("%s", (_, file, configMap) => {
    const { manifests } = convertProject(app("./entrypoint.sh:/entrypoint.sh"), { "entrypoint.sh": file });
    expect(podSpec(manifests).volumes).toEqual([{ name: "bind-0", configMap }]);
    expect(get(containerOf(manifests, "Deployment", "app"), "volumeMounts", 0, "subPath")).toBe("entrypoint.sh");
  });

  it("sets the mode per item in a directory, only on executables", () => {
    const { manifests } = convertProject(app("./scripts:/docker-entrypoint-initdb.d:ro"), {
      "scripts/10-init.sh": { content: "#!/bin/sh\n", mode: 0o755 },
      "scripts/20-schema.sql": { content: "create table t ();\n", mode: 0o644 },
    });
    expect(get(podSpec(manifests), "volumes", 0, "configMap", "items")).toEqual([
      { key: "10-init.sh", path: "10-init.sh", mode: 493 },
      { key: "20-schema.sql", path: "20-schema.sql" },
    ]);
  });

  it("sets it on a Secret too", () => {
    const { manifests } = convertProject(app("./id_rsa:/root/.ssh/id_rsa:ro"), { id_rsa: { content: "KEY", mode: 0o700 } });
    expect(get(podSpec(manifests), "volumes", 0, "secret")).toEqual({ secretName: "app-bind-0", defaultMode: 493 });
  });
});

describe("host files are never replaced by a directory", () => {
  it.each<[string, string, string]>([
    ["/etc/localtime:/etc/localtime:ro", "host-timezone-file", "TZ"],
    ["/etc/timezone:/etc/timezone:ro", "host-timezone-file", "TZ"],
    ["/var/run/docker.sock:/var/run/docker.sock", "docker-socket", "containerd or CRI-O"],
    ["/run/docker.sock:/var/run/docker.sock", "docker-socket", "starting, stopping or inspecting containers"],
    ["/run/containerd/containerd.sock:/run/containerd/containerd.sock", "host-socket", "Unix socket"],
  ])("%s is left out (%s)", (volume, code, advice) => {
    const { manifests, diagnostics } = convertProject(app(volume));
    expect(codes(diagnostics)).toEqual([code]);
    expect(diagnostics[0]?.message).toContain(advice);
    expect(podSpec(manifests).volumes).toBeUndefined();
    expect(containerOf(manifests, "Deployment", "app").volumeMounts).toBeUndefined();
  });

  it("keeps today's emptyDir for a host directory", () => {
    const { manifests, codes: found } = convertProject(app("/srv/media:/media"));
    expect(found).toEqual(["host-bind-mount"]);
    expect(podSpec(manifests).volumes).toEqual([{ name: "placeholder-0", emptyDir: {} }]);
  });
});

describe("the kubepose.volume.<target> label is checked", () => {
  it.each<[string, string, string, RegExp]>([
    ["a value other than pvc or configmap", "./conf:/etc/app", "kubepose.volume./etc/app: claim", /Expected pvc or configmap/],
    ["a target no bind mount has", "./conf:/etc/app", "kubepose.volume./etc/ap: pvc", /Did you mean 'kubepose\.volume\.\/etc\/app'/],
    ["pvc on a single file", "./conf/app.ini:/etc/app.ini", "kubepose.volume./etc/app.ini: pvc", /single file/],
  ])("warns about %s", (_, volume, label, message) => {
    const { manifests, diagnostics } = convertProject(`${app(volume)}    labels:\n      ${label}\n`, { "conf/app.ini": "x=1\n" });
    const warning = diagnostics.find((d) => d.code.startsWith("volume-override"));
    expect(warning?.message).toMatch(message);
    expect(warning?.path).toEqual(["services", "app", "labels", label.slice(0, label.indexOf(": "))]);
    expect(get(find(manifests, "Deployment", "app").object, "metadata", "annotations")).toBeUndefined();
  });
});

describe("the table of image data directories", () => {
  it.each<[string, string]>([
    ["postgres:16", "postgres"],
    ["docker.io/library/redis:7-alpine", "redis"],
    ["minio/minio@sha256:0123", "minio/minio"],
    ["localhost:5000/postgres:16", "localhost:5000/postgres"],
    ["ghcr.io/acme/db:1", "ghcr.io/acme/db"],
  ])("reads the repository of %s", (image, repository) => {
    expect(imageRepository(image)).toBe(repository);
  });

  it.each<[string | undefined, string, string | undefined]>([
    ["mongo:7", "/data/configdb", "/data/configdb"],
    ["mariadb:11", "/var/lib", "/var/lib/mysql"],
    ["mysql:8", "/var/lib/mysql-files", undefined],
    ["localhost:5000/postgres:16", "/var/lib/postgresql/data", undefined],
    [undefined, "/data", undefined],
  ])("%s at %s", (image, target, path) => {
    expect(imageDataDirectory(image, target)?.path).toBe(path);
  });
});
