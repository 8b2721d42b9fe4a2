import { describe, expect, it } from "vitest";
import type { FileObjectDefinition, FileReference } from "../../../src/model/project.js";
import { codes, containerOf, find, get, project, run, service } from "../builder.js";

const definition = (name: string, content?: string, external = false, kind = "configs"): FileObjectDefinition => ({ name, external, path: [kind, name], ...(content === undefined ? {} : { content }) });
const reference = (source: string, target: string, extra: Partial<FileReference> = {}): FileReference => ({ source, target, path: ["services", "web", "configs", 0], ...extra });

describe("configs and secrets", () => {
  it("writes config-<name> and secret-<name> and mounts each as a file with subPath", () => {
    const { manifests, diagnostics } = run(project(
      [service("web", { configs: [reference("app_conf", "/etc/app.conf", { mode: 0o440 })], secrets: [reference("db_password", "/run/secrets/db_password")] })],
      { configs: { app_conf: definition("app_conf", "a=1") }, secrets: { db_password: definition("db_password", "hunter2", false, "secrets") } },
    ));
    expect(codes(diagnostics)).toEqual([]);
    const configMap = find(manifests, "ConfigMap", "config-app-conf");
    expect(get(configMap.object, "data")).toEqual({ app_conf: "a=1" });
    expect(configMap.source).toEqual(["configs", "app_conf"]);
    const secret = find(manifests, "Secret", "secret-db-password");
    expect(get(secret.object, "stringData")).toEqual({ db_password: "hunter2" });
    expect(get(secret.object, "type")).toBe("Opaque");
    expect(get(find(manifests, "Deployment", "web").object, "spec", "template", "spec", "volumes")).toEqual([
      { name: "config-0", configMap: { name: "config-app-conf", items: [{ key: "app_conf", path: "app_conf", mode: 0o440 }] } },
      { name: "secret-0", secret: { secretName: "secret-db-password", items: [{ key: "db_password", path: "db_password" }] } },
    ]);
    expect(containerOf(manifests, "Deployment", "web").volumeMounts).toEqual([
      { name: "config-0", mountPath: "/etc/app.conf", subPath: "app_conf", readOnly: true },
      { name: "secret-0", mountPath: "/run/secrets/db_password", subPath: "db_password", readOnly: true },
    ]);
    expect(find(manifests, "Deployment", "web").explanations).toEqual(expect.arrayContaining(["configs-to-configmap", "secrets-to-secret"]));
  });

  it.each([
    ["external config", { configs: { c: definition("c", undefined, true) } }, { configs: [reference("c", "/c")] }, ["external-config"]],
    ["unreadable secret", { secrets: { s: definition("s", undefined, false, "secrets") } }, { secrets: [reference("s", "/run/secrets/s")] }, ["external-secret"]],
    ["unused config", { configs: { c: definition("c", "x") } }, {}, ["unused-resource"]],
  ])("%s → reference only", (_, definitions, references, expected) => {
    const { manifests, diagnostics } = run(project([service("web", references)], definitions));
    expect(codes(diagnostics)).toEqual(expected);
    expect(manifests.map((m) => m.object.kind)).toEqual(["Deployment", "ServiceAccount"]);
  });

  it("notes uid and gid, which cannot be set per file", () => {
    const { diagnostics } = run(project([service("web", { secrets: [reference("s", "/run/secrets/s", { uid: "1000" })] })], { secrets: { s: definition("s", "x", false, "secrets") } }));
    expect(codes(diagnostics)).toEqual(["file-owner"]);
  });
});
