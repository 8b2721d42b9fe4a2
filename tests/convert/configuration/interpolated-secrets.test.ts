import { describe, expect, it } from "vitest";
import { runPipeline } from "../../../src/pipeline.js";
import { memoryContext } from "../../helpers/memory-context.js";
import type { Manifest } from "../../../src/model/manifest.js";
import { checkManifests } from "../../../src/check/index.js";
import { probeWithShell, withReferences } from "../../../src/convert/shared/secret-references.js";

const ENV = "MYSQL_ROOT_PASSWORD=r00t-Pw!9\nREDIS_PASSWORD=redis-s3cret\nDB_PASSWORD=admin-pw\nAPP_NAME=shop\n";

function convert(compose: string, files: Record<string, string> = {}) {
  const result = runPipeline({ files: [] }, memoryContext({ "/project/compose.yaml": compose, "/project/.env": ENV, ...files }));
  const manifests = result.manifests ?? [];
  const object = (kind: string, name: string) => manifests.find((m) => m.object.kind === kind && m.object.metadata.name === name)?.object;
  const container = (name: string) => {
    const spec = (object("Deployment", name)?.["spec"] as { template: { spec: { containers: Record<string, unknown>[] } } } | undefined)?.template.spec;
    return spec?.containers[0] ?? {};
  };
  return { result, manifests, object, container };
}

/** Every object but the Secrets, as text: where a credential must never appear. */
const outsideSecrets = (manifests: readonly Manifest[]) => JSON.stringify(manifests.filter((m) => m.object.kind !== "Secret").map((m) => m.object));

