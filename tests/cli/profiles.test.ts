import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import { kubepose, project } from "./run.js";

const COMPOSE = `services:
  web:
    image: nginx:1.27
  debug:
    image: busybox:1.36
    command: ["sleep", "infinity"]
    profiles: [debug]
  seed:
    image: busybox:1.36
    command: ["true"]
    restart: "no"
    profiles: [tools]
`;

/** Names of the workloads (Deployments and Jobs) in a YAML stream. */
const workloads = (yamlText: string) =>
  parseAllDocuments(yamlText)
    .map((document) => document.toJS() as { kind: string; metadata: { name: string } })
    .filter((object) => object.kind === "Deployment" || object.kind === "Job")
    .map((object) => object.metadata.name)
    .sort();

type Row = { name: string; args: string[]; env: Record<string, string>; files: Record<string, string>; expected: string[] };

describe("kubepose convert --profile", () => {
  it.each<Row>([
    { name: "no profile", args: [], env: {}, files: {}, expected: ["web"] },
    { name: "--profile debug", args: ["--profile", "debug"], env: {}, files: {}, expected: ["debug", "web"] },
    { name: "two --profile flags", args: ["--profile", "debug", "--profile", "tools"], env: {}, files: {}, expected: ["debug", "seed", "web"] },
    { name: "--profile '*'", args: ["--profile", "*"], env: {}, files: {}, expected: ["debug", "seed", "web"] },
    { name: "COMPOSE_PROFILES", args: [], env: { COMPOSE_PROFILES: "tools, debug" }, files: {}, expected: ["debug", "seed", "web"] },
    { name: "COMPOSE_PROFILES in .env", args: [], env: {}, files: { ".env": "COMPOSE_PROFILES=tools\n" }, expected: ["seed", "web"] },
    { name: "--profile over COMPOSE_PROFILES", args: ["--profile", "debug"], env: { COMPOSE_PROFILES: "tools" }, files: {}, expected: ["debug", "web"] },
  ])("$name", ({ args, env, files, expected }) => {
    const run = kubepose(["convert", ...args], project({ "compose.yaml": COMPOSE, ...files }), env);
    expect(run.status).toBe(0);
    expect(workloads(run.stdout)).toEqual(expected);
  });

  it("says which services were left out, and where their profiles are written", () => {
    const run = kubepose(["convert", "--profile", "debug"], project({ "compose.yaml": COMPOSE }));
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/compose\.yaml:12:5: note\[service-disabled-by-profile\]/);
    expect(run.stderr).toContain('"seed"');
    expect(run.stderr).not.toContain('"debug" is not converted');
  });

  it.each(["-debug", "two words", "a,b", ""])("refuses the profile name %j as a usage error", (name) => {
    const run = kubepose(["convert", "--profile", name], project({ "compose.yaml": COMPOSE }));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("--profile");
  });

  it("fails when an enabled service depends on a disabled one, and writes nothing", () => {
    const compose = `${COMPOSE}  admin:
    image: adminer:4
    depends_on: [debug]
`;
    const run = kubepose(["convert"], project({ "compose.yaml": compose }));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/compose\.yaml:15:18: error\[disabled-service-reference\]/);
  });
});

describe("kubepose validate --profile", () => {
  it.each([
    { args: [], expected: "1 service" },
    { args: ["--profile", "debug"], expected: "2 services" },
    { args: ["--profile", "*"], expected: "3 services" },
  ])("counts the enabled services with $args", ({ args, expected }) => {
    const run = kubepose(["validate", ...args], project({ "compose.yaml": COMPOSE }));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`: ${expected}, valid`);
  });

  it("reports a dependency cycle with exit code 1", () => {
    const compose = `services:
  a:
    image: nginx:1.27
    depends_on: [b]
  b:
    image: nginx:1.27
    network_mode: "service:a"
`;
    const run = kubepose(["validate"], project({ "compose.yaml": compose }));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/compose\.yaml:7:5: error\[dependency-cycle\].*a → b → a/);
  });
});
