import { readdirSync } from "node:fs";
import { join } from "node:path";
import { nodeContext } from "../../src/cli/node-context.js";
import type { Context } from "../../src/model/context.js";
import type { Manifest } from "../../src/model/manifest.js";
import { runPipeline } from "../../src/pipeline.js";
import { sideBySideOutput, viewInput } from "../../src/views/view-input.js";
import { repositoryRoot } from "./repository-boundary.js";

/**
 * The projects the views' differential tests hold a fast path to its exact twin on: every example, golden
 * fixture and view project of the repository, as paths relative to it ("examples/voting-app").
 */
export const viewProjects: string[] = ["examples", "tests/fixtures", "tests/views/projects"].flatMap((folder) =>
  readdirSync(join(repositoryRoot, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(folder, entry.name)),
);

/** Running inside a project of the repository with an empty process environment, so results depend on committed files only. */
export const projectContext = (project: string): Context => ({ ...nodeContext(), env: {}, cwd: join(repositoryRoot, project) });

/** The pipeline's result for a project as `kubepose compare` and the HTML page compute it. */
export const viewPipeline = (project: string) => runPipeline({ files: [], envFiles: [], output: sideBySideOutput }, projectContext(project));

/** The manifests the views read for a project (none when it does not convert). */
export const viewManifests = (project: string): Manifest[] => [...(viewInput(viewPipeline(project))?.manifests ?? [])];
