import { describe, expect, it } from "vitest";
import { codes, containerOf, find, get, project, run, service } from "../builder.js";

const SECRET_VALUE = "s3cr3t-value-do-not-leak";

describe("environment", () => {
  it("puts plain variables in <svc>-env and credentials in <svc>-env-secret, both through envFrom", () => {
    const { manifests } = run(project([service("api", { environment: { DB_HOST: "db", DB_PASSWORD: SECRET_VALUE, KEYBOARD_LAYOUT: "us" } })]));
    expect(get(find(manifests, "ConfigMap", "api-env").object, "data")).toEqual({ DB_HOST: "db", KEYBOARD_LAYOUT: "us" });
    const secret = find(manifests, "Secret", "api-env-secret");
    expect(get(secret.object, "stringData")).toEqual({ DB_PASSWORD: SECRET_VALUE });
    expect(get(secret.object, "type")).toBe("Opaque");
    expect(secret.explanations).toEqual(["sensitive-environment-to-secret"]);
    const container = containerOf(manifests, "Deployment", "api");
    expect(container.envFrom).toEqual([{ configMapRef: { name: "api-env" } }, { secretRef: { name: "api-env-secret" } }]);
    expect(container.env).toBeUndefined();
  });

  it("never shows a secret value outside its Secret", () => {
    const { manifests, diagnostics } = run(project([service("api", {
      environment: { API_KEY: SECRET_VALUE, "weird name": "x", "odd token": SECRET_VALUE },
      labels: { "com.example": "y" },
    })]));
    for (const manifest of manifests) {
      if (manifest.object.kind === "Secret") continue;
      expect(JSON.stringify(manifest)).not.toContain(SECRET_VALUE);
    }
    expect(JSON.stringify(diagnostics)).not.toContain(SECRET_VALUE);
  });

  it("adds env-file to the explanations when variables came from env_file", () => {
    const { manifests } = run(project([service("api", { keys: ["image", "env_file"], environment: { A: "1" } })]));
    expect(find(manifests, "ConfigMap", "api-env").explanations).toEqual(["environment-to-configmap", "env-file"]);
  });

  it("drops names Kubernetes does not accept, with a warning", () => {
    const { manifests, diagnostics } = run(project([service("api", { environment: { "1ST": "a", "my token": "t", OK: "c" } })]));
    expect(codes(diagnostics)).toEqual(["environment-name", "environment-name"]);
    expect(get(find(manifests, "ConfigMap", "api-env").object, "data")).toEqual({ OK: "c" });
    expect(manifests.map((m) => m.object.kind)).toEqual(["Deployment", "ConfigMap", "ServiceAccount"]);
  });

  it("treats a URL with a password as a credential", () => {
    const { manifests } = run(project([service("api", { environment: { DATABASE_URL: "postgres://app:pw@db/app" } })]));
    expect(get(find(manifests, "Secret", "api-env-secret").object, "stringData")).toEqual({ DATABASE_URL: "postgres://app:pw@db/app" });
  });

  it("writes nothing for an empty environment", () => {
    expect(run(project([service("api")])).manifests).toHaveLength(2);
  });
});
