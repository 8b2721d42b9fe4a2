import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import { expectedOutputs, goldenTrees } from "./helpers/golden.js";
import { checkManifests } from "../src/check/index.js";
import type { KubernetesObject } from "../src/model/manifest.js";

const repository = join(dirname(fileURLToPath(import.meta.url)), "..");

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

// Examples and fixtures: the committed output must be exactly what kubepose produces today
// (regenerate with `npm run examples` and review the diff), and must pass the output check.
describe.each(goldenTrees(repository))("golden outputs under $root", (tree) => {
  const outputs = [...expectedOutputs(tree)];

  it("has projects", () => {
    expect(outputs.length).toBeGreaterThan(0);
  });

  it.each(outputs.map(([path, content]) => [relative(repository, path), path, content] as const))(
    "%s is up to date",
    (_name, path, content) => {
      expect(readOrUndefined(path)).toBe(content);
    },
  );

  // The manifests: each stream, and each object file of a Kustomize base (charts and overlays are
  // checked as helm and kubectl render them: tests/emit/layouts-real-tools.test.ts).
  const isObjectFile = (path: string) => path.endsWith("kubernetes.yaml") || (/[\\/]deploy[\\/]base[\\/]/.test(path) && !path.endsWith("kustomization.yaml"));
  const manifestFiles = outputs.filter(([path, content]) => isObjectFile(path) && content !== undefined);
  it.each(manifestFiles.map(([path, content]) => [relative(repository, path), content ?? ""] as const))(
    "%s passes the output check",
    (_name, content) => {
      const objects = parseAllDocuments(content).map((document) => document.toJS() as KubernetesObject);
      expect(objects.length).toBeGreaterThan(0);
      const findings = checkManifests(objects.map((object) => ({ object, source: [], explanations: [], fieldNotes: [] })));
      expect(findings).toEqual([]);
    },
  );
});
