import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import { kubepose, project } from "./run.js";

const COMPOSE = `services:
  web:
    image: nginx:1.27
    ports: ["8080:80"]
    volumes: [data:/data, ./logs:/logs]
  api:
    image: registry.example.com/api:1.0
    deploy:
      replicas: 2
    networks: [backend]
networks:
  backend: {}
volumes:
  data: {}
`;

type Object = { kind: string; metadata: { name: string }; spec?: Record<string, unknown> };
const objects = (text: string): Object[] => parseAllDocuments(text).map((document) => document.toJS() as Object);
const named = (list: Object[], kind: string, name: string): Object | undefined => list.find((object) => object.kind === kind && object.metadata.name === name);
const convert = (...args: string[]) => kubepose(["convert", ...args], project({ "compose.yaml": COMPOSE, "logs/app.log": "" }));

describe("Kompose's convert options", () => {
  it.each([["--controller", "statefulset", "StatefulSet"], ["--controller", "daemonSet", "DaemonSet"], ["--controller", "Deployment", "Deployment"]])("%s %s → %s", (flag, value, kind) => {
    const run = convert(flag, value);
    expect(run.status).toBe(0);
    expect(named(objects(run.stdout), kind, "web")).toBeDefined();
  });

  it("--replicas sets replicas of services without their own", () => {
    const list = objects(convert("--replicas", "3").stdout);
    expect(named(list, "Deployment", "web")?.spec?.replicas).toBe(3);
    expect(named(list, "Deployment", "api")?.spec?.replicas).toBe(2);
  });

  it("--volumes emptyDir writes no claim", () => {
    const list = objects(convert("--volumes", "emptyDir").stdout);
    expect(list.some((object) => object.kind === "PersistentVolumeClaim")).toBe(false);
  });

  it("--emptyvols is Kompose's older --volumes emptyDir", () => {
    // One directory for both runs: the project name (and so part-of) comes from it.
    const directory = project({ "compose.yaml": COMPOSE, "logs/app.log": "" });
    const run = kubepose(["convert", "--emptyvols"], directory);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(kubepose(["convert", "--volumes", "emptyDir"], directory).stdout);
    expect(objects(run.stdout).some((object) => object.kind === "PersistentVolumeClaim")).toBe(false);
  });

  it("--emptyvols and --volumes conflict (exit 2)", () => {
    const run = convert("--emptyvols", "--volumes", "hostPath");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("cannot be used with");
  });

  it("--pvc-request-size sets the claim's size", () => {
    const claim = named(objects(convert("--pvc-request-size", "5Gi").stdout), "PersistentVolumeClaim", "data");
    expect(claim?.spec?.resources).toEqual({ requests: { storage: "5Gi" } });
  });

  it.each(["--network-policies", "--generate-network-policies"])("%s writes a NetworkPolicy per network", (flag) => {
    const list = objects(convert(flag).stdout);
    expect(list.filter((object) => object.kind === "NetworkPolicy").map((object) => object.metadata.name)).toEqual(["network-backend", "network-default", "web-published"]);
  });

  it("-n writes the Namespace first", () => {
    const list = objects(convert("-n", "shop").stdout);
    expect(list[0]).toMatchObject({ kind: "Namespace", metadata: { name: "shop" } });
  });

  it("--json writes JSON, like --format json", () => {
    // One directory for both runs: the project name (and so part-of) comes from it.
    const directory = project({ "compose.yaml": COMPOSE });
    const run = kubepose(["convert", "--json"], directory);
    expect(run.status).toBe(0);
    expect(() => JSON.parse(run.stdout) as unknown).not.toThrow();
    expect(run.stdout).toBe(kubepose(["convert", "--format", "json"], directory).stdout);
  });

  it("--stdout writes to stdout, like -o -", () => {
    const directory = project({ "compose.yaml": COMPOSE });
    const run = kubepose(["convert", "--stdout"], directory);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(kubepose(["convert", "-o", "-"], directory).stdout);
  });

  it("--stdout and -o FILE conflict (exit 2)", () => {
    const directory = project({ "compose.yaml": COMPOSE });
    const run = kubepose(["convert", "--stdout", "-o", "out.yaml"], directory);
    expect(run.status).toBe(2);
    expect(existsSync(join(directory, "out.yaml"))).toBe(false);
  });

  it.each([["--controller", "pod"], ["--replicas", "many"], ["--volumes", "nfs"], ["--pvc-request-size", "1 GB"]])("rejects %s %s with exit 2", (flag, value) => {
    const run = convert(flag, value);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("expected");
  });

  it("-o DIR still writes one file per object", () => {
    const directory = project({ "compose.yaml": COMPOSE });
    expect(kubepose(["convert", "--controller", "statefulset", "-o", "out/"], directory).status).toBe(0);
    expect(readFileSync(join(directory, "out", "web-statefulset.yaml"), "utf8")).toContain("kind: StatefulSet");
  });
});
