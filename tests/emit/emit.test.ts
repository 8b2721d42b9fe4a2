import { describe, expect, it } from "vitest";
import YAML from "yaml";
import type { KubernetesObject, Manifest } from "../../src/model/manifest.js";
import { emit } from "../../src/emit/index.js";
import { relativeTo, wrap } from "../../src/emit/comments.js";

function manifest(object: KubernetesObject, extra: Partial<Manifest> = {}): Manifest {
  return { object, source: ["services", object.metadata.name], explanations: [], fieldNotes: [], ...extra };
}

const deployment = manifest(
  { kind: "Deployment", apiVersion: "apps/v1", metadata: { name: "web" }, spec: { replicas: 1 } },
  {
    comments: ["Runs the web service."],
    location: { file: "/app/compose.yaml", line: 3, column: 3 },
    fieldNotes: [{ field: ["spec", "replicas"], text: "deploy.replicas" }],
  },
);
const service = manifest(
  { apiVersion: "v1", kind: "Service", metadata: { name: "web" }, spec: { ports: [{ port: 80 }] } },
  { source: ["services", "web", "ports"], location: { file: "/app/compose.yaml", line: 7, column: 5 } },
);

describe("emit, one stream", () => {
  it("writes documents with comments, separated by ---", () => {
    expect(emit([deployment, service], { layout: "stream", format: "yaml", comments: true, baseDir: "/app" })).toBe(
      [
        "# Runs the web service.",
        "# from compose.yaml:3 services.web",
        "apiVersion: apps/v1",
        "kind: Deployment",
        "metadata:",
        "  name: web",
        "spec:",
        "  replicas: 1 # deploy.replicas",
        "---",
        "# from compose.yaml:7 services.web.ports",
        "apiVersion: v1",
        "kind: Service",
        "metadata:",
        "  name: web",
        "spec:",
        "  ports:",
        "    - port: 80",
        "",
      ].join("\n"),
    );
  });

  it("writes no comments when asked not to, and parses back to the objects", () => {
    const text = emit([deployment, service], { layout: "stream", format: "yaml", comments: false });
    expect(text).not.toContain("#");
    expect(YAML.parseAllDocuments(text).map((d) => d.toJS())).toEqual([deployment.object, service.object]);
  });

  it("writes a JSON List with 2-space indentation and a trailing newline", () => {
    const text = emit([deployment, service], { layout: "stream", format: "json", comments: true });
    expect(JSON.parse(text)).toEqual({ apiVersion: "v1", kind: "List", items: [deployment.object, service.object] });
    expect(text.endsWith("}\n")).toBe(true);
    expect(text).toContain('\n  "items": [\n    {\n      "apiVersion": "apps/v1",\n      "kind": "Deployment"');
  });

  it("is deterministic", () => {
    const options = { format: "yaml", layout: "stream", comments: true, baseDir: "/app" } as const;
    expect(emit([deployment, service], options)).toBe(emit([deployment, service], options));
  });

  it("writes nothing for no objects", () => {
    expect(emit([], { layout: "stream", format: "yaml", comments: true })).toBe("");
  });
});

describe("emit, one file per object", () => {
  const objects = [
    deployment,
    service,
    manifest({ apiVersion: "v1", kind: "Service", metadata: { name: "web" } }),
    manifest({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "web-env" }, data: { A: "1" } }),
  ];

  it.each([
    ["yaml", ["web-deployment.yaml", "web-service.yaml", "web-service-2.yaml", "web-env-configmap.yaml"]],
    ["json", ["web-deployment.json", "web-service.json", "web-service-2.json", "web-env-configmap.json"]],
  ] as const)("names %s files stably and uniquely, in emission order", (format, names) => {
    expect([...emit(objects, { layout: "files", format, comments: true }).keys()]).toEqual(names);
  });

  it("writes one object per file", () => {
    const yamlFiles = emit(objects, { layout: "files", format: "yaml", comments: true, baseDir: "/app" });
    expect(YAML.parse(yamlFiles.get("web-env-configmap.yaml")!)).toEqual(objects[3]!.object);
    expect(yamlFiles.get("web-deployment.yaml")).toMatch(/^# Runs the web service\.\n# from compose.yaml:3/);
    const jsonFiles = emit(objects, { layout: "files", format: "json", comments: true });
    expect(JSON.parse(jsonFiles.get("web-deployment.json")!)).toEqual(deployment.object);
  });
});

describe("emit, one text per object", () => {
  it.each(["yaml", "json"] as const)("writes each %s object as the files layout does, and the YAML stream joins them", (format) => {
    const options = { format, comments: true, baseDir: "/app" } as const;
    const documents = emit([deployment, service], { ...options, layout: "documents" });
    expect(documents).toHaveLength(2);
    expect(documents).toEqual([...emit([deployment, service], { ...options, layout: "files" }).values()]);
    if (format === "yaml") expect(emit([deployment, service], { ...options, layout: "stream" })).toBe(documents.join("---\n"));
  });

  it("leaves the comments out when asked", () => {
    expect(emit([deployment], { format: "yaml", layout: "documents", comments: false })).toEqual(["apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 1\n"]);
  });
});

describe("comment helpers", () => {
  it.each([
    ["/app", "/app/compose.yaml", "compose.yaml"],
    ["/app/", "/app/sub/compose.yaml", "sub/compose.yaml"],
    ["/app/sub", "/app/compose.yaml", "../compose.yaml"],
    [undefined, "/app/compose.yaml", "/app/compose.yaml"],
    ["/app", "compose.yaml", "compose.yaml"],
    ["C:\\work", "C:\\work\\compose.yaml", "compose.yaml"],
    ["C:\\work", "D:\\other\\compose.yaml", "D:/other/compose.yaml"],
  ])("relativeTo(%s, %s) is %s", (base, file, expected) => {
    expect(relativeTo(base, file)).toBe(expected);
  });

  it("wraps long lines at word boundaries and keeps line breaks", () => {
    const lines = wrap(`${"word ".repeat(40)}\nsecond`);
    expect(lines.length).toBe(4);
    expect(lines.every((line) => line.length <= 98)).toBe(true);
    expect(lines.at(-1)).toBe("second");
  });
});
