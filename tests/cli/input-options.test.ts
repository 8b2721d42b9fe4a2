import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import { kubepose, project } from "./run.js";

type Container = { image: string; imagePullPolicy?: string; args?: string[]; env?: { name: string; value?: string }[] };
type Object = { kind: string; metadata: { name: string }; spec?: { template?: { spec?: { containers?: Container[] } } } };
const objects = (text: string): Object[] => parseAllDocuments(text).map((document) => document.toJS() as Object);
const containerOf = (text: string, name: string): Container | undefined =>
  objects(text).find((object) => object.kind === "Deployment" && object.metadata.name === name)?.spec?.template?.spec?.containers?.[0];

/** A typical development file: the app is built from ./api, the database is pulled. */
const BUILT = `name: shop
services:
  api:
    build: ./api
    ports: ["8000:8000"]
  db:
    image: postgres:16
`;

describe("build without image", () => {
  const directory = project({ "compose.yaml": BUILT, "api/Dockerfile": "FROM python:3.12-slim\n" });

  it("runs the image docker compose build names <project>-<service>, with a warning that says how to build it", () => {
    const run = kubepose(["convert"], directory);
    expect(run.status).toBe(0);
    expect(containerOf(run.stdout, "api")?.image).toBe("shop-api");
    // Loaded into the nodes, not pulled: Kubernetes would pull an untagged image (Always) and fail.
    expect(containerOf(run.stdout, "api")?.imagePullPolicy).toBe("IfNotPresent");
    expect(run.stderr).toContain("warning[build-without-image]");
    expect(run.stderr).toContain("docker compose build api");
    expect(run.stderr).toContain("kind load docker-image shop-api");
  });

  it("--image-registry puts the image under the registry and says how to push it", () => {
    const run = kubepose(["convert", "--image-registry", "registry.example.com/team/"], directory);
    expect(run.status).toBe(0);
    expect(containerOf(run.stdout, "api")?.image).toBe("registry.example.com/team/shop-api");
    expect(containerOf(run.stdout, "api")?.imagePullPolicy).toBeUndefined();
    expect(containerOf(run.stdout, "db")?.image).toBe("postgres:16");
    expect(run.stderr).toContain("docker build -t registry.example.com/team/shop-api ./api && docker push registry.example.com/team/shop-api");
  });

  it.each(["https://registry.example.com", "registry.example.com/Team", "a b"])("rejects --image-registry %s with exit 2", (value) => {
    const run = kubepose(["convert", "--image-registry", value], directory);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("for example --image-registry registry.example.com/shop");
  });
});

describe("--no-interpolate", () => {
  const COMPOSE = `services:
  web:
    image: nginx:\${TAG:-1.27}
    command: ["sh", "-c", "echo $$HOME \${GREETING}"]
`;
  const directory = project({ "compose.yaml": COMPOSE, ".env": "GREETING=hello\n" });

  it("substitutes variables by default", () => {
    const container = containerOf(kubepose(["convert"], directory).stdout, "web");
    expect(container?.image).toBe("nginx:1.27");
    expect(container?.args).toEqual(["sh", "-c", "echo $HOME hello"]);
  });

  it("keeps the values as written, $$ included, like docker compose config --no-interpolate", () => {
    const run = kubepose(["convert", "--no-interpolate", "--image-registry", "r.example.com"], project({ "compose.yaml": COMPOSE.replace("nginx:${TAG:-1.27}", "nginx:1.27") }));
    expect(run.status).toBe(0);
    expect(containerOf(run.stdout, "web")?.args).toEqual(["sh", "-c", "echo $$HOME ${GREETING}"]);
  });

  it("validate --no-interpolate reports a value that is only valid once substituted, with its position", () => {
    const run = kubepose(["validate", "--no-interpolate"], project({ "compose.yaml": "services:\n  web:\n    image: nginx\n    ports: [\"${PORT}:80\"]\n" }));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/compose\.yaml:4:\d+: error\[/);
  });
});

describe("many warnings of one code", () => {
  // Eight services, each with its own (not shared) logging block: eight warnings of one code.
  const services = Array.from({ length: 8 }, (_, index) => `  worker-${index}:\n    image: registry.example.com/shop/worker:2.1\n    logging:\n      driver: json-file\n`).join("");
  const directory = project({ "compose.yaml": `services:\n${services}` });

  it("shows three, then counts the rest and says how to list them", () => {
    const run = kubepose(["convert"], directory);
    expect(run.status).toBe(0);
    expect(run.stderr.match(/warning\[unsupported-key\]:/g)).toHaveLength(3);
    expect(run.stderr).toContain("… and 5 more warning[unsupported-key] (use --verbose to list them)");
    expect(run.stderr).toContain("8 warnings");
  });

  it("--verbose lists every one", () => {
    const run = kubepose(["validate", "--verbose"], directory);
    expect(run.stderr).not.toContain("more warning");
    const convert = kubepose(["convert", "--verbose"], directory);
    expect(convert.stderr.match(/warning\[unsupported-key\]:/g)).toHaveLength(8);
  });
});
