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
    [3, "image:", "containers[0]"],
    [4, "command:", "containers[0]"],
    [5, "ports:", "containers[0]"],
  ])("with traces, Compose line %i (%s) heads the group of the fields it produced", (line, key, field) => {
    const row = rowOf(render(traced, 140), line);
    expect(row).toMatch(new RegExp(`^${line} +${key}.* ◀ Deployment web · .*${field.replace(/[[\]]/g, "\\$&")}$`));
  });

  it("puts a field beside its key even when the object writes it before fields of earlier keys", () => {
    // The container port (line 6) is written after args (line 4) but sits in the ports group, under line 5.
    const lines = render(traced, 140).split("\n");
    const portsAt = lines.findIndex((l) => l.startsWith("5 "));
    const commandAt = lines.findIndex((l) => l.startsWith("4 "));
    const containerPortAt = lines.findIndex((l) => /│ +- containerPort: 80$/.test(l));
    expect(commandAt).toBeLessThan(portsAt);
    expect(containerPortAt).toBeGreaterThan(portsAt);
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
    expect(text).toMatch(/^4 +ports: \["8080:8080"\] +◀ Deployment api · …/m);
    expect(text).toMatch(/│ Service api · spec\.ports\[0\]$/m);
    expect(text).toMatch(/^3 +image: example\/api:1 +◀ Deployment api · spec\.template\.spec\.containers\[0\]$/m);
  });
});

describe("a service whose keys are written in another order than Kubernetes' fields", () => {
  // labels last (they become metadata.annotations near the top), healthcheck before ports, keys not converted.
  const COMPOSE_LABELS_LAST = `services:
  api:
    image: example/api:2
    user: "1000"
    tmpfs: [/tmp]
    ulimits:
      nofile: 65536
    healthcheck:
      test: ["CMD", "true"]
    ports: ["8080:8080"]
    networks: [backend]
    labels:
      com.example.team: checkout
  debug:
    image: busybox:1.36
    profiles: [debug]
networks:
  backend: {}
`;
  const input = sideBySideInput(runPipeline({ files: [], envFiles: [], output: sideBySideOutput }, memoryContext({ "compose.yaml": COMPOSE_LABELS_LAST })));
  if (!input) throw new Error("does not convert");
  const text = renderCompareText(input, { width: 120, color: false, baseDir: "/project" });
  const lines = text.split("\n");
  const row = (line: number) => lines.find((l) => l.trimStart().startsWith(`${line} `)) ?? "";

  it.each([
    [3, "image", "spec.template.spec.containers[0]"],
    [4, "user", "containers[0].securityContext"],
    [5, "tmpfs", "containers[0].volumeMounts[0]"],
    [8, "healthcheck", "spec.template.spec.containers[0]"],
    [10, "ports", "spec.template.spec.containers[0].ports"],
    [12, "labels", "metadata.annotations"],
  ])("line %i (%s) is marked ◀ and heads the fields it produced", (line, key, field) => {
    expect(row(line)).toMatch(new RegExp(`^ *${line} +${key}:.*◀ Deployment api · .*${field.replace(/[.[\]]/g, "\\$&")}`));
  });

  it("gives every produced line a row group right after its key, and explains each mapping", () => {
    const unwrapped = text.replace(/\n {4}/g, " ");
    for (const id of [ "user-to-security-context", "tmpfs-to-emptydir", "healthcheck-to-probes", "ports-to-service", "labels-to-annotations"]) {
      expect(unwrapped).toContain(`(kubepose explain ${id})`);
    }
    // No right-hand line floats below the definition with an unlabelled origin in the gutter.
    expect(text).not.toMatch(/│ +\d+ /);
  });

  it("marks keys that are not converted with their fate", () => {
    expect(row(6)).toMatch(/ulimits: +✗ not converted: Limits are set by the node's/);
    expect(row(11)).toMatch(/networks: .* · ≈ approximated: nothing: one flat network/);
  });

  it("keeps a stub for a service its profiles disable", () => {
    expect(text).toContain("services.debug (compose.yaml:14-16)");
    expect(row(14)).toMatch(/debug: +✗ not converted: disabled by profiles: \[debug\]; enable one/);
  });
});
