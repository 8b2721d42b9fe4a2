import { describe, expect, it } from "vitest";
import { sharedOnce } from "../../src/diagnostics/shared.js";
import type { Diagnostic } from "../../src/diagnostics/types.js";
import { runPipeline } from "../../src/pipeline.js";
import { memoryContext } from "../helpers/memory-context.js";

const at = (line: number, column = 3) => ({ file: "/project/compose.yaml", line, column });
const warning = (service: string, line: number, message = `'cpu_shares' of service '${service}' is not converted.`): Diagnostic => ({
  code: "unsupported-key",
  severity: "warning",
  path: ["services", service, "cpu_shares"],
  message,
  location: at(line),
});

describe("sharedOnce", () => {
  it("one diagnostic for services whose diagnostics sit at one definition and differ only by their name", () => {
    const [only, ...rest] = sharedOnce([warning("email", 4), warning("reports", 4), warning("images", 4)]);
    expect(rest).toEqual([]);
    expect(only?.message).toBe("'cpu_shares' of service 'email' is not converted. The same holds for 'reports' and 'images', which share this definition.");
    expect(only?.also).toEqual([["services", "reports", "cpu_shares"], ["services", "images", "cpu_shares"]]);
  });

  it("keeps apart diagnostics written at different places, or saying different things", () => {
    expect(sharedOnce([warning("a", 4), warning("b", 9)])).toHaveLength(2);
    expect(sharedOnce([warning("a", 4), warning("b", 4, "'cpu_shares' of service 'b' is 2048.")])).toHaveLength(2);
    expect(sharedOnce([{ ...warning("a", 4), location: undefined }, { ...warning("b", 4), location: undefined }])).toHaveLength(2);
  });

  it("names the service in a message about it that does not", () => {
    const [named] = sharedOnce([warning("web", 4, "this key is not converted.")]);
    expect(named?.message).toBe("service 'web': this key is not converted.");
  });
});

describe("warnings a person reads (whole pipeline)", () => {
  const COMPOSE = `x-worker: &worker
  image: registry.example.com/shop/worker:2.1
  cpu_shares: 512
  depends_on: [cache]

services:
  email:
    <<: *worker
    command: [worker, email]
  reports:
    <<: *worker
    command: [worker, reports]
  cache:
    image: example/cache:1
  base:
    image: nginx:1.27
    cpu_shares: 100
  mirror:
    extends: base
  debug:
    image: busybox:1.36
    profiles: [debug]
    tmpfs: ["/tmp:mode=1777,uid=1000"]
    volumes: ["./missing-dir:/data"]
`;
  const { diagnostics } = runPipeline({ files: [], envFiles: [] }, memoryContext({ "compose.yaml": COMPOSE }));
  const of = (code: string) => diagnostics.filter((d) => d.code === code);

  it("an anchor merged into several services gives one warning per cause, naming all of them", () => {
    const shares = of("unsupported-key").filter((d) => d.location?.line === 3);
    expect(shares).toHaveLength(1);
    expect(shares[0]?.message).toContain("'email'");
    expect(shares[0]?.message).toContain("'reports'");
    expect(of("depends-on-no-port")).toHaveLength(1);
    expect(of("depends-on-no-port")[0]?.message).toContain('expose: ["PORT"]');
  });

  it("extends shares one warning with the service it extends", () => {
    const base = of("unsupported-key").filter((d) => d.location?.line === 17);
    expect(base).toHaveLength(1);
    expect(base[0]?.message).toContain("The same holds for 'mirror', which shares this definition.");
  });

  it("says nothing about a service that profiles disable, beyond that it is disabled", () => {
    const aboutDebug = diagnostics.filter((d) => d.path[1] === "debug");
    expect(aboutDebug.map((d) => d.code)).toEqual(["service-disabled-by-profile"]);
  });

  it("every diagnostic about a service names it", () => {
    for (const d of diagnostics.filter((item) => item.path[0] === "services")) expect(d.message).toMatch(new RegExp(`['"]${String(d.path[1])}['"]`));
  });
});
