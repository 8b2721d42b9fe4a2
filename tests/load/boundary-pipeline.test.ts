import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline.js";
import type { MemoryExtras } from "../../src/memory-context.js";
import { memoryContext } from "../helpers/memory-context.js";

type Files = Record<string, string | Uint8Array>;
const lines = (...text: string[]) => `${text.join("\n")}\n`;
const web = (...rest: string[]) => lines("services:", "  web:", "    image: nginx:1.27", ...rest);
const outside = { "/home/me/.aws/credentials": "aws_secret_access_key=abc\n", "/shared/base.yaml": lines("services:", "  base:", "    image: nginx"), "/shared/x.env": "A=1\n", "/shared/compose.yaml": lines("services:", "  api:", "    image: api") };

function run(files: Files, extras: MemoryExtras = {}, allowOutside: string[] = []) {
  const result = runPipeline({ files: [], envFiles: [], allowOutside }, memoryContext({ ...outside, ...files }, {}, "/project", extras));
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  return { result, errors, codes: errors.map((d) => d.code), at: errors.map((d) => d.location && `${d.location.file.replace("/project/", "")}:${d.location.line}:${d.location.column}`) };
}

describe("nothing outside the project folder is read without --allow-outside", () => {
  it.each<[string, Files, MemoryExtras, string]>([
    ["env_file: ../x.env", { "compose.yaml": web("    env_file: ../shared/x.env") }, {}, "compose.yaml:4:5"],
    ["env_file: an absolute path", { "compose.yaml": web("    env_file: [/home/me/.aws/credentials]") }, {}, "compose.yaml:4:16"],
    ["include: ../x/compose.yaml", { "compose.yaml": lines("include:", "  - ../shared/compose.yaml", "services:", "  web:", "    image: nginx") }, {}, "compose.yaml:2:5"],
    ["include env_file outside", { "compose.yaml": lines("include:", "  - path: sub/compose.yaml", "    env_file: ../shared/x.env", "services: {}"), "sub/compose.yaml": lines("services:", "  api:", "    image: api") }, {}, "compose.yaml:3:5"],
    ["extends: { file: ../base.yaml }", { "compose.yaml": web("    extends: { file: ../shared/base.yaml, service: base }") }, {}, "compose.yaml:4:16"],
    ["a .env that is a link out", { "compose.yaml": web() }, { links: { ".env": "/home/me/.aws/credentials" } }, ".env:1:1"],
    ["a compose.override.yaml that is a link out", { "compose.yaml": web() }, { links: { "compose.override.yaml": "/shared/base.yaml" } }, "compose.override.yaml:1:1"],
    ["a secret file that is a link out", { "compose.yaml": lines("services:", "  web:", "    image: nginx", "secrets:", "  aws:", "    file: ./aws") }, { links: { aws: "/home/me/.aws/credentials" } }, "compose.yaml:6:5"],
    ["a bound file that is a link to /proc/self/environ", { "compose.yaml": web('    volumes: ["./env:/etc/e"]') }, { links: { env: "/proc/self/environ" }, special: ["/proc/self/environ"] }, "compose.yaml:4:15"],
    ["a link out inside a bound folder", { "compose.yaml": web('    volumes: ["./conf:/etc/conf"]'), "conf/app.conf": "x" }, { links: { "conf/stolen": "/home/me/.aws/credentials" } }, "compose.yaml:4:15"],
  ])("%s is an error naming the file, the key and the flag; nothing is converted", (_label, files, extras, place) => {
    const { result, codes, at, errors } = run(files, extras);
    expect(codes).toEqual(["outside-project"]);
    expect(String(at[0])).toBe(place);
    expect(errors[0]?.message).toMatch(/--allow-outside \//);
    expect(result.manifests).toBeUndefined();
  });

  it("--allow-outside lets a trusted folder in: the env_file, the include and the extends are read", () => {
    const compose = lines("include:", "  - ../shared/compose.yaml", "services:", "  web:", "    image: nginx", "    env_file: ../shared/x.env", "    extends: { file: ../shared/base.yaml, service: base }");
    const { codes, result } = run({ "compose.yaml": compose }, {}, ["../shared"]);
    expect(codes).toEqual([]);
    expect(result.project?.services.map((s) => s.name)).toEqual(["web", "api"]);
    expect(result.project?.services[0]?.environment).toEqual({ A: "1" });
  });
});

describe("only regular files are read, and bound folders are walked within bounds", () => {
  it("a named pipe as .env is an error, not a hang", () => {
    expect(run({ "compose.yaml": web() }, { special: ["/project/.env"] }).codes).toEqual(["not-a-regular-file"]);
  });

  it("a link loop in a bound folder ends the walk with a warning", () => {
    const { result } = run({ "compose.yaml": web('    volumes: ["./conf:/etc/conf"]'), "conf/app.conf": "x" }, { links: { "conf/self": "." } });
    const warning = result.diagnostics.find((d) => d.code === "bind-walk-limit");
    expect(warning?.message).toContain("self is a symbolic link back to a folder above it");
  });

  it("a folder deeper than the limit is not read", () => {
    const deep = `conf/${Array.from({ length: 18 }, (_, i) => `d${i}`).join("/")}/x.conf`;
    const { result } = run({ "compose.yaml": web('    volumes: ["./conf:/etc/conf"]'), [deep]: "x" });
    expect(result.diagnostics.find((d) => d.code === "bind-walk-limit")?.message).toContain("more than 16 folders deep");
  });

  it("a bound file that is not UTF-8 goes to binaryData, byte for byte", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff]);
    const { result, codes } = run({ "compose.yaml": web('    volumes: ["./static:/usr/share/nginx/html:ro"]'), "static/logo.png": png, "static/index.html": "<h1>hi</h1>" });
    expect(codes).toEqual([]);
    const configMap = result.manifests?.find((m) => m.object.kind === "ConfigMap")?.object as { data?: Record<string, string>; binaryData?: Record<string, string> };
    expect(configMap.data).toEqual({ "index.html": "<h1>hi</h1>" });
    expect(configMap.binaryData).toEqual({ "logo.png": Buffer.from(png).toString("base64") });
  });

  it("a secret or config file that is not UTF-8 (a keystore) is kept byte for byte: a Secret's data, a ConfigMap's binaryData", () => {
    const keystore = new Uint8Array([0x30, 0x82, 0x0a, 0xfe, 0x02, 0x01, 0x03]);
    const compose = lines("services:", "  web:", "    image: nginx", "    secrets: [keystore]", "    configs: [truststore]", "secrets:", "  keystore:", "    file: ./keystore.p12", "configs:", "  truststore:", "    file: ./trust.der");
    const { result, codes } = run({ "compose.yaml": compose, "keystore.p12": keystore, "trust.der": keystore });
    expect(codes).toEqual([]);
    const objects = result.manifests?.map((m) => m.object as { kind: string; data?: unknown; stringData?: unknown; binaryData?: unknown }) ?? [];
    const encoded = Buffer.from(keystore).toString("base64");
    expect(objects.find((o) => o.kind === "Secret")).toMatchObject({ data: { "keystore": encoded } });
    expect(objects.find((o) => o.kind === "Secret")?.stringData).toBeUndefined();
    expect(objects.find((o) => o.kind === "ConfigMap")).toMatchObject({ binaryData: { "truststore": encoded } });
  });
});

