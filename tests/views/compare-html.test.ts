import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline.js";
import { pageJson, renderCompareHtml, scriptJson } from "../../src/views/compare-html.js";
import { pageData } from "../../src/views/report-page-data.js";
import { reportData } from "../../src/views/report-data.js";
import { sideBySideInput, sideBySideOutput } from "../../src/views/view-input.js";
import { memoryContext } from "../helpers/memory-context.js";
import { viewPipeline, viewProjects } from "../helpers/view-projects.js";

const COMPOSE = `services:
  web:
    image: nginx:1.27
    ports:
      - "8080:80"
    environment:
      GREETING: "</script><script>alert(1)</script>"
    networks: [front]
networks:
  front: {}
`;

function convert(text: string) {
  const result = runPipeline({ files: [], envFiles: [], output: sideBySideOutput }, memoryContext({ "compose.yaml": text }));
  const input = sideBySideInput(result);
  if (!input) throw new Error(JSON.stringify(result.diagnostics));
  return { result, input };
}

describe("scriptJson", () => {
  it.each([
    ["</script>", "\\u003c/script\\u003e"],
    ["<!--", "\\u003c!--"],
    ["a & b", "a \\u0026 b"],
    ["line\u2028sep", "line\\u2028sep"],
  ])("escapes %j", (value, escaped) => {
    const json = scriptJson({ value });
    expect(json).toContain(escaped);
    expect(JSON.parse(json)).toEqual({ value });
  });
});

// The page writes its data field by field, leaving the tables of numbers unscanned: the same text as scriptJson's.
describe("pageJson", () => {
  it.each(viewProjects)("writes the data of %s as scriptJson does", (project) => {
    const result = viewPipeline(project);
    const input = sideBySideInput(result);
    if (!input) return;
    const data = pageData(input, result.diagnostics, project, "/");
    expect(pageJson(data)).toBe(scriptJson(data));
  });

  // The manifests are written a chunk of their texts at a time: many long ones span several chunks.
  it("writes many long manifests, a chunk at a time, as scriptJson does", () => {
    const { result, input } = convert(COMPOSE);
    const data = pageData(input, result.diagnostics, "chunks");
    const long = (i: number) => `kind: ConfigMap\n${"data: x\n".repeat(2000 + i * 997)}${i % 3 === 0 ? "note: </script> & \u2028\n" : ""}${i === 7 ? "é→\n" : ""}`;
    data.manifests = Array.from({ length: 12 }, (_, i) => ({ kind: "ConfigMap", name: `m${i}`, text: long(i) }));
    expect(pageJson(data)).toBe(scriptJson(data));
    data.manifests = [];
    expect(pageJson(data)).toBe(scriptJson(data));
  });

  it("escapes every field that holds text", () => {
    const { result, input } = convert(COMPOSE);
    const data = pageData(input, result.diagnostics, "</script> & <!--\u2028");
    data.fields.push("<x>");
    data.fates.push("a & b");
    data.defaults.push("\u2029");
    const json = pageJson(data);
    expect(json).toBe(scriptJson(data));
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(data);
  });
});

describe("renderCompareHtml", () => {
  const { result, input } = convert(COMPOSE);
  const html = renderCompareHtml(input, result.diagnostics, { title: "<b>demo</b>", baseDir: "/project" });

  it("keeps user data out of the markup", () => {
    expect(html.match(/<\/script>/g)).toHaveLength(2); // the data element's and the script's own
    expect(html).not.toContain("<b>demo</b>");
    expect(html).toContain("&lt;b&gt;demo&lt;/b&gt;");
    expect(html).not.toMatch(/innerHTML/);
  });

  it("is self-contained: no external resources", () => {
    expect(html).not.toMatch(/\b(src|href)=["']?(https?:)?\/\//);
    expect(html).toContain("default-src 'none'");
  });
});

describe("reportData", () => {
  const { result, input } = convert(COMPOSE);
  const data = reportData(input, result.diagnostics, "demo", "/project");
  const kinds = data.manifests.map((m) => m.kind);

  it("names files relative to the base directory", () => {
    expect(data.files.map((f) => f.name)).toEqual(["compose.yaml"]);
    expect(data.files[0]?.lines[1]).toBe("  web:");
  });

  it.each([
    // line, path, a manifest kind it highlights, explanation
    [2, "services.web", "Deployment", "service-to-deployment"],
    [4, "services.web.ports", "Service", "ports-to-service"],
    [5, "services.web.ports[0]", "Service", "ports-to-service"],
    [6, "services.web.environment", "ConfigMap", "environment-to-configmap"],
  ])("Compose line %i (%s) highlights a %s and explains it with %s", (line, path, kind, explanation) => {
    const info = data.composeLines[`0:${line}`];
    expect(info?.path).toBe(path);
    expect(info?.explanation).toBe(explanation);
    expect(info?.fields.some(([m]) => kinds[m] === kind)).toBe(true);
    expect(data.explanations[explanation]?.title).toBeTruthy();
  });

  it("the service line covers everything made from the service", () => {
    const manifests = new Set(data.composeLines["0:2"]?.fields.map(([m]) => m));
    expect(manifests.size).toBe(data.manifests.length);
  });

  it("a line that produced nothing has no fields but keeps its fate", () => {
    const info = data.composeLines["0:8"];
    expect(info?.fields).toEqual([]);
    expect(info?.fate).toMatch(/^approximated/);
  });

  it("each manifest line points back at the Compose line that produced it (the port item, not `ports:`)", () => {
    const service = kinds.indexOf("Service");
    // "8080:80": port 80 (what peers use) first, the published 8080 second; both from the port item.
    const portLine = data.manifests[service]?.lines.findIndex((text) => text.includes("port: 8080")) ?? -1;
    expect(data.origins[data.manifestLines[`${service}:${portLine}`]?.origin ?? -1]?.line).toBe(5);
    expect(data.manifestLines[`${service}:${portLine}`]?.field).toBe("spec.ports[1].port");
  });

  it("writes each origin and each default's reason once, and every manifest line names them by index", () => {
    expect(new Set(data.origins.map((origin) => JSON.stringify(origin))).size).toBe(data.origins.length);
    expect(new Set(data.defaults).size).toBe(data.defaults.length);
    expect(data.defaults.length).toBeGreaterThan(0);
    const infos = Object.values(data.manifestLines);
    for (const info of infos) {
      if (info.origin !== undefined) expect(data.origins[info.origin]).toBeDefined();
      if (info.default !== undefined) expect(data.defaults[info.default]).toBeDefined();
    }
    // Lines of one Compose block share its origin: far fewer origins than lines that have one.
    expect(data.origins.length).toBeLessThan(infos.filter((info) => info.origin !== undefined).length);
  });

  it("links diagnostics to their line", () => {
    expect(data.diagnostics.find((d) => d.code === "networks-flat")).toMatchObject({ file: 0, line: 8 });
  });
});
