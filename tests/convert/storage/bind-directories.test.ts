import { describe, expect, it } from "vitest";
import type { MemoryFile } from "../../../src/memory-context.js";
import type { ConvertOptions } from "../../../src/model/manifest.js";
import { runPipeline } from "../../../src/pipeline.js";
import { memoryContext } from "../../helpers/memory-context.js";
import { codes, containerOf, find, get, run } from "../builder.js";

/** A project as written on disk: compose.yaml plus its files, converted and checked (builder.run). */
function convertProject(compose: string, files: Record<string, string | MemoryFile> = {}, options: ConvertOptions = {}) {
  const result = runPipeline({ files: [], envFiles: [] }, memoryContext({ "compose.yaml": compose, ...files }), "project");
  if (result.project === undefined) throw new Error(JSON.stringify(result.diagnostics, null, 2));
  const converted = run(result.project, options);
  return { ...converted, codes: [...codes(result.diagnostics), ...codes(converted.diagnostics)] };
}

const podVolumes = (manifests: ReturnType<typeof run>["manifests"], name: string, kind = "Deployment") =>
  get(find(manifests, kind, name).object, "spec", "template", "spec", "volumes") as Record<string, unknown>[] | undefined;

const oneService = (image: string, volume: string, labels = "") => `services:
  app:
    image: ${image}
    volumes:
      - ${volume}
${labels === "" ? "" : `    labels:\n      ${labels}\n`}`;

const pgData = { "pgdata/PG_VERSION": "16\n", "pgdata/base/1/1259": "\u0000\u0001binary" };
const conf = { "conf/app.ini": "[server]\nport=8080\n", "conf/conf.d/log.ini": "level=info\n" };

describe("a bind-mounted project directory that is data becomes a PersistentVolumeClaim", () => {
  it.each<[string, string, Record<string, string>, string, string[]]>([
    ["does not exist yet", oneService("postgres:16", "./pgdata:/var/lib/postgresql/data"), {}, "pgdata", ["bind-source-missing"]],
    ["holds only git placeholders", oneService("example/app:1", "./uploads:/app/uploads"), { "uploads/.gitkeep": "" }, "uploads", ["bind-directory-claim"]],
    ["is where postgres keeps its data", oneService("postgres:16", "./pgdata:/var/lib/postgresql/data"), pgData, "pgdata", ["bind-files-not-copied"]],
    ["is inside it (PGDATA below the VOLUME)", oneService("docker.io/library/postgres:16-alpine", "./pgdata:/var/lib/postgresql/data/pgdata"), pgData, "pgdata", ["bind-files-not-copied"]],
    ["is where redis keeps its data", oneService("redis:7", "./cache:/data"), { "cache/dump.rdb": "REDIS0011" }, "cache", ["bind-files-not-copied"]],
    ["holds binary files", oneService("example/app:1", "./media:/app/media"), { "media/logo.png": "\uFFFDPNG\u0000" }, "media", ["bind-files-not-copied"]],
    ["is mounted read-write under /var/log", oneService("example/app:1", "./logs:/var/log/app"), { "logs/app.log": "started\n" }, "logs", ["bind-files-not-copied"]],
    ["is asked for by the label", oneService("example/app:1", "./conf:/etc/app", "kubepose.volume./etc/app: pvc"), conf, "conf", ["bind-files-not-copied"]],
    ["is a nested project directory", oneService("example/app:1", "./data/uploads:/srv/uploads"), {}, "data-uploads", ["bind-source-missing"]],
  ])("it %s", (_, compose, files, claim, expected) => {
    const { manifests, codes: found } = convertProject(compose, files);
    expect(found).toEqual(expected);
    expect(get(find(manifests, "PersistentVolumeClaim", claim).object, "spec", "accessModes")).toEqual(["ReadWriteOnce"]);
    expect(podVolumes(manifests, "app")).toEqual([{ name: claim, persistentVolumeClaim: { claimName: claim } }]);
    expect(manifests.some((m) => m.object.kind === "ConfigMap")).toBe(false);
    expect(get(find(manifests, "Deployment", "app").object, "spec", "strategy", "type")).toBe("Recreate");
  });

  it("names the files it does not copy, and the override, in the warning", () => {
    const { diagnostics } = convertProject(oneService("postgres:16", "./pgdata:/var/lib/postgresql/data"), pgData);
    expect(diagnostics[0]?.message).toMatch(/its 2 file\(s\) \(PG_VERSION, base\/1\/1259\) are not copied/);
    expect(diagnostics[0]?.message).toContain("kubepose.volume./var/lib/postgresql/data: configmap");
  });
});