describe("odd input", () => {
  it.each<[string, Files, string, string]>([
    ["a Compose file that is not UTF-8", { "compose.yaml": new Uint8Array([...Buffer.from("services:\n  web:\n    image: ng"), 0xff, ...Buffer.from("inx\n")]) }, "invalid-utf8", "compose.yaml:3:14"],
    ["an .env file that is not UTF-8", { "compose.yaml": web(), ".env": new Uint8Array([...Buffer.from("A=1\nB=caf"), 0xe9, 0x0a]) }, "invalid-utf8", ".env:2:6"],
    ["an empty Compose file", { "compose.yaml": "" }, "empty-compose-file", "compose.yaml:1:1"],
    ["a Compose file of comments only", { "compose.yaml": "# nothing yet\n" }, "empty-compose-file", "compose.yaml:1:1"],
  ])("%s is an error with its position", (_label, files, code, place) => {
    const { codes, at } = run(files);
    expect(codes).toEqual([code]);
    expect(at).toEqual([place]);
  });

  const doubling = ["A=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", ...Array.from({ length: 23 }, (_, i) => `${String.fromCharCode(66 + i)}=\${${String.fromCharCode(65 + i)}}\${${String.fromCharCode(65 + i)}}`)].join("\n");

  it("an .env that doubles a variable 23 times and never uses it converts", () => {
    const { codes, result } = run({ "compose.yaml": web(), ".env": doubling });
    expect(codes).toEqual([]);
    expect(result.manifests?.length).toBeGreaterThan(0);
  });

  it("using the doubled variable is an error at the line that defined it", () => {
    const { codes, at, errors } = run({ "compose.yaml": web("    environment:", "      BIG: ${X}"), ".env": doubling });
    expect(codes).toEqual(["variable-too-long"]);
    expect(at).toEqual([".env:24:3"]);
    expect(errors[0]?.message).toContain("X, defined here, expands to more than 1048576 characters");
  });

  it("__proto__ is an ordinary key: unknown where Compose has no such key, kept where any name goes", () => {
    const unknown = run({ "compose.yaml": lines("__proto__: 1", "services:", "  web:", "    image: nginx", "    __proto__: x") });
    expect(unknown.codes).toEqual(["unknown-key", "unknown-key"]);
    expect(unknown.at).toEqual(["compose.yaml:1:1", "compose.yaml:5:5"]);
    const kept = run({ "compose.yaml": web("    environment:", "      __proto__: from-compose", "      B: ${__proto__}"), ".env": "__proto__=from-env\n" });
    expect(kept.codes).toEqual([]);
    const configMap = kept.result.manifests?.find((m) => m.object.kind === "ConfigMap")?.object as { data?: Record<string, string> };
    expect(Object.entries(configMap.data ?? {})).toEqual([["__proto__", "from-compose"], ["B", "from-env"]]);
  });

  it("__proto__ survives a << merge and an override file", () => {
    const base = lines("x-common: &common", "  __proto__: merged", "services:", "  web:", "    image: nginx", "    environment:", "      <<: *common");
    const { codes, result } = run({ "compose.yaml": base, "compose.override.yaml": lines("services:", "  web:", "    environment:", "      OTHER: 1") });
    expect(codes).toEqual([]);
    expect(result.project?.services[0]?.environment).toEqual(Object.fromEntries([["__proto__", "merged"], ["OTHER", "1"]]));
  });
});

