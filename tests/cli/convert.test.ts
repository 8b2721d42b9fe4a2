import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import { kubepose, project } from "./run.js";

const WEB = `services:
  web:
    image: nginx:1.27
    ports:
      - "8080:80"
    environment:
      GREETING: hello
`;

const kinds = (yamlText: string) => parseAllDocuments(yamlText).map((d) => (d.toJS() as { kind: string }).kind);

describe("kubepose convert", () => {
  it("finds compose.yaml in the working directory and prints manifests on stdout", () => {
    const run = kubepose(["convert"], project({ "compose.yaml": WEB }));
    expect(run.status).toBe(0);
    expect(kinds(run.stdout)).toEqual(expect.arrayContaining(["Deployment", "Service", "ConfigMap"]));
    expect(run.stdout).toContain("# from compose.yaml:2");
  });

  it("takes -f relative to the working directory and names that file in comments", () => {
    const directory = project({ "app/stack.yaml": WEB });
    const run = kubepose(["convert", "-f", "app/stack.yaml"], directory);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("# from app/stack.yaml:2");
  });

  it("writes one file per object with -o DIR/", () => {
    const directory = project({ "compose.yaml": WEB });
    const run = kubepose(["convert", "-o", "k8s/"], directory);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("");
    const files = readdirSync(join(directory, "k8s")).sort();
    expect(files).toEqual(expect.arrayContaining(["web-deployment.yaml", "web-service.yaml"]));
    // Besides the objects only the folder's index, which kubectl apply -f k8s/ skips (no .yaml/.json extension).
    expect(files.filter((name) => !name.endsWith(".yaml"))).toEqual([".kubepose-files"]);
  });

  it("writes one JSON List with --format json -o FILE", () => {
    const directory = project({ "compose.yaml": WEB });
    const run = kubepose(["convert", "--format", "json", "-o", "all.json"], directory);
    expect(run.status).toBe(0);
    const list = JSON.parse(readFileSync(join(directory, "all.json"), "utf8")) as { kind: string; items: { kind: string }[] };
    expect(list.kind).toBe("List");
    expect(list.items.map((item) => item.kind)).toContain("Deployment");
  });

  it("gives the same bytes twice", () => {
    const directory = project({ "compose.yaml": WEB });
    expect(kubepose(["convert"], directory).stdout).toBe(kubepose(["convert"], directory).stdout);
  });

  it("leaves comments out with --no-comments", () => {
    const run = kubepose(["convert", "--no-comments"], project({ "compose.yaml": WEB }));
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/^#/m);
  });

  it("sets the namespace with -n", () => {
    const run = kubepose(["convert", "-n", "shop"], project({ "compose.yaml": WEB }));
    expect(run.status).toBe(0);
    const objects = parseAllDocuments(run.stdout).map((d) => d.toJS() as { kind: string; metadata: { namespace?: string } });
    // The Namespace itself comes first (as Kompose writes it); it has no namespace of its own.
    expect(objects[0]).toMatchObject({ kind: "Namespace", metadata: { name: "shop" } });
    expect(objects.slice(1).every((object) => object.metadata.namespace === "shop")).toBe(true);
  });
});

describe("bad input", () => {
  it.each([
    ["an unknown key", "services:\n  web:\n    imagee: nginx\n", "unknown-key", "compose.yaml:3:5"],
    ["a bad port", 'services:\n  web:\n    image: nginx\n    ports:\n      - "80:http"\n', "port-syntax", "compose.yaml:5:9"],
    ["broken YAML", "services:\n  web:\n    image: [nginx\n", "yaml-syntax", "compose.yaml:"],
  ])("reports %s with file:line:col, exit 1, nothing on stdout and no stack trace", (_name, text, code, where) => {
    const directory = project({ "compose.yaml": text });
    const run = kubepose(["convert", "-o", "out/"], directory);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`error[${code}]`);
    expect(run.stderr).toContain(where);
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(existsSync(join(directory, "out"))).toBe(false);
  });

  it.each([["/proc/kubepose-nope/all.yaml"], ["compose.yaml/inside.yaml"]])("reports an output it cannot write (%s) with exit 1", (target) => {
    const run = kubepose(["convert", "-o", target], project({ "compose.yaml": WEB }));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("error[output-write]");
  });

  it("says which files it looked for when there is no Compose file", () => {
    const run = kubepose(["convert"], project({}));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("error[no-compose-file]");
    expect(run.stderr).toContain("compose.yaml");
  });

  it.each([
    [["convert", "--format", "xml"]],
    [["convert", "--bogus"]],
    [["frobnicate"]],
    [["convert", "-n", "Not_A_Namespace"]],
  ])("exits 2 on a wrong command line: %j", (args) => {
    const run = kubepose(args, project({ "compose.yaml": WEB }));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
  });
});

describe("the command line itself", () => {
  it("prints its version", () => {
    const run = kubepose(["--version"], project({}));
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("shows usage and exits 2 without a command", () => {
    const run = kubepose([], project({}));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Usage: kubepose");
  });
});

describe("kubepose validate", () => {
  it("accepts a valid project and writes nothing", () => {
    const directory = project({ "compose.yaml": WEB });
    const run = kubepose(["validate"], directory);
    expect(run.status).toBe(0);
    expect(readdirSync(directory)).toEqual(["compose.yaml"]);
  });

  it("rejects a reference to an undeclared volume", () => {
    const run = kubepose(["validate"], project({ "compose.yaml": "services:\n  db:\n    image: postgres\n    volumes:\n      - data:/var/lib/postgresql/data\n" }));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("error[undefined-reference]");
    expect(run.stderr).toContain("compose.yaml:5:");
  });
});

describe("kubepose explain", () => {
  it("lists topics", () => {
    const run = kubepose(["explain"], project({}));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("ports-to-service");
  });

  it("explains one topic", () => {
    const run = kubepose(["explain", "ports"], project({}));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Service");
  });

  it("exits 2 (a usage error) on an unknown topic", () => {
    expect(kubepose(["explain", "no-such-topic-at-all"], project({})).status).toBe(2);
  });
});
