import { describe, expect, it } from "vitest";
import { shownPath } from "../../../src/convert/storage/bind-files.js";
import type { VolumeDefinition, VolumeMount } from "../../../src/model/project.js";
import { codes, containerOf, find, get, project, run, service } from "../builder.js";

const volume = (name: string, extra: Partial<VolumeDefinition> = {}): VolumeDefinition => ({ name, external: false, driverOpts: {}, labels: {}, path: ["volumes", name], ...extra });
const named = (source: string, target: string, extra: Partial<Extract<VolumeMount, { type: "volume" }>> = {}): VolumeMount => ({ type: "volume", source, target, readOnly: false, path: ["services", "db", "volumes", 0], ...extra });
const podSpec = (manifests: ReturnType<typeof run>["manifests"], kind = "Deployment", name = "db") => get(find(manifests, kind, name).object, "spec", "template", "spec") as Record<string, unknown>;

describe("named volumes → PersistentVolumeClaims", () => {
  it("writes one ReadWriteOnce claim of the default size and mounts it", () => {
    const { manifests, diagnostics } = run(project([service("db", { volumes: [named("data", "/var/lib/postgresql/data"), named("data", "/backup", { subpath: "backup", readOnly: true })] })], { volumes: { data: volume("data") } }));
    expect(codes(diagnostics)).toEqual([]);
    const claim = find(manifests, "PersistentVolumeClaim", "data");
    expect(get(claim.object, "spec")).toEqual({ accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } } });
    expect(claim.source).toEqual(["volumes", "data"]);
    expect(podSpec(manifests).volumes).toEqual([{ name: "data", persistentVolumeClaim: { claimName: "data" } }]);
    expect(containerOf(manifests, "Deployment", "db").volumeMounts).toEqual([
      { name: "data", mountPath: "/var/lib/postgresql/data" },
      { name: "data", mountPath: "/backup", subPath: "backup", readOnly: true },
    ]);
    expect(get(find(manifests, "Deployment", "db").object, "spec", "strategy")).toEqual({ type: "Recreate" });
  });

  it("uses ConvertOptions.volumeSize", () => {
    const { manifests } = run(project([service("db", { volumes: [named("data", "/d")] })], { volumes: { data: volume("data") } }), { volumeSize: "10Gi" });
    expect(get(find(manifests, "PersistentVolumeClaim", "data").object, "spec", "resources", "requests", "storage")).toBe("10Gi");
  });

  it.each([
    ["two services", [service("a", { volumes: [named("data", "/d")] }), service("b", { volumes: [named("data", "/d")] })], ["shared-volume"]],
    ["replicas", [service("a", { replicas: 2, volumes: [named("data", "/d")] })], ["shared-volume"]],
    ["one pod", [service("a", { volumes: [named("data", "/d")] })], []],
  ])("warns when a ReadWriteOnce claim is mounted by %s", (_, services, expected) => {
    expect(codes(run(project(services, { volumes: { data: volume("data") } })).diagnostics)).toEqual(expected);
  });

  it("references an external volume by its name without writing a claim", () => {
    const { manifests, diagnostics } = run(project([service("db", { volumes: [named("data", "/d")] })], { volumes: { data: volume("prod_data", { external: true }) } }));
    expect(codes(diagnostics)).toEqual(["external-volume"]);
    expect(manifests.map((m) => m.object.kind)).toEqual(["Deployment", "ServiceAccount"]);
    expect(podSpec(manifests).volumes).toEqual([{ name: "prod-data", persistentVolumeClaim: { claimName: "prod-data" } }]);
  });

  it.each([
    ["unused", {}, ["unused-resource"]],
    ["a driver", { driver: "nfs" }, ["volume-driver"]],
  ])("notes a volume with %s", (_, extra, expected) => {
    const services = "driver" in extra ? [service("db", { volumes: [named("data", "/d")] })] : [service("db")];
    expect(codes(run(project(services, { volumes: { data: volume("data", extra) } })).diagnostics)).toEqual(expected);
  });
});

describe("other mounts", () => {
  it.each<[string, VolumeMount, Record<string, unknown>, string[], Record<string, unknown>]>([
    ["anonymous → emptyDir", { type: "anonymous", target: "/app/node_modules", readOnly: false, path: [] }, { name: "anon-0", emptyDir: {} }, ["anonymous-volume"], { name: "anon-0", mountPath: "/app/node_modules" }],
    ["tmpfs → emptyDir in memory", { type: "tmpfs", target: "/tmp", sizeBytes: 64 * 1024 * 1024, path: [] }, { name: "tmpfs-0", emptyDir: { medium: "Memory", sizeLimit: "64Mi" } }, [], { name: "tmpfs-0", mountPath: "/tmp" }],
    ["host directory → placeholder", { type: "bind", source: "/srv/data", target: "/data", readOnly: false, insideProject: false, path: [] }, { name: "placeholder-0", emptyDir: {} }, ["host-bind-mount"], { name: "placeholder-0", mountPath: "/data" }],
    ["unreadable project bind → placeholder", { type: "bind", source: "/src/shop/missing", target: "/m", readOnly: false, insideProject: true, path: [] }, { name: "placeholder-0", emptyDir: {} }, ["host-bind-mount"], { name: "placeholder-0", mountPath: "/m" }],
    ["npipe → placeholder", { type: "npipe", source: "//./pipe/x", target: "/p", readOnly: false, path: [] }, { name: "placeholder-0", emptyDir: {} }, ["unsupported-mount"], { name: "placeholder-0", mountPath: "/p" }],
  ])("%s", (_, mount, podVolume, expectedCodes, volumeMount) => {
    const { manifests, diagnostics } = run(project([service("db", { volumes: [mount] })]));
    expect(codes(diagnostics)).toEqual(expectedCodes);
    expect(podSpec(manifests).volumes).toEqual([podVolume]);
    expect(containerOf(manifests, "Deployment", "db").volumeMounts).toEqual([volumeMount]);
  });
});

