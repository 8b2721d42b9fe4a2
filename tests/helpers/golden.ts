import { join } from "node:path";
import { projectDirectories, renderFolder, renderProject } from "./render-project.js";
import { syncFolder } from "../../src/cli/output-index.js";

/** A tree of Compose projects whose converted output is committed beside them. */
export interface GoldenTree {
  root: string;
  /** Folder inside each project that holds the committed output ("." or "expected"). */
  outputFolder: string;
  /** Examples must convert; fixtures may be bad input whose expected output is only diagnostics. */
  mustConvert: boolean;
  /** Examples also ship their Helm chart (chart/) and Kustomize base and overlays (deploy/). */
  folders: boolean;
}

/** The folder layouts an example ships beside its manifests, as `kubepose convert -c -o chart/` and `--kustomize -o deploy/` write them. */
export const exampleFolders = { chart: "chart", deploy: "kustomize" } as const;

export const goldenTrees = (repository: string): GoldenTree[] => [
  { root: join(repository, "examples"), outputFolder: ".", mustConvert: true, folders: true },
  { root: join(repository, "tests", "fixtures"), outputFolder: "expected", mustConvert: false, folders: false },
];

/**
 * What should be committed for every project of a tree: absolute path → content, or undefined when
 * the file must not exist (no warnings, or no manifests for bad input).
 */
export function expectedOutputs(tree: GoldenTree): Map<string, string | undefined> {
  const outputs = new Map<string, string | undefined>();
  for (const name of projectDirectories(tree.root)) {
    const directory = join(tree.root, name);
    const { manifests, diagnostics, lint } = renderProject(directory);
    if (manifests === undefined && tree.mustConvert) throw new Error(`${directory} does not convert:\n${diagnostics}`);
    const output = join(directory, tree.outputFolder);
    outputs.set(join(output, "kubernetes.yaml"), manifests);
    outputs.set(join(output, "warnings.txt"), diagnostics === "" ? undefined : diagnostics);
    // What kubepose lint says about the project: every rule's golden on realistic Compose files.
    outputs.set(join(output, "lint.txt"), lint);
    if (tree.folders) for (const [path, content] of folderOutputs(directory)) outputs.set(path, content);
  }
  return outputs;
}

/**
 * chart/ and deploy/ of one example, with their index, as the CLI writes them; a file the committed
 * index lists that the folder no longer holds must go, as the CLI would remove it.
 */
function folderOutputs(directory: string): Map<string, string | undefined> {
  const outputs = new Map<string, string | undefined>();
  for (const [folder, layout] of Object.entries(exampleFolders)) {
    const files = renderFolder(directory, layout);
    if (files === undefined) throw new Error(`${directory} does not convert to a ${layout} folder`);
    for (const [path, content] of syncFolder(join(directory, folder), files).writes) outputs.set(path, content ?? undefined);
  }
  return outputs;
}
