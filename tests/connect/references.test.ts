import { describe, expect, it } from "vitest";
import { findArgumentReferences, findEnvironmentReferences, findReferences } from "../../src/connect/references.js";

const names = new Set(["db", "api", "cache", "web", "search.internal", "primary-db"]);
const isName = (candidate: string) => names.has(candidate);
const found = (text: string) => findReferences(text, isName).map((r) => ({ name: r.name, port: r.port, scheme: r.scheme }));

describe("host references in text", () => {
  it.each<[string, string, { name: string; port?: number; scheme?: string }[]]>([
    ["a URL with a port", "postgres://app:pw@db:5432/app", [{ name: "db", port: 5432, scheme: "postgres" }]],
    ["a URL without a port", "redis://cache", [{ name: "cache", scheme: "redis" }]],
    ["a URL with a driver suffix", "postgresql+asyncpg://u@db/app", [{ name: "db", scheme: "postgresql+asyncpg" }]],
    ["several hosts in one authority", "mongodb://db:27017,primary-db:27018/?replicaSet=rs0", [{ name: "db", port: 27017, scheme: "mongodb" }, { name: "primary-db", port: 27018, scheme: "mongodb" }]],
    ["host:port", "nc -z db 5432 && curl api:3000", [{ name: "api", port: 3000 }]],
    ["an nginx upstream server", "    server api:3000;", [{ name: "api", port: 3000 }]],
    ["an nginx server without port", "    server web;", [{ name: "web" }]],
    ["proxy_pass ending with ;", "proxy_pass http://web;", [{ name: "web", scheme: "http" }]],
    ["a dotted alias", "http://search.internal:9200", [{ name: "search.internal", port: 9200, scheme: "http" }]],
    ["case does not matter", "HTTP://API:3000", [{ name: "api", port: 3000, scheme: "http" }]],
  ])("finds %s", (_, text, expected) => {
    expect(found(text).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)))).toEqual(expected);
  });

  it.each<[string, string]>([
    ["a name inside a scheme", "mongodb://localhost:27017"],
    ["a name inside a path", "/var/lib/db"],
    ["a path with a colon", "/var/lib/db:5432"],
    ["a longer name", "mydb:5432 and db2:5432"],
    ["a subdomain of another host", "x.db:5432"],
    ["a name in a URL path", "http://localhost/api/db"],
    ["a name in the user part", "postgres://db:pw@localhost/app"],
    ["a plain word", "the db is down"],
    ["a time", "10:30"],
  ])("ignores %s", (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("host references in environment values", () => {
  it.each<[string, string, { name: string; port?: number }[]]>([
    ["DB_HOST", "db", [{ name: "db" }]],
    ["REDIS_HOSTS", "cache:6380", [{ name: "cache", port: 6380 }]],
    ["SMTP_SERVER", "web", [{ name: "web" }]],
    ["API_URL", "http://api:3000", [{ name: "api", port: 3000 }]],
  ])("%s=%s", (key, value, expected) => {
    expect(findEnvironmentReferences(key, value, isName).map((r) => (r.port === undefined ? { name: r.name } : { name: r.name, port: r.port }))).toEqual(expected);
  });

  it.each<[string, string]>([
    ["DB_NAME", "db"],
    ["POSTGRES_USER", "api"],
    ["DB_HOST", "db.example.com"],
    ["CACHE_DIR", "/var/cache"],
  ])("ignores %s=%s", (key, value) => {
    expect(findEnvironmentReferences(key, value, isName)).toEqual([]);
  });
});

describe("host references in commands", () => {
  it("takes a host flag's argument, with the port flag beside it", () => {
    const references = findArgumentReferences(["pg_isready", "-h", "db", "-p", "5433"], isName);
    expect(references.map((r) => ({ name: r.name, port: r.port }))).toEqual([{ name: "db", port: 5433 }]);
  });

  it("reads shell strings word by word", () => {
    const references = findArgumentReferences(["/bin/sh", "-c", "redis-cli --host=cache ping"], isName);
    expect(references.map((r) => r.name)).toEqual(["cache"]);
  });

  it("ignores a name that is only a subcommand", () => {
    expect(findArgumentReferences(["celery", "-A", "app", "web"], isName)).toEqual([]);
  });
});

describe("one text asked with different name sets", () => {
  // The text's host tokens are found once and kept (src/connect/host-tokens.ts): each caller's own names decide.
  it("answers each caller with its own names, and fresh references each time", () => {
    const text = "curl http://api:3000/health && nc db:5432 server cache:6379;";
    expect(findReferences(text, (name) => name === "api").map((r) => r.name)).toEqual(["api"]);
    expect(findReferences(text, (name) => name === "db" || name === "cache").map((r) => ({ name: r.name, port: r.port }))).toEqual([{ name: "db", port: 5432 }, { name: "cache", port: 6379 }]);
    const first = findReferences(text, isName);
    first[0]!.name = "changed";
    expect(findReferences(text, isName).map((r) => r.name)).toEqual(["api", "db", "cache"]);
  });
});
