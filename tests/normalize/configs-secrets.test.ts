import { describe, expect, it } from "vitest";
import { parseFileObjects, parseFileReferences } from "../../src/normalize/configs-secrets.js";
import type { ComposeConfig, ComposeSecret, ComposeServiceConfigOrSecret } from "../../src/validate/schema.js";
import { run } from "./collect.js";

describe("parseFileReferences", () => {
  const at = (kind: string) => ["services", "web", kind, 0];
  it.each<["configs" | "secrets", string | ComposeServiceConfigOrSecret, Record<string, unknown>]>([
    ["configs", "nginx", { source: "nginx", target: "/nginx" }],
    ["configs", { source: "nginx", target: "/etc/nginx/nginx.conf" }, { source: "nginx", target: "/etc/nginx/nginx.conf" }],
    ["configs", { source: "nginx", target: "app.conf" }, { source: "nginx", target: "/app.conf" }],
    ["configs", { source: "nginx" }, { source: "nginx", target: "/nginx" }],
    ["configs", { source: "c", uid: "103", gid: "0", mode: "0440" }, { source: "c", target: "/c", uid: "103", gid: "0", mode: 0o440 }],
    ["configs", { source: "c", mode: 292 }, { source: "c", target: "/c", mode: 0o444 }],
    ["secrets", "db_password", { source: "db_password", target: "/run/secrets/db_password" }],
    ["secrets", { source: "db", target: "pw" }, { source: "db", target: "/run/secrets/pw" }],
    ["secrets", { source: "db", target: "nested/pw" }, { source: "db", target: "/run/secrets/nested/pw" }],
    ["secrets", { source: "db", target: "/etc/db/pw" }, { source: "db", target: "/etc/db/pw" }],
  ])("%s %j", (kind, item, reference) => {
    const result = run((out) => parseFileReferences([item], at(kind).slice(0, 3), kind, out));
    expect(result.codes).toEqual([]);
    expect(result.value).toEqual([{ ...reference, path: at(kind) }]);
  });

  it("reports a bad mode at its path", () => {
    const result = run((out) => parseFileReferences([{ source: "c", mode: "0999" }], ["services", "web", "configs"], "configs", out));
    expect(result.codes).toEqual(["mode-syntax"]);
    expect(result.paths).toEqual([["services", "web", "configs", 0, "mode"]]);
  });
});

describe("parseFileObjects", () => {
  const files: Record<string, string> = { "/project/nginx.conf": "server {}", "/elsewhere/x.conf": "no" };
  const context = { workingDir: "/project", env: { DB_PASSWORD: "s3cret" }, readFile: (path: string) => files[path] };

  it.each<["configs" | "secrets", ComposeConfig | ComposeSecret, Record<string, unknown>]>([
    ["configs", { file: "./nginx.conf" }, { name: "k", external: false, file: "/project/nginx.conf", content: "server {}" }],
    ["configs", { content: "inline" }, { name: "k", external: false, content: "inline" }],
    ["configs", { external: true }, { name: "k", external: true }],
    ["configs", { external: true, name: "shared" }, { name: "shared", external: true }],
    ["configs", { external: { name: "legacy" } }, { name: "legacy", external: true }],
    ["secrets", { environment: "DB_PASSWORD" }, { name: "k", external: false, environment: "DB_PASSWORD", content: "s3cret" }],
    ["secrets", { file: "/project/nginx.conf", name: "custom" }, { name: "custom", external: false, file: "/project/nginx.conf", content: "server {}" }],
    ["secrets", { external: "true" }, { name: "k", external: true }],
  ])("%s %j", (kind, item, definition) => {
    const result = run((out) => parseFileObjects({ k: item }, kind, context, out));
    expect(result.codes).toEqual([]);
    expect(result.value).toEqual({ k: { ...definition, path: [kind, "k"] } });
  });

  it.each<["configs" | "secrets", ComposeConfig | ComposeSecret, string, string, Record<string, unknown>]>([
    ["configs", { file: "../elsewhere/x.conf" }, "outside-project", "file", { file: "/elsewhere/x.conf" }],
    ["configs", { file: "/etc/passwd" }, "outside-project", "file", { file: "/etc/passwd" }],
    ["secrets", { file: "missing.txt" }, "file-missing", "file", { file: "/project/missing.txt" }],
    ["secrets", { environment: "UNSET" }, "variable-unset", "environment", { environment: "UNSET" }],
    ["secrets", { external: "perhaps" }, "boolean-syntax", "external", {}],
  ])("%s %j → %s", (kind, item, code, key, fields) => {
    const result = run((out) => parseFileObjects({ k: item }, kind, context, out));
    expect(result.codes).toEqual([code]);
    expect(result.paths).toEqual([[kind, "k", key]]);
    expect(result.value.k).toMatchObject(fields);
    expect(result.value.k).not.toHaveProperty("content");
  });
});
