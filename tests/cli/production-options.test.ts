import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { parseDefaultResources } from "../../src/cli/production-options.js";
import { kubepose, project } from "./run.js";

describe("--default-resources", () => {
  it("takes cpu and memory as Kubernetes quantities, either or both", () => {
    expect(parseDefaultResources("cpu=100m,memory=128Mi")).toEqual({ cpu: "100m", memory: "128Mi" });
    expect(parseDefaultResources("memory=1Gi")).toEqual({ memory: "1Gi" });
    expect(parseDefaultResources(" cpu = 0.5 ")).toEqual({ cpu: "0.5" });
  });

  it.each([
    ["cpus=1", "at 1: 'cpus' is not cpu or memory"],
    ["cpu=100m,memory=128MB", "at 10: '128MB' is not a Kubernetes quantity above zero"],
    ["cpu=100m,memory", "at 10: 'memory' is not NAME=QUANTITY"],
    ["cpu=0", "at 1: '0' is not a Kubernetes quantity above zero"],
    ["cpu=1,cpu=2", "at 7: cpu is given twice"],
  ])("%s is refused with the column of the mistake and an example", (value, problem) => {
    expect(() => parseDefaultResources(value)).toThrow(problem);
    expect(() => parseDefaultResources(value)).toThrow("for example --default-resources cpu=100m,memory=128Mi");
  });
});

describe("the production flags on the command line", () => {
  const COMPOSE = `services:
  api:
    image: registry.example.com/shop/api:1.4
    user: "1000"
    environment:
      DATABASE_URL: postgres://shop:shop@db:5432/shop
  db:
    image: postgres:16
`;
  const convert = (...args: string[]) => kubepose(["convert", ...args], project({ "compose.yaml": COMPOSE }));
  const objects = (stdout: string) => parseAllDocuments(stdout).map((document) => document.toJS() as { kind: string; metadata: { name: string; labels?: Record<string, string> } });

  it("--pod-security, --default-resources and --network-policies strict together", () => {
    const run = convert("-n", "shop", "--pod-security", "restricted", "--default-resources", "cpu=100m,memory=128Mi", "--network-policies", "strict");
    expect(run.status).toBe(0);
    const written = objects(run.stdout);
    expect(written[0]?.metadata.labels?.["pod-security.kubernetes.io/enforce"]).toBe("restricted");
    expect(written.filter((o) => o.kind === "NetworkPolicy").map((o) => o.metadata.name)).toEqual(["default-deny-ingress", "db-from-api-5432"]);
    expect(run.stderr).toContain("warning[pod-security-short]: service 'db'");
    expect(run.stderr).not.toContain("resources-missing");
  });

  it("--network-policies alone keeps one policy per network", () => {
    const run = convert("--network-policies");
    expect(objects(run.stdout).filter((o) => o.kind === "NetworkPolicy").map((o) => o.metadata.name)).toEqual(["network-default"]);
  });

  it.each([
    ["--pod-security", "strict", "expected baseline or restricted, for example --pod-security restricted"],
    ["--default-resources", "cpu=lots", "at 1: 'lots' is not a Kubernetes quantity"],
    ["--network-policies", "open", "for example --network-policies strict"],
  ])("%s %s is a usage error with an example", (flag, value, expected) => {
    const run = convert(flag, value);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(expected);
  });
});
