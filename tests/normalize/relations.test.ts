import { describe, expect, it } from "vitest";
import { parseLinks, parseNetworkMode, parseVolumesFrom, serviceEdges } from "../../src/model/relations.js";
import { normalizeService } from "../../src/normalize/service.js";
import { service } from "../convert/builder.js";
import { run } from "./collect.js";

const at = ["services", "web"];

describe("links", () => {
  it.each([
    { value: ["db"], expected: [{ service: "db", alias: "db" }] },
    { value: ["db:database"], expected: [{ service: "db", alias: "database" }] },
    { value: ["db", "cache:redis"], expected: [{ service: "db", alias: "db" }, { service: "cache", alias: "redis" }] },
    { value: undefined, expected: [] },
  ])("$value", ({ value, expected }) => {
    const links = parseLinks(value, [...at, "links"]);
    expect(links.map(({ service, alias }) => ({ service, alias }))).toEqual(expected);
    expect(links.map((link) => link.path)).toEqual(expected.map((_, index) => [...at, "links", index]));
  });
});

describe("volumes_from", () => {
  it.each([
    { value: "db", expected: { kind: "service", name: "db", readOnly: false } },
    { value: "db:ro", expected: { kind: "service", name: "db", readOnly: true } },
    { value: "db:rw", expected: { kind: "service", name: "db", readOnly: false } },
    { value: "container:backup", expected: { kind: "container", name: "backup", readOnly: false } },
    { value: "container:backup:ro", expected: { kind: "container", name: "backup", readOnly: true } },
    { value: "container:backup:rw", expected: { kind: "container", name: "backup", readOnly: false } },
  ])("$value", ({ value, expected }) => {
    const { value: parsed, codes } = run((out) => parseVolumesFrom([value], [...at, "volumes_from"], out));
    expect(codes).toEqual([]);
    expect(parsed).toEqual([{ ...expected, path: [...at, "volumes_from", 0] }]);
  });

  it.each(["db:xyz", ":ro", "container:", "container:backup:rx"])("%j is volumes-from-syntax at the item", (value) => {
    const { value: parsed, codes, paths } = run((out) => parseVolumesFrom(["ok", value], [...at, "volumes_from"], out));
    expect(codes).toEqual(["volumes-from-syntax"]);
    expect(paths).toEqual([[...at, "volumes_from", 1]]);
    expect(parsed.map((from) => from.name)).toEqual(["ok"]);
  });
});

describe("network_mode", () => {
  it.each([
    { value: "host", expected: { kind: "host" } },
    { value: "none", expected: { kind: "none" } },
    { value: "bridge", expected: { kind: "bridge" } },
    { value: "service:vpn", expected: { kind: "service", name: "vpn" } },
    { value: "container:sidecar", expected: { kind: "container", name: "sidecar" } },
    { value: "backend", expected: { kind: "network", name: "backend" } },
  ])("$value", ({ value, expected }) => {
    expect(parseNetworkMode(value, [...at, "network_mode"])).toEqual({ ...expected, path: [...at, "network_mode"] });
  });

  it("is absent when not written", () => {
    expect(parseNetworkMode(undefined, [...at, "network_mode"])).toBeUndefined();
  });
});

describe("a normalized service", () => {
  it("carries links, volumes_from and network_mode", () => {
    const written = { image: "app", links: ["db:database"], volumes_from: ["data:ro"], network_mode: "service:vpn" };
    const { value, codes } = run((out) => normalizeService("web", written, { workingDir: "/p", env: {}, readFile: () => undefined }, out));
    expect(codes).toEqual([]);
    expect(value.links).toEqual([{ service: "db", alias: "database", path: [...at, "links", 0] }]);
    expect(value.volumesFrom).toEqual([{ kind: "service", name: "data", readOnly: true, path: [...at, "volumes_from", 0] }]);
    expect(value.networkMode).toEqual({ kind: "service", name: "vpn", path: [...at, "network_mode"] });
  });

  it("has none when they are not written", () => {
    const { value } = run((out) => normalizeService("web", { image: "app" }, { workingDir: "/p", env: {}, readFile: () => undefined }, out));
    expect(value.links).toEqual([]);
    expect(value.volumesFrom).toEqual([]);
    expect(value.networkMode).toBeUndefined();
  });
});

describe("serviceEdges", () => {
  it("lists every service a service names, in the order of depends_on, links, volumes_from, network_mode", () => {
    const web = service("web", {
      dependsOn: [{ service: "db", condition: "service_healthy", required: false, restart: false, path: [...at, "depends_on", "db"] }],
      links: [{ service: "cache", alias: "redis", path: [...at, "links", 0] }],
      volumesFrom: [
        { kind: "service", name: "data", readOnly: true, path: [...at, "volumes_from", 0] },
        { kind: "container", name: "outside", readOnly: false, path: [...at, "volumes_from", 1] },
      ],
      networkMode: { kind: "service", name: "vpn", path: [...at, "network_mode"] },
    });
    expect(serviceEdges(web).map((edge) => [edge.relation, edge.target, edge.required])).toEqual([
      ["depends_on", "db", false],
      ["links", "cache", true],
      ["volumes_from", "data", true],
      ["network_mode", "vpn", true],
    ]);
  });

  it.each([{ kind: "host" as const }, { kind: "container" as const, name: "x" }, { kind: "network" as const, name: "x" }])(
    "network_mode $kind names no service",
    (mode) => {
      expect(serviceEdges(service("web", { networkMode: { ...mode, path: [...at, "network_mode"] } }))).toEqual([]);
    },
  );
});
