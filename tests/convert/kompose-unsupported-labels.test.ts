import { describe, expect, it } from "vitest";
import { codes, project, run, service } from "./builder.js";

describe("kompose labels kubepose names but does not convert", () => {
  // Labels kubepose names but does not convert, each with its advice.
  it.each([
    "kompose.controller.port.expose",
    "kompose.service.healthcheck.liveness.http_get_path",
    "kompose.service.healthcheck.liveness.http_get_port",
    "kompose.service.healthcheck.liveness.tcp_port",
    "kompose.service.healthcheck.readiness.disable",
    "kompose.service.healthcheck.readiness.http_get_path",
    "kompose.service.healthcheck.readiness.http_get_port",
    "kompose.service.healthcheck.readiness.interval",
    "kompose.service.healthcheck.readiness.retries",
    "kompose.service.healthcheck.readiness.start_period",
    "kompose.service.healthcheck.readiness.tcp_port",
    "kompose.service.healthcheck.readiness.test",
    "kompose.service.healthcheck.readiness.timeout",
  ])("warns kompose-label-unsupported for %s", (label) => {
    const value = ({ "kompose.controller.port.expose": "true" } as Record<string, string>)[label] ?? (label.endsWith("port") || label.endsWith("retries") ? "8080" : label.endsWith("disable") ? "true" : "/x");
    const { diagnostics } = run(project([service("web", { labels: { [label]: value } })]));
    expect(codes(diagnostics)).toEqual(["kompose-label-unsupported"]);
  });
});
