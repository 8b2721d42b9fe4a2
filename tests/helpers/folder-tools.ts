import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseAllDocuments } from "yaml";
import type { KubernetesObject } from "../../src/model/manifest.js";
import { toolPath } from "./real-tools.js";

/** Writes a folder layout (path inside → content) into a new temporary directory and returns it. */
export function writeFolder(files: ReadonlyMap<string, string>, prefix = "kubepose-folder-"): string {
  const directory = mkdtempSync(join(tmpdir(), prefix));
  for (const [path, content] of files) {
    mkdirSync(dirname(join(directory, path)), { recursive: true });
    writeFileSync(join(directory, path), content);
  }
  return directory;
}

/** The objects of a YAML stream, empty documents left out. */
export const objectsOf = (text: string): KubernetesObject[] =>
  parseAllDocuments(text)
    .map((document) => document.toJS() as KubernetesObject | null)
    .filter((object): object is KubernetesObject => object !== null);

/** Runs the real tool offline; a failure throws with the tool's own output, so the test names the problem. */
function run(tool: "helm" | "kubectl", args: string[]): string {
  try {
    return execFileSync(toolPath(tool), args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { PATH: "", HOME: tmpdir(), HELM_CACHE_HOME: join(tmpdir(), "kubepose-helm-cache"), HELM_CONFIG_HOME: join(tmpdir(), "kubepose-helm-config"), HELM_DATA_HOME: join(tmpdir(), "kubepose-helm-data") } });
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    throw new Error(`${tool} ${args.join(" ")} failed:\n${failed.stdout ?? ""}${failed.stderr ?? ""}`);
  }
}

export const helmLint = (chart: string): string => run("helm", ["lint", "--strict", chart]);

export const helmTemplate = (chart: string, release = "release", extra: string[] = []): KubernetesObject[] =>
  objectsOf(run("helm", ["template", release, chart, "--namespace", "helm-test", ...extra]));

export const kustomize = (overlay: string): KubernetesObject[] => objectsOf(run("kubectl", ["kustomize", overlay]));
