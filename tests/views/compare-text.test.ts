import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline.js";
import type { Manifest } from "../../src/model/manifest.js";
import { renderCompareText } from "../../src/views/compare-text.js";
import { emit } from "../../src/emit/index.js";
import { sideBySideInput, sideBySideOutput } from "../../src/views/view-input.js";
import { memoryContext } from "../helpers/memory-context.js";

const COMPOSE = `services:
  web:
    image: nginx:1.27
    command: ["nginx", "-g", "daemon off; # a very long argument that will not fit in a narrow column"]
    ports:
      - "8080:80"
`;

const result = runPipeline({ files: [], envFiles: [] }, memoryContext({ "compose.yaml": COMPOSE }));
if (!result.manifests || !result.project || !result.sources) throw new Error("does not convert");
const { project, sources } = result;
// The tests below change the manifests (traces, an object of no Compose source), so each render emits its own.
const render = (manifests: Manifest[], width: number, color = false) =>
  renderCompareText({ manifests, project, sources, documents: emit(manifests, sideBySideOutput) }, { width, color, baseDir: "/project" });

/** The Deployment with field traces, as the converters will write them. */
const traced = result.manifests.map((manifest): Manifest =>
  manifest.object.kind !== "Deployment"
    ? manifest
    : {
        ...manifest,
        traces: [
          { field: ["spec", "template", "spec", "containers", 0, "image"], source: ["services", "web", "image"] },
          { field: ["spec", "template", "spec", "containers", 0, "args"], source: ["services", "web", "command"] },
          { field: ["spec", "template", "spec", "containers", 0, "ports"], source: ["services", "web", "ports", 0] },
        ],
      },
);

const rowOf = (text: string, composeLine: number) => text.split("\n").find((line) => line.startsWith(`${composeLine}  `));

describe("renderCompareText", () => {
  it.each([40, 60, 100, 160])("fits %i columns", (width) => {
    for (const line of render(result.manifests!, width).split("\n")) expect([...line].length).toBeLessThanOrEqual(width);
  });

  it("marks cut cells with an ellipsis", () => {
    expect(rowOf(render(result.manifests!, 60), 4)).toContain("…");
  });

  it.each([
    [3, "image: nginx:1.27"],
    [4, "args:"],
  ])("with traces, Compose line %i sits level with %s", (line, field) => {
    const row = rowOf(render(traced, 140), line);
    expect(row).toMatch(new RegExp(`◀ +${field.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  });

  it("shows the origin line of a field that cannot sit level with it", () => {
    // containerPort (from line 6) comes after args in the Deployment but line 6 waits for nothing earlier;
    // the Service (from line 5) comes later still, so line 5 is already passed when it appears.
    const text = render(traced, 140);
    expect(text).toMatch(/│ +5 --- # Service web/);
  });

  it("explains each mapping once per block", () => {
    const text = render(traced, 140);
    expect(text.match(/↳ Published ports become a Service/g)).toHaveLength(1);
    expect(text).toContain("(kubepose explain command-and-entrypoint)");
  });

  it("paints only when asked", () => {
    expect(render(result.manifests!, 100, true)).toContain("\x1b[");
    expect(render(result.manifests!, 100, false)).not.toContain("\x1b[");
  });
});

describe("objects without a Compose source", () => {
  it("are listed under their own title", () => {
    const namespace: Manifest = { object: { apiVersion: "v1", kind: "Namespace", metadata: { name: "shop" } }, source: [], explanations: [], fieldNotes: [] };
    const text = render([namespace, ...result.manifests!], 100);
    expect(text).toContain("objects kubepose adds\n");
    expect(text).toMatch(/│ +--- # Namespace shop/);
  });
});

describe("a service written in several files", () => {
  const files = {
    "compose.yaml": "services:\n  api:\n    extends:\n      file: base.yaml\n      service: base\n    environment:\n      MODE: prod\n",
    "base.yaml": "services:\n  base:\n    image: example/api:1\n    ports: [\"8080:8080\"]\n",
  };
  const multi = sideBySideInput(runPipeline({ files: [], envFiles: [], output: sideBySideOutput }, memoryContext(files)));
  if (!multi) throw new Error("does not convert");
  const text = renderCompareText(multi, { width: 100, color: false, baseDir: "/project" });

  it("shows each file's part, the file that won the merge first", () => {
    expect(text.split("\n")[0]).toBe("services.api (compose.yaml:2-7)");
    expect(text).toMatch(/^base\.yaml: +│/m);
  });

  it("aligns the fields with the lines of the other file that produced them", () => {
    // The port line sits level with the first field it produced (the container port); the Service it
    // also produced starts further down, with the Compose line number in the margin.
    expect(text).toMatch(/^4 +ports: \["8080:8080"\] +◀ +- containerPort: 8080$/m);
    expect(text).toMatch(/│ 4 --- # Service api$/m);
    expect(text).toMatch(/^3 +image: example\/api:1 +◀ +image: example\/api:1$/m);
  });
});
