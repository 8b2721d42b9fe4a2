import { describe, expect, it } from "vitest";
import { serviceEdges } from "../../src/model/relations.js";
import { service } from "../convert/builder.js";

const at = ["services", "web"];

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
