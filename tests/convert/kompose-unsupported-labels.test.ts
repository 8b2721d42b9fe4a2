import { describe, expect, it } from "vitest";
import { codes, project, run, service } from "./builder.js";

describe("kompose labels kubepose names but does not convert", () => {
  // Labels kubepose names but does not convert, each with its advice.
  it.each([
    "kompose.controller.port.expose",
    "kompose.service.group",
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
    // POD & CONTAINER's rows, until they are converted (then move them to their own tests).
    "kompose.image-pull-policy",
    "kompose.image-pull-secret",
    "kompose.serviceaccount-name",
    "kompose.security-context.fsgroup",
    "kompose.init.containers.name",
    "kompose.init.containers.image",
    "kompose.init.containers.command",
  ])("warns kompose-label-unsupported for %s", (label) => {
    const value = ({ "kompose.controller.port.expose": "true", "kompose.image-pull-policy": "Always", "kompose.image-pull-secret": "regcred", "kompose.serviceaccount-name": "backend", "kompose.security-context.fsgroup": "1001", "kompose.init.containers.name": "init-db", "kompose.init.containers.image": "busybox" } as Record<string, string>)[label] ?? (label.endsWith("port") || label.endsWith("retries") ? "8080" : label.endsWith("disable") ? "true" : "/x");
    const { diagnostics } = run(project([service("web", { labels: { [label]: value } })]));
    expect(codes(diagnostics)).toEqual(["kompose-label-unsupported"]);
  });
});
