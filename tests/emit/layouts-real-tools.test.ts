import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { checkManifests } from "../../src/check/index.js";
import type { KubernetesObject } from "../../src/model/manifest.js";
import { runPipeline } from "../../src/pipeline.js";
import { nodeContext } from "../../src/cli/node-context.js";
import { goldenTrees } from "../helpers/golden.js";
import { projectDirectories, renderFolder } from "../helpers/render-project.js";
import { repositoryRoot } from "../helpers/repository-boundary.js";
import { helmLint, helmTemplate, kustomize, writeFolder } from "../helpers/folder-tools.js";
import { asChartRendersIt, byKindAndName, HELM_LABELS, withoutHelmLabels } from "./chart-equivalence.js";

/**
 * Every example and every golden fixture that converts, written as a chart and as Kustomize overlays,
 * then put through the real helm 4 and kubectl 1.35 (Kustomize 5): what they render must be what plain
 * `kubepose convert` writes (the chart, with its default values) and must pass kubepose's output check.
 */
const projects = goldenTrees(repositoryRoot).flatMap((tree) => projectDirectories(tree.root).map((name) => join(tree.root, name)));

function plainObjects(directory: string): KubernetesObject[] | undefined {
  return runPipeline({ files: [], envFiles: [] }, { ...nodeContext(), env: {}, cwd: directory }).manifests?.map((manifest) => manifest.object);
}

const passesOutputCheck = (objects: readonly KubernetesObject[]) =>
  checkManifests(objects.map((object) => ({ object, source: [], explanations: [], fieldNotes: [] })));

const converting = projects.filter((directory) => plainObjects(directory) !== undefined);

describe.each(converting.map((directory) => [relative(repositoryRoot, directory), directory] as const))("%s", (_name, directory) => {
  it("as a chart: helm lint --strict accepts it; helm template renders the plain objects, plus Helm's labels", () => {
    const chart = writeFolder(renderFolder(directory, "chart")!, "kubepose-chart-");
    expect(helmLint(chart)).toContain("0 chart(s) failed");
    const rendered = helmTemplate(chart);
    expect(passesOutputCheck(rendered)).toEqual([]);
    for (const object of rendered) expect(Object.keys(object.metadata.labels ?? {})).toEqual(expect.arrayContaining(HELM_LABELS));
    expect(byKindAndName(rendered.map(withoutHelmLabels))).toEqual(byKindAndName(asChartRendersIt(plainObjects(directory)!)));
  });

  it("as Kustomize overlays: kubectl kustomize renders each environment into its own namespace, and the output check passes", () => {
    const folder = writeFolder(renderFolder(directory, "kustomize")!, "kubepose-deploy-");
    const plain = plainObjects(directory)!.filter((object) => object.kind !== "Namespace");
    for (const environment of ["dev", "staging", "prod"]) {
      const rendered = kustomize(join(folder, "overlays", environment));
      expect(passesOutputCheck(rendered)).toEqual([]);
      const namespace = rendered.find((object) => object.kind === "Namespace");
      expect(namespace?.metadata.name).toMatch(new RegExp(`-${environment}$`));
      const others = rendered.filter((object) => object.kind !== "Namespace");
      expect(others.map((object) => `${object.kind}/${object.metadata.name}`).sort()).toEqual(plain.map((object) => `${object.kind}/${object.metadata.name}`).sort());
      for (const object of others) expect(object.metadata.namespace).toBe(namespace?.metadata.name);
    }
  });
});

describe("the real tools see the projects", () => {
  it("checks every example and the golden fixtures that convert", () => {
    expect(converting.filter((directory) => directory.includes(`${join(repositoryRoot, "examples")}`)).length).toBe(4);
    expect(converting.length).toBeGreaterThan(15);
  });
});
