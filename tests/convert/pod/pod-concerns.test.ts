import { buildConnections } from "../../../src/connect/index.js";
import { describe, expect, it } from "vitest";
import { deployFateOf, fateOf } from "../../../src/convert/fates.js";
import { podConcerns } from "../../../src/convert/pod/pod-concerns.js";
import { convertPodSpec } from "../../../src/convert/pod/pod-spec.js";
import { Collector } from "../../../src/convert/shared/collector.js";
import { service } from "../builder.js";

const names = podConcerns.map((concern) => concern.name);

describe("pod concerns table", () => {
  it("names each concern once", () => {
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(podConcerns.flatMap((concern) => concern.keys.map((key) => [concern.name, key] as const)))("%s reads %s, a Compose key with a fate row", (_name, key) => {
    const fate = key.startsWith("deploy.") ? deployFateOf(key.slice("deploy.".length)) : fateOf(key);
    expect(fate).toBeDefined();
  });

  it("builds the container before the concerns that copy it, and the waits before other init containers", () => {
    const order = (name: string): number => names.indexOf(name);
    for (const later of ["startup waits", "Kompose init container", "pre_start hooks", "image pulls", "GPUs", "lifecycle hooks"]) expect(order("container")).toBeLessThan(order(later));
    expect(order("startup waits")).toBeLessThan(order("Kompose init container"));
    expect(order("Kompose init container")).toBeLessThan(order("pre_start hooks"));
    expect(order("host namespaces")).toBeLessThan(order("pod security"));
    expect(order("host namespaces")).toBeLessThan(order("DNS"));
  });

  it("writes init containers, the container, then pod fields in the order the concerns ran", () => {
    const web = service("web", { hostname: "web", stopGracePeriodSeconds: 5, preStart: [{ command: ["true"], privileged: false, environment: {}, path: ["services", "web", "pre_start", 0] }] });
    const project = { name: "p", workingDir: "/p", services: [web], volumes: {}, networks: {}, configs: {}, secrets: {} };
    const spec = convertPodSpec({ project, service: web, workload: "web", scope: { partOf: "p" }, options: {}, collector: new Collector(), mountOptions: {}, connections: buildConnections(project).value });
    expect(Object.keys(spec)).toEqual(["initContainers", "containers", "hostname", "terminationGracePeriodSeconds", "securityContext", "serviceAccountName", "automountServiceAccountToken"]);
    expect(spec.containers[0]?.name).toBe("web");
  });
});