describe("binds of project files", () => {
  it("copies a single file into a ConfigMap mounted with subPath", () => {
    const bind: VolumeMount = { type: "bind", source: "/src/shop/nginx.conf", target: "/etc/nginx/nginx.conf", readOnly: true, insideProject: true, files: [{ path: "", content: "events {}" }], path: ["services", "db", "volumes", 0] };
    const { manifests, diagnostics } = run(project([service("db", { volumes: [bind] })]));
    expect(codes(diagnostics)).toEqual(["bind-mount-copied"]);
    const configMap = find(manifests, "ConfigMap", "db-bind-0");
    expect(get(configMap.object, "data")).toEqual({ "nginx.conf": "events {}" });
    expect(configMap.explanations).toEqual(["bind-mount-to-configmap"]);
    expect(podSpec(manifests).volumes).toEqual([{ name: "bind-0", configMap: { name: "db-bind-0" } }]);
    expect(containerOf(manifests, "Deployment", "db").volumeMounts).toEqual([{ name: "bind-0", mountPath: "/etc/nginx/nginx.conf", subPath: "nginx.conf", readOnly: true }]);
  });

  it("copies a folder file by file with items, nested paths as safe keys", () => {
    const bind: VolumeMount = { type: "bind", source: "/src/shop/conf", target: "/etc/app", readOnly: false, insideProject: true, files: [{ path: "app.yaml", content: "a" }, { path: "conf.d/extra.yaml", content: "b" }], path: [] };
    const { manifests } = run(project([service("db", { volumes: [bind] })]));
    expect(get(find(manifests, "ConfigMap", "db-bind-0").object, "data")).toEqual({ "app.yaml": "a", "conf.d_extra.yaml": "b" });
    expect(podSpec(manifests).volumes).toEqual([{ name: "bind-0", configMap: { name: "db-bind-0", items: [{ key: "app.yaml", path: "app.yaml" }, { key: "conf.d_extra.yaml", path: "conf.d/extra.yaml" }] } }]);
    expect(containerOf(manifests, "Deployment", "db").volumeMounts).toEqual([{ name: "bind-0", mountPath: "/etc/app" }]);
  });

  it.each([["certs/tls.key"], [".env"], ["id_rsa"]])("uses a Secret when %s is among the files", (file) => {
    const bind: VolumeMount = { type: "bind", source: "/src/shop/certs", target: "/certs", readOnly: true, insideProject: true, files: [{ path: "README", content: "r" }, { path: file, content: "PRIVATE" }], path: [] };
    const { manifests } = run(project([service("db", { volumes: [bind] })]));
    expect(get(find(manifests, "Secret", "db-bind-0").object, "stringData")).toBeDefined();
    expect(manifests.some((m) => m.object.kind === "ConfigMap")).toBe(false);
    expect(get(podSpec(manifests), "volumes", 0, "secret", "secretName")).toBe("db-bind-0");
  });

  it("falls back to a placeholder when the files of a read-only directory exceed 1 MiB", () => {
    const bind: VolumeMount = { type: "bind", source: "/src/shop/big", target: "/big", readOnly: true, insideProject: true, files: [{ path: "a.txt", content: "é".repeat(600 * 1024) }], path: [] };
    const { manifests, diagnostics } = run(project([service("db", { volumes: [bind] })]));
    expect(codes(diagnostics)).toEqual(["bind-too-large"]);
    expect(podSpec(manifests).volumes).toEqual([{ name: "placeholder-0", emptyDir: {} }]);
  });

  it("leaves out a file too large to copy instead of putting a directory in its place", () => {
    const bind: VolumeMount = { type: "bind", source: "/src/shop/big.bin", target: "/big.bin", readOnly: false, insideProject: true, files: [{ path: "", content: "x".repeat(1024 * 1024 + 1) }], path: [] };
    const { manifests, diagnostics } = run(project([service("db", { volumes: [bind] })]));
    expect(codes(diagnostics)).toEqual(["bind-too-large"]);
    expect(podSpec(manifests).volumes).toBeUndefined();
    expect(containerOf(manifests, "Deployment", "db").volumeMounts).toBeUndefined();
  });
});

describe("shownPath", () => {
  it.each([
    ["/src/shop/conf/nginx.conf", "/src/shop", "./conf/nginx.conf"],
    ["/src/shop/conf", "/src/shop/", "./conf"],
    ["/etc/localtime", "/src/shop", "/etc/localtime"],
    ["/src/shopping/x", "/src/shop", "/src/shopping/x"],
  ])("%s in %s → %s", (path, workingDir, expected) => expect(shownPath(path, workingDir)).toBe(expected));
});
