import { describe, expect, it } from "vitest";
import type { DependsOn, Service } from "../../../src/model/project.js";
import { DEFAULT_WAIT_IMAGE, waitScript } from "../../../src/convert/pod/startup-order.js";
import { codes, find, get, project, run, service } from "../builder.js";

const on = (target: string, extra: Partial<DependsOn> = {}): DependsOn => ({
  service: target, condition: "service_started", required: true, restart: false, path: ["services", "web", "depends_on", target], ...extra,
});
const db = service("db", { ports: [{ target: 5432, protocol: "tcp", path: [] }] });
const cache = service("cache", { expose: [{ port: 6379, protocol: "tcp", path: [] }] });
const udpOnly = service("dns", { expose: [{ port: 53, protocol: "udp", path: [] }] });
// Images kubepose has no port for (the builder's default, nginx, EXPOSEs 80).
const migrate = service("migrate", { image: "example/migrate:1", restart: { policy: "no", path: [] } });
const nightly = service("nightly", { labels: { "kompose.cronjob.schedule": "0 3 * * *" } });

const convertWeb = (dependsOn: DependsOn[], options = {}) => {
  const { manifests, diagnostics } = run(project([service("web", { dependsOn }), db, cache, udpOnly, migrate, nightly]), options);
  const pod = get(find(manifests, "Deployment", "web").object, "spec", "template", "spec") as { initContainers?: { name: string; image: string; command: string[] }[] };
  return { init: pod.initContainers ?? [], codes: codes(diagnostics).filter((code) => code.startsWith("depends-on")) };
};

describe("depends_on → init containers that wait", () => {
  it.each<[string, DependsOn[], string[], string[]]>([
    ["service_started waits on the first port", [on("db")], ["wait-for-db"], []],
    ["service_healthy waits the same way", [on("db", { condition: "service_healthy" })], ["wait-for-db"], []],
    ["an exposed port is waited on too", [on("cache")], ["wait-for-cache"], []],
    ["two dependencies wait in order", [on("cache"), on("db")], ["wait-for-cache", "wait-for-db"], []],
    ["required: false does not block", [on("db", { required: false })], [], ["depends-on-optional"]],
    ["completion waits for the Job through the API server", [on("migrate", { condition: "service_completed_successfully" })], ["wait-for-migrate"], []],
    ["a CronJob has no one run to wait for", [on("nightly", { condition: "service_completed_successfully" })], [], ["depends-on-completion"]],
    ["no port, nothing to poll", [on("migrate")], [], ["depends-on-no-port"]],
    ["a UDP port cannot be polled with nc -z", [on("dns")], [], ["depends-on-no-port"]],
    ["restart: true is noted", [on("db", { restart: true })], ["wait-for-db"], ["depends-on-restart"]],
    ["a dependency not in the project is skipped", [on("ghost")], [], []],
  ])("%s", (_, dependsOn, names, expectedCodes) => {
    const result = convertWeb(dependsOn);
    expect(result.init.map((container) => container.name)).toEqual(names);
    expect(result.codes).toEqual(expectedCodes);
  });

  it("polls the dependency's Service name and port with a bounded wait", () => {
    const [wait] = convertWeb([on("db")]).init;
    expect(wait?.image).toBe(DEFAULT_WAIT_IMAGE);
    expect(wait?.command).toEqual(["sh", "-c", waitScript("db", 5432, 300)]);
    expect(wait?.command[2]).toContain("timeout 300 sh -c 'until nc -z -w 2 db 5432;");
    expect(wait?.command[2]).not.toContain("$(");
  });

  it.each([[{ waitImage: "registry.example.com/busybox:1.36", waitSeconds: 60 }, "registry.example.com/busybox:1.36", "timeout 60 "]])(
    "takes the image and timeout from the options", (options, image, prefix) => {
      const [wait] = convertWeb([on("db")], options).init;
      expect(wait?.image).toBe(image);
      expect(wait?.command[2]?.startsWith(prefix)).toBe(true);
    });

  it("names the Service by its Kubernetes name", () => {
    const { manifests } = run(project([service("web", { dependsOn: [on("My_DB")] }), service("My_DB", { ports: [{ target: 5432, protocol: "tcp", path: [] }] })]));
    const pod = get(find(manifests, "Deployment", "web").object, "spec", "template", "spec", "initContainers", 0) as Service & { name: string; command: string[] };
    expect(pod.name).toBe("wait-for-my-db");
    expect(pod.command[2]).toContain("nc -z -w 2 my-db 5432");
  });
});
