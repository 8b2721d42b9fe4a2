import { describe, expect, it } from "vitest";
import type { Manifest } from "../../src/model/manifest.js";
import type { Location, Path, SourceMap } from "../../src/diagnostics/types.js";
import { formatPath } from "../../src/diagnostics/types.js";
import { catalogue } from "../../src/explain/catalogue.generated.js";
import { explain } from "../../src/explain/index.js";

/** A SourceMap that knows the lines of a few paths, and counts its calls. */
function fakeSources(lines: Record<string, number>): SourceMap & { calls: Path[] } {
  const calls: Path[] = [];
  return {
    calls,
    locate(path: Path): Location | undefined {
      calls.push(path);
      const line = lines[formatPath(path)];
      return line === undefined ? undefined : { file: "/project/compose.yaml", line, column: 3 };
    },
    lineText: () => undefined,
  };
}

function manifest(kind: string, name: string, source: Path, explanations: string[]): Manifest {
  return { object: { apiVersion: "v1", kind, metadata: { name } }, source, explanations, fieldNotes: [] };
}

describe("explain", () => {
  const sources = fakeSources({ "services.web": 4, "volumes.data": 20 });

  it.each([
    ["a service", manifest("Deployment", "web", ["services", "web"], ["service-to-deployment"]), 4],
    ["a volume", manifest("PersistentVolumeClaim", "data", ["volumes", "data"], ["named-volume-to-pvc"]), 20],
  ])("locates %s from its source path", (_case, input, line) => {
    const [output] = explain([input], sources).value;
    expect(output?.location).toEqual({ file: "/project/compose.yaml", line, column: 3 });
  });

  it("leaves location unset when the source map does not know the path", () => {
    const [output] = explain([manifest("Service", "api", ["services", "api"], ["ports-to-service"])], sources).value;
    expect(output).not.toHaveProperty("location");
  });

  it("puts the first summary, wrapped, above the object and points at the others", () => {
    const input = manifest("Service", "web", ["services", "web"], ["ports-to-service", "expose-to-service"]);
    const comments = explain([input], sources).value[0]?.comments ?? [];
    expect(comments.slice(0, -1).join(" ")).toBe(catalogue["ports-to-service"].summary);
    expect(comments.at(-1)).toBe("More: kubepose explain ports-to-service (see also: expose-to-service)");
    expect(comments.length).toBeLessThanOrEqual(3);
    for (const line of comments) expect(line.length).toBeLessThanOrEqual(96);
    expect(comments.join("\n")).not.toContain(catalogue["expose-to-service"].summary);
  });

  it.each(Object.keys(catalogue))("keeps %s within three comment lines of at most 96 columns, with every other id", (id) => {
    const others = Object.keys(catalogue).filter((other) => other !== id);
    const comments = explain([manifest("ConfigMap", "x", ["services", "x"], [id, ...others])], sources).value[0]?.comments ?? [];
    expect(comments.length).toBeGreaterThanOrEqual(2);
    expect(comments.length).toBeLessThanOrEqual(3);
    for (const line of comments) expect(line.length).toBeLessThanOrEqual(96);
    expect(comments.at(-1)).toMatch(new RegExp(`^More: kubepose explain ${id} \\(see also: .* and \\d+ more\\)$`));
  });

  it("lists related ids once, without the first", () => {
    const input = manifest("Deployment", "web", ["services", "web"], ["hostname", "networks", "hostname", "networks"]);
    expect(explain([input], sources).value[0]?.comments?.at(-1)).toBe("More: kubepose explain hostname (see also: networks)");
  });

  it("gives no comments to an object without explanations", () => {
    expect(explain([manifest("Namespace", "shop", [], [])], sources).value[0]?.comments).toEqual([]);
  });

  it.each([
    ["first", ["no-such-topic"]],
    ["later", ["service-to-deployment", "no-such-topic"]],
  ])("throws on an unknown id in %s position, a converter bug", (_case, ids) => {
    expect(() => explain([manifest("Deployment", "web", ["services", "web"], ids)], sources)).toThrow('unknown explanation id "no-such-topic"');
  });

  it("does not change its input and reports no diagnostics", () => {
    const input = manifest("Deployment", "web", ["services", "web"], ["service-to-deployment"]);
    const copy = structuredClone(input);
    const result = explain([input], sources);
    expect(input).toEqual(copy);
    expect(result.diagnostics).toEqual([]);
    expect(result.value[0]?.object).toBe(input.object);
  });

  it("handles a thousand services with one lookup each", () => {
    const many = fakeSources({});
    const inputs = Array.from({ length: 1000 }, (_, index) =>
      manifest("Deployment", `s${index}`, ["services", `s${index}`], ["service-to-deployment", "healthcheck-to-probes"]),
    );
    const result = explain(inputs, many);
    expect(result.value).toHaveLength(1000);
    expect(many.calls).toHaveLength(1000);
    expect(result.value[999]?.comments?.[0]).toBe(result.value[0]?.comments?.[0]);
  });
});
