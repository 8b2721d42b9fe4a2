// The playground's logic without a browser: conversion of in-memory files, Compose line → fields, field → lines.
import { describe, expect, it } from "vitest";
import { convertFiles, fieldsForComposeLine, linesOfField, originOfManifestLine, type Conversion } from "../../../src/views/playground/session.js";
import type { Path } from "../../../src/diagnostics/types.js";

const compose = [
  "services:", //            1
  "  web:", //               2
  "    image: nginx:1.27", // 3
  "    ports:", //           4
  '      - "8080:80"', //    5
  "", //                     6
  "  # a comment", //        7
].join("\n");
const file = "/demo/compose.yaml";

/** The demo converted; its field traces are the ones the converters write. */
function traced(): Conversion {
  const conversion = convertFiles(new Map([[file, compose]]), "/demo");
  if (!conversion.traces) throw new Error("the demo must convert");
  return conversion;
}

const CONTAINER = ["spec", "template", "spec", "containers", 0];

const title = (conversion: Conversion, index: number) => conversion.manifests?.[index]?.title;

describe("convertFiles", () => {
  it("runs the pipeline on the in-memory files; the folder name is the project name", () => {
    const conversion = convertFiles(new Map([[file, compose]]), "/demo");
    expect(conversion.manifests?.map((view) => view.title)).toEqual(["Deployment/web", "Service/web", "ServiceAccount/web"]);
    expect(conversion.manifests?.[0]?.yaml).toContain("app.kubernetes.io/part-of: demo");
    expect(conversion.manifests?.[0]?.yaml).toContain("# from compose.yaml:2 services.web");
  });

  it("gives diagnostics with positions and no manifests for bad input", () => {
    const conversion = convertFiles(new Map([[file, compose.replace("8080:80", "8080:eighty")]]), "/demo");
    expect(conversion.manifests).toBeUndefined();
    expect(conversion.diagnostics.map((d) => [d.code, d.location?.line])).toContainEqual(["port-syntax", 5]);
  });
});

describe("fieldsForComposeLine", () => {
  it.each([
    // "8080:80" gives two Service ports: 80, what peers use, and the published 8080.
    { line: 5, why: "a port item: the container port and the Service ports", expected: [["Deployment/web", [...CONTAINER, "ports", 0]], ["Service/web", ["spec", "ports", 0]], ["Service/web", ["spec", "ports", 1]]] },
    {
      line: 2,
      why: "service key line: everything made from the service",
      expected: [["Deployment/web", []], ["Deployment/web", [...CONTAINER, "image"]], ["Deployment/web", [...CONTAINER, "ports", 0]], ["Service/web", []], ["Service/web", ["spec", "ports", 0]], ["Service/web", ["spec", "ports", 1]], ["ServiceAccount/web", []]],
    },
    { line: 4, why: "a block: everything traced into it", expected: [["Deployment/web", [...CONTAINER, "ports", 0]], ["Service/web", []], ["Service/web", ["spec", "ports", 0]], ["Service/web", ["spec", "ports", 1]]] },
    { line: 3, why: "image: only the container image", expected: [["Deployment/web", [...CONTAINER, "image"]]] },
    { line: 6, why: "blank line: nothing", expected: [] },
    { line: 7, why: "comment line: nothing", expected: [] },
  ] satisfies { line: number; why: string; expected: [string, Path][] }[])("line $line ($why)", ({ line, expected }) => {
    const conversion = traced();
    const refs = fieldsForComposeLine(conversion, file, compose, line).map((ref) => [title(conversion, ref.manifest), ref.field]);
    expect(refs).toEqual(expect.arrayContaining(expected));
    expect(refs).toHaveLength(expected.length);
  });
});

describe("linesOfField and originOfManifestLine", () => {
  const conversion = traced();
  const serviceIndex = conversion.manifests?.findIndex((view) => view.title === "Service/web") ?? -1;
  const service = conversion.manifests?.[serviceIndex];
  if (!service) throw new Error("no Service view");
  const lineOf = (text: string) => service.lines.findIndex((line) => line.trim() === text) + 1;

  it.each([
    { field: ["spec", "ports", 0], first: "- name: tcp-80", fallback: false },
    { field: ["spec", "ports", 0, "port"], first: "port: 80", fallback: false },
    { field: ["spec", "ports", 0, "nodePort"], first: "- name: tcp-80", fallback: true },
  ] satisfies { field: Path; first: string; fallback: boolean }[])("$field starts at '$first'", ({ field, first }) => {
    const range = linesOfField(service, serviceIndex, field);
    expect(range.manifest).toBe(serviceIndex);
    expect(service.lines[range.start - 1]?.trim()).toBe(first);
  });

  it.each([
    { text: "port: 80", path: ["services", "web", "ports", 0], via: "ancestor" },
    { text: "kind: Service", path: ["services", "web", "ports"], via: "object" },
  ])("a click on '$text' goes back to $path ($via)", ({ text, path, via }) => {
    const found = originOfManifestLine(conversion, serviceIndex, lineOf(text));
    expect(found?.origin).toMatchObject({ kind: "compose", path, via, location: { file, line: path.length === 4 ? 5 : 4 } });
  });
});
