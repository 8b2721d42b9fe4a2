import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { kubepose, project } from "./run.js";

const SHOP = `services:
  web:
    build: .
    ports: ["8080:8000"]
    environment:
      REDIS_URL: redis://cache:6379/0
  cache:
    image: redis:7.4
`;

describe("kubepose graph", () => {
  it("prints Mermaid by default: both sides, the connection with its port", () => {
    const run = kubepose(["graph"], project({ "compose.yaml": SHOP, Dockerfile: "FROM python:3.12\nEXPOSE 8000\n" }));
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith("flowchart LR\n")).toBe(true);
    expect(run.stdout).toContain('n0 -->|":6379"| n1');
    expect(run.stdout).toContain('["Service cache"]');
    expect(run.stdout).toMatch(/\("Pod web-#lt;hash#gt;-#lt;id#gt;"\)/);
  });

  it("prints Graphviz DOT with --format dot, and writes it with -o", () => {
    const directory = project({ "compose.yaml": SHOP, Dockerfile: "FROM python:3.12\nEXPOSE 8000\n" });
    const run = kubepose(["graph", "--format", "dot", "-o", "app.dot"], directory);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("");
    const text = readFileSync(join(directory, "app.dot"), "utf8");
    expect(text.startsWith("digraph kubepose {")).toBe(true);
    expect(text).toContain('n0 -> n1 [label=":6379"];');
  });

  it("rejects an unknown format as a usage error and an invalid project with exit 1 and the location", () => {
    expect(kubepose(["graph", "--format", "png"], project({ "compose.yaml": SHOP })).status).toBe(2);
    const invalid = kubepose(["graph"], project({ "compose.yaml": "services:\n  web:\n    image: nginx\n    restart: sometimes\n" }));
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toContain("compose.yaml:4:");
    expect(invalid.stdout).toBe("");
  });
});