describe("a credential substituted into another value is referenced from the Secret", () => {
  it("an env_file line that holds a credential goes to the Secret whole, never the ConfigMap", () => {
    const { manifests, object } = convert(
      `services:
  app:
    image: example/app:1
    env_file: [app.env]
`,
      { "/project/app.env": "JAVA_OPTS=-Xmx512m -Ddb.password=\${DB_PASSWORD}\nLOG_LEVEL=info\n" },
    );
    expect(object("ConfigMap", "app-env")?.["data"]).toEqual({ LOG_LEVEL: "info" });
    expect(object("Secret", "app-env-secret")?.["stringData"]).toEqual({ JAVA_OPTS: "-Xmx512m -Ddb.password=admin-pw" });
    expect(outsideSecrets(manifests)).not.toContain("admin-pw");
  });

  it("command, healthcheck and a plain variable: $(VAR) where Kubernetes expands it, a shell where it does not", () => {
    const { result, manifests, object, container } = convert(`services:
  db:
    image: mysql:8.4
    environment:
      MYSQL_ROOT_PASSWORD: \${MYSQL_ROOT_PASSWORD}
    healthcheck:
      test: ["CMD", "mysqladmin", "ping", "-h", "localhost", "-p\${MYSQL_ROOT_PASSWORD}"]
  cache:
    image: redis:7
    command: [redis-server, --requirepass, "\${REDIS_PASSWORD}"]
    healthcheck:
      test: redis-cli -a "\${REDIS_PASSWORD}" ping
  app:
    image: registry.example.com/shop:1.0
    environment:
      - JAVA_OPTS=-Xmx512m -Ddb.password=\${DB_PASSWORD} -Dname=$$(hostname)
      - APP=\${APP_NAME}
`);
    expect(result.manifests).toBeDefined();
    expect(outsideSecrets(manifests)).not.toMatch(/r00t-Pw!9|redis-s3cret|admin-pw/);
    expect(checkManifests(manifests)).toEqual([]);
    expect(container("db")["readinessProbe"]).toMatchObject({
      exec: { command: ["/bin/sh", "-c", `exec mysqladmin ping -h localhost -p"\${MYSQL_ROOT_PASSWORD}"`] },
    });
    expect(container("cache")["args"]).toEqual(["redis-server", "--requirepass", "$(REDIS_PASSWORD)"]);
    expect(container("cache")["readinessProbe"]).toMatchObject({ exec: { command: ["/bin/sh", "-c", `redis-cli -a "\${REDIS_PASSWORD}" ping`] } });
    expect(object("Secret", "cache-env-secret")?.["stringData"]).toEqual({ REDIS_PASSWORD: "redis-s3cret" });
    // A literal "$(" is escaped so Kubernetes leaves it alone; the credential is a reference.
    expect(container("app")["env"]).toEqual([{ name: "JAVA_OPTS", value: "-Xmx512m -Ddb.password=$(DB_PASSWORD) -Dname=$$(hostname)" }]);
    expect(object("ConfigMap", "app-env")?.["data"]).toEqual({ APP: "shop" });
    expect(object("Secret", "app-env-secret")?.["stringData"]).toEqual({ DB_PASSWORD: "admin-pw" });
    expect(result.diagnostics.map((d) => d.code).filter((code) => code !== "resources-missing")).toEqual(["secret-probe-shell", "secret-probe-shell"]);
    expect(JSON.stringify(result.diagnostics)).not.toMatch(/r00t-Pw!9|redis-s3cret|admin-pw/);
  });

  it("a value that only equals a credential by chance is left alone; a name the service already uses gets a suffix", () => {
    const { container, object } = convert(`services:
  app:
    image: registry.example.com/shop:1.0
    command: ["run", "--user", "admin-pw", "--pass", "\${DB_PASSWORD}", "\${DB_PASSWORD:+set}"]
    environment:
      DB_PASSWORD: other-value
      OWNER: admin-pw
`);
    expect(container("app")["args"]).toEqual(["run", "--user", "admin-pw", "--pass", "$(DB_PASSWORD_1)", "set"]);
    expect(object("ConfigMap", "app-env")?.["data"]).toEqual({ OWNER: "admin-pw" });
    expect(object("Secret", "app-env-secret")?.["stringData"]).toEqual({ DB_PASSWORD: "other-value", DB_PASSWORD_1: "admin-pw" });
  });

  it("a short password is referenced too: the place it was substituted decides, not its length", () => {
    const result = runPipeline({ files: [] }, memoryContext({
      "/project/compose.yaml": "services:\n  cache:\n    image: redis:7\n    command: [redis-server, --requirepass, \"${REDIS_PASSWORD}\"]\n",
      "/project/.env": "REDIS_PASSWORD=pw\n",
    }));
    expect(JSON.stringify(result.manifests?.[0]?.object)).toContain('"args":["redis-server","--requirepass","$(REDIS_PASSWORD)"]');
  });

  it("follows extends into the file that wrote the command", () => {
    const { container } = convert(
      `services:
  cache:
    extends: { file: base.yaml, service: redis }
`,
      { "/project/base.yaml": `services:\n  redis:\n    image: redis:7\n    entrypoint: ["redis-server", "--requirepass=\${REDIS_PASSWORD}"]\n` },
    );
    expect(container("cache")["command"]).toEqual(["redis-server", "--requirepass=$(REDIS_PASSWORD)"]);
  });

  it("warns where Kubernetes cannot reference a Secret, without repeating the value", () => {
    const { result } = convert(`services:
  app:
    image: registry.example.com/shop:\${DB_PASSWORD}
`);
    const warning = result.diagnostics.find((d) => d.code === "secret-in-clear");
    expect(warning?.path).toEqual(["services", "app", "image"]);
    expect(warning?.location?.line).toBe(3);
    expect(warning?.message).not.toContain("admin-pw");
  });

  it("leaves a label holding a credential out of the annotations, and makes a config whose content holds one a Secret", () => {
    const { result, manifests, object } = convert(`services:
  app:
    image: registry.example.com/shop:1.0
    labels:
      com.example.note: "uses \${DB_PASSWORD}"
      com.example.team: shop
    configs: [app]
configs:
  app:
    content: "db.password=\${DB_PASSWORD}"
`);
    expect(outsideSecrets(manifests)).not.toContain("admin-pw");
    expect(result.diagnostics.map((d) => d.code).filter((code) => code !== "resources-missing")).toEqual(["label-credential-value", "config-secret-file"]);
    expect((object("Deployment", "app")?.["metadata"] as { annotations?: unknown }).annotations).toEqual({ "com.example.team": "shop" });
    expect(object("Secret", "config-app")?.["stringData"]).toEqual({ app: "db.password=admin-pw" });
  });
});

describe("the rewriting rules", () => {
  const use = { variable: "PW", value: "p'w", name: "PW" };
  it("quotes every word for the shell and keeps the rest of a shell script as written", () => {
    expect(probeWithShell(["check", "it's", "", "-p=p'w"], [use])).toEqual(["/bin/sh", "-c", `exec check 'it'\\''s' '' -p="\${PW}"`]);
    expect(probeWithShell(["sh", "-c", "check -p p'w && true"], [use])).toEqual(["sh", "-c", "check -p ${PW} && true"]);
  });
  it("writes $(NAME) for each use and escapes a literal $(", () => {
    expect(withReferences("$(x) p'wp'w", [use])).toBe("$$(x) $(PW)$(PW)");
  });
});
