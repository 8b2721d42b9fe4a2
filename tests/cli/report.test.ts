import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { kubepose, project } from "./run.js";

const WEB = `services:
  web:
    image: nginx:1.27
    ports:
      - "8080:80"
    stop_signal: SIGINT
`;

describe("kubepose convert --report", () => {
  it.each([
    ["report.md", (text: string) => expect(text).toContain("## Service `web` (compose.yaml:2)")],
    ["docs/report.json", (text: string) => expect(JSON.parse(text)).toMatchObject({ format: "kubepose-migration-report", version: 1, services: [{ name: "web" }] })],
  ])("writes %s in the format of its extension, manifests still on stdout", (file, check) => {
    const directory = project({ "compose.yaml": WEB });
    const run = kubepose(["convert", "--report", file], directory);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("kind: Deployment");
    check(readFileSync(join(directory, file), "utf8"));
  });

  it("keeps the field traces the report reads (a plain convert drops them: ConvertOptions.keepTraces)", () => {
    const directory = project({ "compose.yaml": WEB });
    const run = kubepose(["convert", "-o", "all.yaml", "--report", "report.json"], directory);
    expect(run.status).toBe(0);
    const report = JSON.parse(readFileSync(join(directory, "report.json"), "utf8")) as { services: { keys: { key: string; fields: { kind: string; field: string }[] }[] }[] };
    const ports = report.services[0]!.keys.find((key) => key.key === "ports");
    expect(ports?.fields).toEqual(
      expect.arrayContaining([
        { kind: "Deployment", name: "web", field: "spec.template.spec.containers[0].ports[0]" },
        { kind: "Service", name: "web", field: "spec.ports[0]" },
      ]),
    );
  });

  it("writes the report beside a directory of manifests", () => {
    const directory = project({ "compose.yaml": WEB });
    const run = kubepose(["convert", "-o", "k8s/", "--report", "k8s/report.md"], directory);
    expect(run.status).toBe(0);
    expect(readdirSync(join(directory, "k8s"))).toEqual(expect.arrayContaining(["report.md", "web-deployment.yaml"]));
    expect(readFileSync(join(directory, "k8s", "report.md"), "utf8")).toMatch(/\| `stop_signal` \| 6 \| not converted \|/);
  });

  it("rejects a report name without .md or .json as a usage error", () => {
    const directory = project({ "compose.yaml": WEB });
    const run = kubepose(["convert", "--report", "report.txt"], directory);
    expect(run.status).toBe(2);
    expect(existsSync(join(directory, "report.txt"))).toBe(false);
  });

  it("writes no report for invalid input", () => {
    const directory = project({ "compose.yaml": "services:\n  web:\n    image: nginx\n    ports: [\"80:x\"]\n" });
    const run = kubepose(["convert", "-o", "all.yaml", "--report", "report.md"], directory);
    expect(run.status).toBe(1);
    expect(existsSync(join(directory, "report.md"))).toBe(false);
    expect(existsSync(join(directory, "all.yaml"))).toBe(false);
  });

  it("writes neither the manifests nor the report when one of them cannot be written", () => {
    const directory = project({ "compose.yaml": WEB, "blocker": "a file where a directory is needed" });
    const run = kubepose(["convert", "-o", "all.yaml", "--report", "blocker/report.md"], directory);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("output-write");
    expect(existsSync(join(directory, "all.yaml"))).toBe(false);
  });
});
