import { join } from "node:path";
import { projectDirectories, renderProject } from "./render-project.js";

/** A tree of Compose projects whose converted output is committed beside them. */
export interface GoldenTree {
  root: string;
  /** Folder inside each project that holds the committed output ("." or "expected"). */
  outputFolder: string;
  /** Examples must convert; fixtures may be bad input whose expected output is only diagnostics. */
  mustConvert: boolean;
}

export const goldenTrees = (repository: string): GoldenTree[] => [
  { root: join(repository, "examples"), outputFolder: ".", mustConvert: true },
  { root: join(repository, "tests", "fixtures"), outputFolder: "expected", mustConvert: false },
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
  }
  return outputs;
}
