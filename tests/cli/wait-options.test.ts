import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import { kubepose, project } from "./run.js";

const COMPOSE = `services:
  migrate:
    image: registry.example.com/shop:1.0
    command: ["./migrate"]
  db:
    image: postgres:16.4
    expose: ["5432"]
  web:
    image: registry.example.com/shop:1.0
    depends_on:
      migrate:
        condition: service_completed_successfully
      db:
        condition: service_started
`;

type Container = { name: string; image: string; command: string[] };
type Object = { kind: string; metadata: { name: string }; spec?: { template?: { spec?: { initContainers?: Container[] } } } };
const convert = (...args: string[]) => kubepose(["convert", ...args], project({ "compose.yaml": COMPOSE }));
const waits = (stdout: string): Container[] =>
  parseAllDocuments(stdout).map((document) => document.toJS() as Object).find((object) => object.kind === "Deployment" && object.metadata.name === "web")?.spec?.template?.spec?.initContainers ?? [];

describe("wait options", () => {
  it("defaults: both images pinned by digest", () => {
    const run = convert();
    expect(run.status).toBe(0);
    for (const wait of waits(run.stdout)) expect(wait.image).toMatch(/@sha256:[0-9a-f]{64}$/);
  });

  it("--job-wait-image, --wait-image and --wait-seconds replace them", () => {
    const run = convert("--job-wait-image", "mirror.example.com/curl:8.11.1", "--wait-image", "mirror.example.com/busybox:1.36", "--wait-seconds", "90");
    expect(run.status).toBe(0);
    const [job, port] = waits(run.stdout);
    expect([job?.name, job?.image]).toEqual(["wait-for-migrate", "mirror.example.com/curl:8.11.1"]);
    expect([port?.name, port?.image]).toEqual(["wait-for-db", "mirror.example.com/busybox:1.36"]);
    expect(port?.command[2]).toContain("timeout 90 ");
  });

  it.each([["--wait-seconds", "0", "whole seconds"], ["--wait-image", "bad image", "an image reference"]])("%s %s is a usage error", (flag, value, expected) => {
    const run = convert(flag, value);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(expected);
  });
});
