import { describe, expect, it } from "vitest";
import { mergeFiles, mergeService } from "../../src/load/merge.js";
import { parseYaml } from "../../src/load/parse.js";

/** Merges YAML texts of one service `s` (given as its body) and returns the merged service. */
function mergeBodies(...bodies: string[]): unknown {
  const documents = bodies.map((body, index) => {
    const text = `services:\n  s:\n${body.replace(/^/gm, "    ")}\n`;
    const parsed = parseYaml(text, `/p/${index}.yaml`);
    expect(parsed.diagnostics).toEqual([]);
    return { file: parsed.file, value: parsed.value };
  });
  const merged = mergeFiles(documents);
  expect(merged.diagnostics).toEqual([]);
  return (merged.document.services as Record<string, unknown>).s;
}

describe("merge rules of the Compose Specification", () => {
  it.each([
    ["mappings merge recursively", "image: a\nlabels: {x: '1'}", "labels: {y: '2'}\nuser: root", { image: "a", labels: { x: "1", y: "2" }, user: "root" }],
    ["scalars are replaced", "image: a\nrestart: always", "image: b", { image: "b", restart: "always" }],
    ["a null in the override keeps the earlier value", "image: a", "image:", { image: "a" }],
    ["sequences without a rule are appended", "devices: ['/dev/a']", "devices: ['/dev/b']", { devices: ["/dev/a", "/dev/b"] }],
    ["dns appended, the same server once", "dns: [1.1.1.1, 8.8.8.8]", "dns: [8.8.8.8, 9.9.9.9]", { dns: ["1.1.1.1", "8.8.8.8", "9.9.9.9"] }],
    ["dns as a single string", "dns: 1.1.1.1", "dns: 8.8.8.8", { dns: ["1.1.1.1", "8.8.8.8"] }],
    ["cap_add once each", "cap_add: [NET_ADMIN]", "cap_add: [NET_ADMIN, SYS_TIME]", { cap_add: ["NET_ADMIN", "SYS_TIME"] }],
    ["command replaced", "command: [echo, foo]", "command: [echo, bar]", { command: ["echo", "bar"] }],
    ["entrypoint replaced", "entrypoint: [a, b]", "entrypoint: c", { entrypoint: "c" }],
    ["healthcheck.test replaced, other keys merged", "healthcheck: {test: [CMD, a], interval: 5s}", "healthcheck: {test: [CMD, b]}", { healthcheck: { test: ["CMD", "b"], interval: "5s" } }],
    ["ports appended", "ports: ['8080:80']", "ports: ['8443:443']", { ports: ["8080:80", "8443:443"] }],
    ["the same port once", "ports: ['8080:80', '9000:9000']", "ports: ['8080:80']", { ports: ["8080:80", "9000:9000"] }],
    ["long ports by address", "ports: [{target: 80, published: '8080'}]", "ports: [{target: 80, published: '8080', host_ip: 0.0.0.0, protocol: tcp, mode: host}]", { ports: [{ target: 80, published: "8080", host_ip: "0.0.0.0", protocol: "tcp", mode: "host" }] }],
    ["expose once each", "expose: ['80', 81]", "expose: [81, '82']", { expose: ["80", 81, "82"] }],
    ["volumes by target (spec example)", "volumes: ['foo:/work']", "volumes: ['bar:/work']", { volumes: ["bar:/work"] }],
    ["volumes by target across syntaxes", "volumes: ['data:/db', '/cache']", "volumes: [{type: bind, source: ./db, target: /db}]", { volumes: [{ type: "bind", source: "./db", target: "/db" }, "/cache"] }],
    ["devices by container path", "devices: ['/dev/sda:/dev/xvda:rwm']", "devices: ['/dev/sdb:/dev/xvda']", { devices: ["/dev/sdb:/dev/xvda"] }],
    ["secrets by target", "secrets: [db, api]", "secrets: [{source: other, target: /run/secrets/db}]", { secrets: [{ source: "other", target: "/run/secrets/db" }, "api"] }],
    ["configs by target", "configs: [{source: a, target: /etc/a.conf}]", "configs: [{source: b, target: /etc/a.conf}, c]", { configs: [{ source: "b", target: "/etc/a.conf" }, "c"] }],
    ["env_file by path", "env_file: [a.env, b.env]", "env_file: [{path: a.env, required: false}]", { env_file: [{ path: "a.env", required: false }, "b.env"] }],
    ["environment maps by key", "environment: {A: '1', B: '2'}", "environment: {B: '3'}", { environment: { A: "1", B: "3" } }],
    ["environment lists by key", "environment: [A=1, B=2]", "environment: [B=3, C]", { environment: ["A=1", "B=3", "C"] }],
    ["environment list then map", "environment: [A=1, B=2, C]", "environment: {B: '3'}", { environment: { A: "1", B: "3", C: null } }],
    ["environment map then list", "environment: {A: '1'}", "environment: [A=2, B=]", { environment: { A: "2", B: "" } }],
    ["labels across syntaxes", "labels: [com.x=1]", "labels: {com.y: '2'}", { labels: { "com.x": "1", "com.y": "2" } }],
    ["build.args across syntaxes", "build: {context: ., args: [A=1]}", "build: {args: {B: '2'}}", { build: { context: ".", args: { A: "1", B: "2" } } }],
    ["build as a string then a mapping", "build: ./app", "build: {dockerfile: Dockerfile.prod}", { build: { context: "./app", dockerfile: "Dockerfile.prod" } }],
    ["sysctls across syntaxes", "sysctls: {net.core.somaxconn: 1024}", "sysctls: [net.core.somaxconn=2048]", { sysctls: { "net.core.somaxconn": "2048" } }],
    ["extra_hosts mappings by host", "extra_hosts: {a: 1.1.1.1}", "extra_hosts: {a: 2.2.2.2, b: 3.3.3.3}", { extra_hosts: { a: "2.2.2.2", b: "3.3.3.3" } }],
    ["extra_hosts lists, the same entry once", "extra_hosts: ['a:1.1.1.1']", "extra_hosts: ['a:1.1.1.1', 'b=2.2.2.2']", { extra_hosts: ["a:1.1.1.1", "b=2.2.2.2"] }],
    ["depends_on list then mapping", "depends_on: [db, cache]", "depends_on: {db: {condition: service_healthy}}", { depends_on: { db: { condition: "service_healthy", required: true }, cache: { condition: "service_started", required: true } } }],
    ["depends_on lists", "depends_on: [db]", "depends_on: [db, cache]", { depends_on: ["db", "cache"] }],
    ["networks list then mapping", "networks: [front]", "networks: {front: {aliases: [web]}, back: null}", { networks: { front: { aliases: ["web"] }, back: null } }],
    ["network aliases once each", "networks: {front: {aliases: [a, b]}}", "networks: {front: {aliases: [b, c]}}", { networks: { front: { aliases: ["a", "b", "c"] } } }],
    ["ulimits by name, a number replaces", "ulimits: {nofile: {soft: 1, hard: 2}, nproc: 10}", "ulimits: {nofile: {hard: 3}, nproc: {soft: 1, hard: 2}}", { ulimits: { nofile: { soft: 1, hard: 3 }, nproc: { soft: 1, hard: 2 } } }],
    ["logging options merge for the same driver", "logging: {driver: json-file, options: {max-size: 1m}}", "logging: {options: {max-file: '3'}}", { logging: { driver: "json-file", options: { "max-size": "1m", "max-file": "3" } } }],
    ["logging replaced for another driver", "logging: {driver: json-file, options: {max-size: 1m}}", "logging: {driver: syslog}", { logging: { driver: "syslog" } }],
    ["!reset removes (spec example)", "image: myapp\nports: ['8080:80']\nenvironment: {FOO: BAR}", "image: myapp\nports: !reset []\nenvironment:\n  FOO: !reset null", { image: "myapp", environment: {} }],
    ["!reset of a key the base lacks", "image: a", "user: !reset null", { image: "a" }],
    ["!override replaces (spec example)", "image: myapp\nports: ['8080:80']", "ports: !override\n  - '8443:443'", { image: "myapp", ports: ["8443:443"] }],
    ["!override of a mapping", "environment: {A: '1'}\nimage: a", "environment: !override {B: '2'}", { environment: { B: "2" }, image: "a" }],
    ["!override in the first file is its value", "ports: !override ['80:80']", "image: a", { ports: ["80:80"], image: "a" }],
    ["!reset in the first file removes the key", "ports: !reset ['80:80']\nimage: a", "user: root", { image: "a", user: "root" }],
  ])("%s", (_label, base, override, expected) => {
    expect(mergeBodies(base, override)).toEqual(expected);
  });

  it("merges three files in order", () => {
    expect(mergeBodies("ports: ['80:80']\nimage: a", "ports: ['81:81']\nimage: b", "ports: !override ['82:82']")).toEqual({ ports: ["82:82"], image: "b" });
  });

  it("merges top-level sections and keeps definitions of each file", () => {
    const documents = ["volumes: {a: {}}\nnetworks: {n: {labels: [x=1]}}", "volumes: {b: {}}\nnetworks: {n: {labels: {y: '2'}}}"].map((text, index) => {
      const parsed = parseYaml(text, `/p/${index}.yaml`);
      return { file: parsed.file, value: parsed.value };
    });
    expect(mergeFiles(documents).document).toEqual({ volumes: { a: {}, b: {} }, networks: { n: { labels: { x: "1", y: "2" } } } });
  });

  it.each([
    ["a mapping over a sequence", "labels: [a=1]\nports: ['80']", "ports: {a: 1}", ["services", "s", "ports"]],
    ["a sequence over a scalar", "image: a", "image: [b]", ["services", "s", "image"]],
  ])("reports %s", (_label, base, override, path) => {
    const documents = [base, override].map((body, index) => {
      const parsed = parseYaml(`services:\n  s:\n${body.replace(/^/gm, "    ")}\n`, `/p/${index}.yaml`);
      return { file: parsed.file, value: parsed.value };
    });
    expect(mergeFiles(documents).diagnostics.map((d) => [d.code, d.path])).toEqual([["merge-type-mismatch", path]]);
  });

  it("mergeService applies the same rules, and leaves its inputs alone", () => {
    const base = { image: "a", ports: ["80:80"], environment: ["A=1"] };
    const override = { ports: ["81:81"], environment: { B: "2" }, command: "run" };
    expect(mergeService(base, override)).toEqual({ image: "a", ports: ["80:80", "81:81"], environment: { A: "1", B: "2" }, command: "run" });
    expect(base).toEqual({ image: "a", ports: ["80:80"], environment: ["A=1"] });
  });
});