describe("a bind-mounted project directory of configuration stays a copy in a ConfigMap", () => {
  it.each<[string, string, Record<string, string>, string[]]>([
    ["mounted read-only, even where the image keeps data", oneService("postgres:16", "./pgdata:/var/lib/postgresql/data:ro"), { "pgdata/PG_VERSION": "16\n" }, ["bind-mount-copied"]],
    ["mounted read-only under /var/lib", oneService("example/app:1", "./conf:/var/lib/app/conf:ro"), conf, ["bind-mount-copied"]],
    ["of text files mounted read-write elsewhere (the judgement call)", oneService("nginx:1.27", "./conf:/etc/nginx/conf.d"), conf, ["bind-copied-read-only"]],
    ["mounted read-write by postgres, but not at its data", oneService("postgres:16", "./initdb:/docker-entrypoint-initdb.d"), { "initdb/schema.sql": "create table t ();\n" }, ["bind-copied-read-only"]],
    ["at /data of an image kubepose does not know", oneService("example/app:1", "./seed:/data"), { "seed/users.json": "[]\n" }, ["bind-copied-read-only"]],
    ["asked for by the label on a data directory", oneService("postgres:16", "./pgdata:/var/lib/postgresql/data", "kubepose.volume./var/lib/postgresql/data: configmap"), { "pgdata/PG_VERSION": "16\n" }, ["bind-mount-copied"]],
  ])("it is %s", (_, compose, files, expected) => {
    const { manifests, codes: found } = convertProject(compose, files);
    expect(found).toEqual(expected);
    expect(manifests.some((m) => m.object.kind === "PersistentVolumeClaim")).toBe(false);
    expect(get(podVolumes(manifests, "app"), 0, "configMap", "name")).toBe("app-bind-0");
  });

  it("says which way the judgement call went and how to switch it", () => {
    const { diagnostics } = convertProject(oneService("nginx:1.27", "./conf:/etc/nginx/conf.d"), conf);
    expect(diagnostics[0]?.message).toMatch(/takes it for configuration .* kubepose\.volume\.\/etc\/nginx\/conf\.d: pvc/);
  });
});

describe("one claim per directory, shared by the services that mount it", () => {
  const compose = `services:
  app:
    image: example/app:1
    volumes: ["./uploads:/srv/uploads"]
  web:
    image: nginx:1.27
    volumes: ["./uploads:/usr/share/nginx/html/uploads:ro"]
`;

  it.each<[string, ConvertOptions, string]>([
    ["as Deployments", {}, "Deployment"],
    ["as StatefulSets (--controller statefulset): not split into claim templates", { controller: "statefulset" }, "StatefulSet"],
  ])("%s", (_, options, kind) => {
    const { manifests, codes: found } = convertProject(compose, { "uploads/.gitkeep": "" }, options);
    expect(manifests.filter((m) => m.object.kind === "PersistentVolumeClaim").map((m) => m.object.metadata.name)).toEqual(["uploads"]);
    expect(found).toEqual(["bind-directory-claim", "bind-directory-shared", "shared-volume"]);
    expect(podVolumes(manifests, "app", kind)).toEqual([{ name: "uploads", persistentVolumeClaim: { claimName: "uploads" } }]);
    expect(podVolumes(manifests, "web", kind)).toEqual([{ name: "uploads", persistentVolumeClaim: { claimName: "uploads" } }]);
    expect(get(containerOf(manifests, kind, "web"), "volumeMounts", 0, "readOnly")).toBe(true);
    expect(get(find(manifests, kind, "app").object, "spec", "volumeClaimTemplates")).toBeUndefined();
  });

  it("takes another name when a named volume already has the directory's", () => {
    const { manifests } = convertProject(`services:
  app:
    image: example/app:1
    volumes: ["uploads:/a", "./uploads:/srv/uploads"]
volumes:
  uploads: {}
`);
    expect(manifests.filter((m) => m.object.kind === "PersistentVolumeClaim").map((m) => m.object.metadata.name)).toEqual(["uploads", "uploads-2"]);
  });
});

