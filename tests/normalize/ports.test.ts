import { describe, expect, it } from "vitest";
import { parsePorts } from "../../src/normalize/ports.js";
import { parseExpose } from "../../src/normalize/expose.js";
import type { ComposeService } from "../../src/validate/schema.js";
import { run } from "./collect.js";

const P = ["services", "web", "ports"];
/** One `ports:` item as the schema lets it through: 80, "8080:80" or a long-syntax map. */
type PortItem = NonNullable<ComposeService["ports"]>[number];
type Row = { target: number; published?: number; hostIp?: string; protocol?: string; name?: string; appProtocol?: string };

describe("parsePorts", () => {
  it.each<[PortItem, Row[]]>([
    ["80", [{ target: 80 }]],
    [80, [{ target: 80 }]],
    ["8080:80", [{ target: 80, published: 8080 }]],
    ["127.0.0.1:8080:80/udp", [{ target: 80, published: 8080, hostIp: "127.0.0.1", protocol: "udp" }]],
    ["[::1]:8080:80", [{ target: 80, published: 8080, hostIp: "::1" }]],
    ["::1:8080:80", [{ target: 80, published: 8080, hostIp: "::1" }]],
    ["127.0.0.1::80", [{ target: 80, hostIp: "127.0.0.1" }]],
    ["53:53/sctp", [{ target: 53, published: 53, protocol: "sctp" }]],
    ["53:53/UDP", [{ target: 53, published: 53, protocol: "udp" }]],
    [
      "8000-8002:9000-9002",
      [
        { target: 9000, published: 8000 },
        { target: 9001, published: 8001 },
        { target: 9002, published: 8002 },
      ],
    ],
    ["3000-3001", [{ target: 3000 }, { target: 3001 }]],
    [{ target: 80, published: "8080", protocol: "udp", host_ip: "0.0.0.0", name: "web", app_protocol: "http" },
      [{ target: 80, published: 8080, protocol: "udp", hostIp: "0.0.0.0", name: "web", appProtocol: "http" }]],
    [{ target: "80", published: 8080, mode: "host" }, [{ target: 80, published: 8080 }]],
    [{ target: 80 }, [{ target: 80 }]],
    [{ target: 9000, published: "8000-8001" }, [{ target: 9000, published: 8000 }]],
  ])("%j", (item, rows) => {
    const result = run((out) => parsePorts([item], P, out));
    expect(result.codes.filter((c) => c !== "port-published-range")).toEqual([]);
    expect(result.value).toEqual(rows.map((row) => ({ protocol: "tcp", ...row, path: [...P, 0] })));
  });

  it("takes the first port of a published range for one target, with a warning", () => {
    const result = run((out) => parsePorts(["web", "9090-9091:8080"], P, out));
    expect(result.value).toEqual([{ target: 8080, published: 9090, protocol: "tcp", path: [...P, 1] }]);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([
      ["port-syntax", "error", [...P, 0]],
      ["port-published-range", "warning", [...P, 1]],
    ]);
  });

  it.each<[PortItem, string, (string | number)[]]>([
    ["web", "port-syntax", []],
    ["8080:", "port-syntax", []],
    ["80/tcpx", "port-syntax", []],
    ["8000-8001:9000-9002", "port-syntax", []],
    ["9002-9000", "port-syntax", []],
    ["a.b:8080:80", "port-syntax", []],
    ["1:2:3:4x", "port-syntax", []],
    ["127.0.0.1:80", "port-syntax", []],
    ["80:80:80:80", "port-syntax", []],
    ["999.0.0.1:8080:80", "port-syntax", []],
    ["70000", "port-range", []],
    ["0", "port-range", []],
    [0, "port-range", []],
    ["8080:65536", "port-range", []],
    [{ published: 80 }, "port-syntax", []],
    [{ target: 80, published: 99999 }, "port-range", ["published"]],
    [{ target: "x" }, "port-syntax", ["target"]],
    [{ target: 80, protocol: "icmp" }, "port-syntax", ["protocol"]],
    [{ target: 80, host_ip: "localhost" }, "port-syntax", ["host_ip"]],
  ])("%j → %s", (item, code, subPath) => {
    const result = run((out) => parsePorts(["80", item], P, out));
    expect(result.value).toHaveLength(1);
    expect(result.codes).toEqual([code]);
    expect(result.paths).toEqual([[...P, 1, ...subPath]]);
  });
});

describe("parseExpose", () => {
  const E = ["services", "api", "expose"];
  it.each<[string | number, [number, string][]]>([
    ["3000", [[3000, "tcp"]]],
    [3000, [[3000, "tcp"]]],
    ["3000-3002", [[3000, "tcp"], [3001, "tcp"], [3002, "tcp"]]],
    ["3000/udp", [[3000, "udp"]]],
    ["5000-5001/sctp", [[5000, "sctp"], [5001, "sctp"]]],
  ])("%j", (item, rows) => {
    const result = run((out) => parseExpose([item], E, out));
    expect(result.codes).toEqual([]);
    expect(result.value).toEqual(rows.map(([port, protocol]) => ({ port, protocol, path: [...E, 0] })));
  });

  it.each([["x", "port-syntax"], ["3000:3000", "port-syntax"], ["3000/ip", "port-syntax"], [70000, "port-range"], ["", "port-syntax"]])(
    "%j → %s",
    (item, code) => {
      const result = run((out) => parseExpose(["80", item], E, out));
      expect(result.value).toHaveLength(1);
      expect(result.codes).toEqual([code]);
      expect(result.paths).toEqual([[...E, 1]]);
    },
  );
});