describe("a variable too long to build", () => {
  const doubling = (name: string) => [`${name}0=${"x".repeat(1024)}`, ...Array.from({ length: 11 }, (_, i) => `${name}${i + 1}=\${${name}${i}}\${${name}${i}}`)].join("\n");

  it("replaces the value an earlier --env-file gave it, and the shell's own value still wins", () => {
    const files = { "compose.yaml": web("    environment:", "      SIZE: ${V11}"), "a.env": "V11=short\n", "b.env": doubling("V") };
    const used = runPipeline({ files: [], envFiles: ["a.env", "b.env"] }, memoryContext(files));
    expect(used.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.code} ${d.location?.file}:${d.location?.line}`)).toEqual(["variable-too-long /project/b.env:12"]);
    const shell = runPipeline({ files: [], envFiles: ["a.env", "b.env"] }, memoryContext(files, { V11: "from-shell" }));
    expect(shell.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(shell.project?.services[0]?.environment).toEqual({ SIZE: "from-shell" });
  });

  it.each([
    ["environment: [V11], taken from the project's variables", web("    environment:", "      - V11")],
    ["build.args: [V11]", lines("services:", "  web:", "    build:", "      context: .", "      args: [V11]")],
  ])("used by name in %s is an error at its definition, not a silent omission", (_label, compose) => {
    const { codes, at } = run({ "compose.yaml": compose, ".env": doubling("V") });
    expect(codes).toEqual(["variable-too-long"]);
    expect(at).toEqual([".env:12:5"]);
  });

  it("in a service's env_file is an error, since every variable of it goes into the container", () => {
    const { codes, at } = run({ "compose.yaml": web("    env_file: big.env"), "big.env": doubling("W") });
    expect(codes).toEqual(["variable-too-long"]);
    expect(at).toEqual(["big.env:12:5"]);
  });
});