describe("--controller statefulset keeps shared named volumes as one claim", () => {
  it("makes claim templates of a service's own volumes only", () => {
    const { manifests, codes: found } = convertProject(`services:
  db:
    image: postgres:16
    volumes: ["dbdata:/var/lib/postgresql/data", "shared:/shared"]
  worker:
    image: example/worker:1
    volumes: ["shared:/shared"]
volumes:
  dbdata: {}
  shared: {}
`, {}, { controller: "statefulset" });
    expect(manifests.filter((m) => m.object.kind === "PersistentVolumeClaim").map((m) => m.object.metadata.name)).toEqual(["shared"]);
    expect(get(find(manifests, "StatefulSet", "db").object, "spec", "volumeClaimTemplates", 0, "metadata", "name")).toBe("dbdata");
    expect(podVolumes(manifests, "db", "StatefulSet")).toEqual([{ name: "shared", persistentVolumeClaim: { claimName: "shared" } }]);
    expect(found).toContain("shared-volume");
  });
});

describe("kompose.volume.type and --volumes come first", () => {
  const compose = (labels: string) => `services:
  app:
    image: example/app:1
    volumes: ["./uploads:/srv/uploads"]
${labels}  web:
    image: nginx:1.27
    volumes: ["./uploads:/usr/share/nginx/html/uploads:ro"]
`;

  it("writes no claim with --volumes emptyDir", () => {
    const { manifests, codes: found } = convertProject(compose(""), {}, { volumes: "emptyDir" });
    expect(manifests.some((m) => m.object.kind === "PersistentVolumeClaim")).toBe(false);
    expect(found).toEqual([]);
  });

  it("leaves a service labelled hostPath out of the directory's claim", () => {
    const { manifests, codes: found } = convertProject(compose("    labels:\n      kompose.volume.type: hostPath\n"));
    expect(get(podVolumes(manifests, "app"), 0, "hostPath", "path")).toBe("/project/uploads");
    expect(podVolumes(manifests, "web")).toEqual([{ name: "uploads", persistentVolumeClaim: { claimName: "uploads" } }]);
    expect(found).toEqual(["bind-source-missing"]);
  });
});

describe("a directory too large for a ConfigMap", () => {
  // 2 × 300 Ki "é": read (under normalize's character cap) but over 1 MiB of UTF-8.
  const big = { "dump/a.sql": "é".repeat(300 * 1024), "dump/b.sql": "é".repeat(300 * 1024) };
  const unread = { "dump/a.sql": "x".repeat(1024 * 1024 + 1) };

  it.each<[string, string, Record<string, string>, string[], string]>([
    ["mounted read-write is data: a claim", "./dump:/import", big, ["bind-files-not-copied"], "persistentVolumeClaim"],
    ["mounted read-only keeps today's emptyDir and warning", "./dump:/import:ro", big, ["bind-too-large"], "emptyDir"],
    ["not even read, mounted read-write: a claim", "./dump:/import", unread, ["bind-not-read", "bind-directory-claim"], "persistentVolumeClaim"],
    ["not even read, mounted read-only: today's emptyDir", "./dump:/import:ro", unread, ["bind-not-read", "host-bind-mount"], "emptyDir"],
  ])("%s", (_, volume, files, expected, source) => {
    const { manifests, codes: found } = convertProject(oneService("example/app:1", volume), files);
    expect(found).toEqual(expected);
    expect(Object.keys(get(podVolumes(manifests, "app"), 0) as object)).toContain(source);
  });
});

describe("a project directory only a StatefulSet mounts is its own", () => {
  it("becomes a claim template, one claim per pod, and no shared claim", () => {
    const { manifests } = convertProject(oneService("postgres:16", "./pgdata:/var/lib/postgresql/data"), {}, { controller: "statefulset" });
    expect(manifests.some((m) => m.object.kind === "PersistentVolumeClaim")).toBe(false);
    const statefulSet = find(manifests, "StatefulSet", "app");
    expect(get(statefulSet.object, "spec", "volumeClaimTemplates")).toEqual([
      { metadata: { name: "pgdata" }, spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } } } },
    ]);
    expect(get(statefulSet.object, "spec", "template", "spec", "volumes")).toBeUndefined();
    expect(get(containerOf(manifests, "StatefulSet", "app"), "volumeMounts")).toEqual([{ name: "pgdata", mountPath: "/var/lib/postgresql/data" }]);
  });
});
