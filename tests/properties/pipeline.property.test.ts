import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { runPipeline } from "../../src/pipeline.js";
import { checkManifests } from "../../src/check/index.js";
import { emit } from "../../src/emit/index.js";
import type { Manifest } from "../../src/model/manifest.js";
import { formatDiagnostic } from "../../src/diagnostics/format.js";
import { memoryContext } from "../helpers/memory-context.js";
import { CREDENTIALS, ENV_FILE, projectArbitrary, type GeneratedProject } from "./arbitraries.js";

/*
 * Properties of the whole pipeline on generated and mutated Compose projects. `npm test` runs a bounded
 * number of cases; KUBEPOSE_PROPERTY_RUNS=5000 npx vitest run tests/properties runs more.
 */
const RUNS = Number(process.env["KUBEPOSE_PROPERTY_RUNS"] ?? "150");

function convertProject(project: GeneratedProject) {
  const files = { "/project/compose.yaml": project.compose, "/project/.env": ENV_FILE, "/project/config/app.conf": "a=1\n", "/project/data/seed.sql": "select 1;\n" };
  return runPipeline({ files: [] }, memoryContext(files));
}

/**
 * The YAML stream and the JSON List's items, each parsed. (YAML 1.2; the `yaml` package's 1.1 schema reads
 * a plain "e00000" as null, which no Kubernetes client does, so it cannot be the judge here.)
 */
function bothOutputs(manifests: readonly Manifest[]) {
  const yaml = parseAllDocuments(emit(manifests, { format: "yaml", layout: "stream", comments: true }));
  const documents = (Array.isArray(yaml) ? yaml : [yaml]).map((document) => document.toJS() as unknown);
  const list = JSON.parse(emit(manifests, { format: "json", layout: "stream", comments: false })) as { items: unknown[] };
  return { documents, items: list.items };
}

describe("on generated Compose projects", () => {
  it(`the pipeline never throws, emits only valid objects, agrees in YAML and JSON, places every error, and keeps credentials in Secrets (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(projectArbitrary, (project) => {
        const result = convertProject(project);
        for (const d of result.diagnostics.filter((x) => x.severity === "error")) {
          expect(d.location, `${d.code} has no position: ${d.message}`).toBeDefined();
          // The printed form starts with file:line:col.
          expect(formatDiagnostic(d, result.sources, { color: false })).toMatch(/^[^:]+:\d+:\d+: error\[/);
        }
        const printed = result.diagnostics.map((d) => formatDiagnostic(d, result.sources, { color: false })).join("\n");
        for (const value of Object.values(CREDENTIALS)) expect(printed).not.toContain(value);
        if (!result.manifests) {
          expect(result.diagnostics.some((d) => d.severity === "error")).toBe(true);
          return;
        }
        expect(checkManifests(result.manifests)).toEqual([]);
        const { documents, items } = bothOutputs(result.manifests);
        expect(documents).toEqual(items);
        // Outside a Secret only where Kubernetes cannot reference one (an image name…), and then with a warning.
        const outside = JSON.stringify(result.manifests.filter((m) => m.object.kind !== "Secret").map((m) => m.object));
        const warned = result.diagnostics.some((d) => d.code === "secret-in-clear");
        for (const value of Object.values(CREDENTIALS)) if (!warned) expect(outside).not.toContain(value);
      }),
      { numRuns: RUNS },
    );
  }, 10_000 + RUNS * 50);
});
