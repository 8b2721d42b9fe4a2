import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseIndex } from "../../src/cli/output-index.js";
import { kubepose, project } from "./run.js";

const TWO = `services:
  web:
    image: nginx:1.27
    ports:
      - "8080:80"
    environment:
      GREETING: hello
  cache:
    image: redis:7.2-alpine
`;
const ONE = `services:
  web:
    image: nginx:1.27
    ports:
      - "8080:80"
`;

describe("an output folder stays in sync with the project", () => {
  it("removes the files of objects that no longer exist, says so, and keeps a file kubepose did not write", () => {
    const directory = project({ "compose.yaml": TWO, "k8s/my-ingress.yaml": "# mine\n" });
    expect(kubepose(["convert", "-o", "k8s/"], directory).status).toBe(0);
    expect(readdirSync(join(directory, "k8s"))).toEqual(expect.arrayContaining(["cache-deployment.yaml", "web-env-configmap.yaml"]));
    writeFileSync(join(directory, "compose.yaml"), ONE);
    const run = kubepose(["convert", "-o", "k8s/"], directory);
    expect(run.status).toBe(0);
    expect(existsSync(join(directory, "k8s", "cache-deployment.yaml"))).toBe(false);
    expect(existsSync(join(directory, "k8s", "web-env-configmap.yaml"))).toBe(false);
    expect(run.stderr).toContain("removed k8s/cache-deployment.yaml");
    expect(readFileSync(join(directory, "k8s", "my-ingress.yaml"), "utf8")).toBe("# mine\n");
    expect([...parseIndex(readFileSync(join(directory, "k8s", ".kubepose-files"), "utf8")).keys()].sort()).toEqual(["web-deployment.yaml", "web-service.yaml", "web-serviceaccount.yaml"]);
  });

  it("keeps a file it wrote that was changed since, and warns", () => {
    const directory = project({ "compose.yaml": TWO });
    kubepose(["convert", "-o", "k8s/"], directory);
    writeFileSync(join(directory, "k8s", "cache-deployment.yaml"), "# edited by hand\n");
    writeFileSync(join(directory, "compose.yaml"), ONE);
    const run = kubepose(["convert", "-o", "k8s/"], directory);
    expect(run.status).toBe(0);
    expect(readFileSync(join(directory, "k8s", "cache-deployment.yaml"), "utf8")).toBe("# edited by hand\n");
    expect(run.stderr).toContain("warning[output-kept-changed]: kept k8s/cache-deployment.yaml");
  });

  it("never follows an index out of its folder", () => {
    const directory = project({ "compose.yaml": ONE, "precious.yaml": "keep\n" });
    kubepose(["convert", "-o", "k8s/"], directory);
    const hash = "0".repeat(64);
    writeFileSync(join(directory, "k8s", ".kubepose-files"), `${hash}  ../precious.yaml\n${hash}  /etc/hostname\n`);
    expect(kubepose(["convert", "-o", "k8s/"], directory).status).toBe(0);
    expect(readFileSync(join(directory, "precious.yaml"), "utf8")).toBe("keep\n");
    expect(parseIndex(`${hash}  ../precious.yaml\n${hash}  a/./b\n${hash}  C:x\n${hash}  ok/file.yaml\n`)).toEqual(new Map([["ok/file.yaml", hash]]));
  });

  it("keeps a chart and overlays in sync the same way", () => {
    const directory = project({ "compose.yaml": TWO, "chart/values-prod.yaml": "replicas: 3\n" });
    expect(kubepose(["convert", "-c", "-o", "chart/"], directory).status).toBe(0);
    expect(kubepose(["convert", "--kustomize", "--environments", "dev,qa", "-o", "deploy/"], directory).status).toBe(0);
    expect(readdirSync(join(directory, "deploy", "overlays")).sort()).toEqual(["dev", "qa"]);
    writeFileSync(join(directory, "compose.yaml"), ONE);
    expect(kubepose(["convert", "-c", "-o", "chart/"], directory).status).toBe(0);
    const run = kubepose(["convert", "--kustomize", "--environments", "dev,prod", "-o", "deploy/", "--verbose"], directory);
    expect(existsSync(join(directory, "chart", "templates", "cache-deployment.yaml"))).toBe(false);
    expect(readFileSync(join(directory, "chart", "values-prod.yaml"), "utf8")).toBe("replicas: 3\n");
    expect(existsSync(join(directory, "deploy", "base", "cache-deployment.yaml"))).toBe(false);
    // The qa overlay is gone with its folder; dev stays.
    expect(readdirSync(join(directory, "deploy", "overlays")).sort()).toEqual(["dev", "prod"]);
    expect(run.stderr).toContain("removed deploy/overlays/qa/kustomization.yaml");
  });
});

describe("folder layouts on the command line", () => {
  it.each([
    [["convert", "-c"], "--chart writes a folder of files"],
    [["convert", "--kustomize", "-o", "all.yaml"], "--kustomize writes a folder of files"],
    [["convert", "--environments", "dev", "-o", "k8s/"], "--environments names the Kustomize overlays"],
    [["convert", "-c", "-j", "-o", "chart/"], "--chart writes YAML"],
  ])("kubepose %j is a usage error", (args, message) => {
    const run = kubepose(args, project({ "compose.yaml": ONE }));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it("names in values.yaml the Compose key each value came from (the chart keeps the field traces a plain convert drops)", () => {
    const directory = project({ "compose.yaml": ONE });
    expect(kubepose(["convert", "-c", "-o", "chart/"], directory).status).toBe(0);
    const values = readFileSync(join(directory, "chart", "values.yaml"), "utf8");
    expect(values).toContain("# Compose: services.web.image; kubepose explain build-and-image");
  });

  it("says that helm install, not -n, chooses the chart's namespace", () => {
    const run = kubepose(["convert", "-c", "-n", "shop", "-o", "chart/"], project({ "compose.yaml": ONE }));
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("note[chart-namespace]");
    expect(run.stderr).toContain("--namespace shop");
  });

  it("rejects environment names that cannot be a folder and a namespace suffix", () => {
    const run = kubepose(["convert", "--kustomize", "--environments", "Dev,prod", "-o", "deploy/"], project({ "compose.yaml": ONE }));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("for example --environments dev,qa,prod");
  });

  it("warns that the chart's Secrets are empty placeholders and never writes their values", () => {
    const directory = project({ "compose.yaml": `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: s3cr3t-from-compose\n` });
    const run = kubepose(["convert", "-c", "-o", "chart/"], directory);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("warning[chart-secret-placeholder]");
    const values = readFileSync(join(directory, "chart", "values.yaml"), "utf8");
    expect(values).toContain('POSTGRES_PASSWORD: ""');
    const files = readdirSync(join(directory, "chart"), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect(readFileSync(join(file.parentPath, file.name), "utf8")).not.toContain("s3cr3t-from-compose");
  });
});
