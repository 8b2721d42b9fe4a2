import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import { kubepose, project } from "./run.js";

const COMPOSE = `services:
  librenms:
    image: librenms/librenms:24.9.1
    volumes: [data:/data]
  dispatcher:
    image: librenms/librenms:24.9.1
    environment:
      SIDECAR_DISPATCHER: "1"
    volumes: [data:/data]
volumes:
  data: {}
`;

type Object = { kind: string; metadata: { name: string }; spec?: { template?: { spec?: { containers?: { name: string }[] } } } };
const convert = (...args: string[]) => kubepose(["convert", ...args], project({ "compose.yaml": COMPOSE }));
const deployments = (stdout: string): [string, string[]][] =>
  parseAllDocuments(stdout).map((document) => document.toJS() as Object).filter((object) => object.kind === "Deployment")
    .map((object) => [object.metadata.name, (object.spec?.template?.spec?.containers ?? []).map((container) => container.name)]);

describe("Kompose's --service-group-mode and --service-group-name", () => {
  it.each<[string[], [string, string[]][]]>([
    [[], [["librenms", ["librenms"]], ["dispatcher", ["dispatcher"]]]],
    [["--service-group-mode", "volume"], [["librenms", ["librenms", "dispatcher"]]]],
    [["--service-group-mode", "volume", "--service-group-name", "librenms-dispatcher"], [["librenms-dispatcher", ["librenms", "dispatcher"]]]],
  ])("%j", (args, expected) => {
    const run = convert(...args);
    expect(run.status).toBe(0);
    expect(deployments(run.stdout)).toEqual(expected);
  });

  it.each([["--service-group-mode", "volumes", "label, volume"], ["--service-group-name", "Bad_Name", "DNS label"]])("%s %s is a usage error", (flag, value, expected) => {
    const run = convert(flag, value);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(expected);
  });
});
