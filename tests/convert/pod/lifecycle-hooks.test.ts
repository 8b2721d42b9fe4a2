import { describe, expect, it } from "vitest";
import type { Service, ServiceHook } from "../../../src/model/project.js";
import { codes, containerOf, find, get, project, run, service } from "../builder.js";

const hook = (extra: Partial<ServiceHook>): ServiceHook => ({ privileged: false, environment: {}, path: ["services", "app", "hook", 0], ...extra });
const convertApp = (overrides: Partial<Service>) => {
  const { manifests, diagnostics } = run(project([service("app", { image: "shop/app:1.0", ...overrides })]));
  const pod = get(find(manifests, "Deployment", "app").object, "spec", "template", "spec") as { initContainers?: Record<string, unknown>[] };
  return { init: pod.initContainers ?? [], container: containerOf(manifests, "Deployment", "app"), codes: codes(diagnostics) };
};

describe("pre_start → init containers", () => {
  it("runs the hook in the service's image, with its environment, user and mounts", () => {
    const result = convertApp({
      environment: { MODE: "prod" },
      user: { user: "1000", uid: 1000, path: [] },
      workingDir: "/app",
      volumes: [{ type: "tmpfs", target: "/cache", path: [] }],
      preStart: [hook({ command: ["./migrate.sh"], environment: { STEP: "init" }, perReplica: true })],
    });
    expect(result.init).toEqual([{
      name: "app-pre-start-0",
      image: "shop/app:1.0",
      command: ["./migrate.sh"],
      workingDir: "/app",
      envFrom: [{ configMapRef: { name: "app-env" } }],
      env: [{ name: "STEP", value: "init" }],
      securityContext: { runAsUser: 1000 },
      volumeMounts: [{ name: "tmpfs-0", mountPath: "/cache" }],
    }]);
    expect(result.codes).toEqual([]);
  });

  it.each<[string, ServiceHook, Record<string, unknown>, string[]]>([
    ["its own image, not the service's user", hook({ image: "flyway/flyway:10", command: ["migrate"], perReplica: true }), { image: "flyway/flyway:10", command: ["migrate"] }, []],
    ["privileged, by name", hook({ command: ["sysctl", "-w", "x=1"], privileged: true, user: { user: "root", path: [] }, perReplica: true }), { securityContext: { privileged: true } }, ["user-name"]],
    ["once per service in Compose", hook({ command: ["./seed.sh"] }), { command: ["./seed.sh"] }, ["pre-start-per-pod"]],
  ])("%s", (_, preStart, fields, expected) => {
    const result = convertApp({ preStart: [preStart] });
    for (const [key, value] of Object.entries(fields)) expect(result.init[0]?.[key]).toEqual(value);
    expect(result.codes).toEqual(expected);
  });
});

describe("post_start, pre_stop → lifecycle hooks", () => {
  it.each<[string, Partial<Service>, unknown, string[]]>([
    ["post_start", { postStart: [hook({ command: ["./warm.sh"] })] }, { postStart: { exec: { command: ["./warm.sh"] } } }, []],
    ["pre_stop", { preStop: [hook({ command: ["nginx", "-s", "quit"] })] }, { preStop: { exec: { command: ["nginx", "-s", "quit"] } } }, []],
    ["several hooks join with sh -c", { preStop: [hook({ command: ["a"] }), hook({ command: ["echo", "it's done"] })] },
      { preStop: { exec: { command: ["sh", "-c", "a && echo 'it'\\''s done'"] } } }, []],
    ["options a handler cannot take", { postStart: [hook({ command: ["x"], user: { user: "1000", uid: 1000, path: [] }, environment: { A: "1" } })] },
      { postStart: { exec: { command: ["x"] } } }, ["hook-options-dropped"]],
    ["no command", { postStart: [hook({})] }, undefined, ["hook-without-command"]],
  ])("%s", (_, overrides, lifecycle, expected) => {
    const result = convertApp(overrides);
    expect(result.container.lifecycle).toEqual(lifecycle);
    expect(result.codes).toEqual(expected);
  });
});

describe("kompose.init.containers.* labels", () => {
  it.each<[string, Record<string, string>, unknown, string[]]>([
    ["all three", { "kompose.init.containers.name": "init-db", "kompose.init.containers.image": "busybox:1.36", "kompose.init.containers.command": '["sh", "-c", "echo ready"]' },
      [{ name: "init-db", image: "busybox:1.36", command: ["sh", "-c", "echo ready"] }], []],
    ["a command line, defaults for the rest", { "kompose.init.containers.command": "echo 'ready now'" }, [{ name: "app-init", image: "shop/app:1.0", command: ["echo", "ready now"] }], []],
    ["a bad name", { "kompose.init.containers.name": "Init_DB", "kompose.init.containers.image": "busybox" }, [{ name: "app-init", image: "busybox" }], ["kompose-label-value"]],
    ["a bad JSON command", { "kompose.init.containers.image": "busybox", "kompose.init.containers.command": "[\"sh\"," }, [{ name: "app-init", image: "busybox" }], ["kompose-label-value"]],
  ])("%s", (_, labels, init, expected) => {
    const result = convertApp({ labels });
    expect(result.init).toEqual(init);
    expect(result.codes).toEqual(expected);
  });
});
