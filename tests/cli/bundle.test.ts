import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { cliV8Flags } from "../../scripts/cli-v8-flags.mjs";
import { describe, expect, it } from "vitest";
import { binary, kubepose } from "./run.js";
import { repositoryRoot } from "../helpers/repository-boundary.js";

/*
 * What keeps bin/kubepose's start fast, checked so that a change cannot lose it silently: the bundle is
 * ASCII (bin/kubepose reads it as latin1), its code cache is accepted by this Node.js (V8 drops a cache
 * made with other flags without a word, and every start compiles again; a run under other flags leaves
 * its own), and commander's child_process is not loaded.
 */
const bundle = join(repositoryRoot, "dist", "cli", "kubepose.cjs");
const votingApp = join(repositoryRoot, "examples", "voting-app");

describe("the bundle bin/kubepose runs", () => {
  it("is pure ASCII", () => {
    const bytes = readFileSync(bundle);
    expect(bytes.findIndex((byte) => byte > 0x7f)).toBe(-1);
  });

  it("comes with a code cache that this Node.js accepts, under the V8 flags bin/kubepose sets", () => {
    const flags = cliV8Flags();
    expect(flags.length).toBeGreaterThan(0);
    for (const flag of flags) expect(flag).toMatch(/^--/);
    const probe = `
      for (const flag of ${JSON.stringify(flags)}) require("node:v8").setFlagsFromString(flag);
      const { readFileSync } = require("node:fs");
      const Module = require("node:module");
      const { Script } = require("node:vm");
      const script = new Script(Module.wrap(readFileSync(${JSON.stringify(bundle)}, "latin1")), { filename: ${JSON.stringify(bundle)}, cachedData: readFileSync(${JSON.stringify(`${bundle}.cache`)}) });
      process.stdout.write(String(script.cachedDataRejected));`;
    const result = spawnSync(process.execPath, ["-e", probe], { encoding: "utf8" });
    expect(result.stdout).toBe("false");
  });

  it("converts without loading node:child_process or node:crypto", () => {
    // A file, not node -e: -e itself loads node:crypto.
    const probe = join(mkdtempSync(join(tmpdir(), "kubepose-bundle-")), "probe.cjs");
    writeFileSync(probe, `
      process.on("exit", () => process.stderr.write("\\nMODULES " + process.moduleLoadList.filter((m) => /^NativeModule (child_process|crypto)$/.test(m)).join(",")));
      require(${JSON.stringify(binary)});`);
    const result = spawnSync(process.execPath, [probe, "convert", "-o", "-"], { cwd: votingApp, encoding: "utf8", env: { PATH: process.env["PATH"] ?? "", NO_COLOR: "1" } });
    rmSync(dirname(probe), { recursive: true, force: true });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(readFileSync(join(votingApp, "kubernetes.yaml"), "utf8"));
    expect(result.stderr.split("\nMODULES ")[1]).toBe("");
  });

  it("initialises neither zod nor kubernetes-models for a valid project whose objects pass the shape check", () => {
    // scripts/bundle.mjs turns their imports into a require() on first use. zod marks the global object
    // when it starts; kubernetes-models' ajv formats load node:punycode.
    const probe = join(mkdtempSync(join(tmpdir(), "kubepose-bundle-")), "probe.cjs");
    writeFileSync(probe, `
      process.on("exit", () => process.stderr.write("\\nLOADED " + [globalThis.__zod_globalConfig === undefined ? "" : "zod", process.moduleLoadList.includes("NativeModule punycode") ? "punycode" : ""].join("")));
      require(${JSON.stringify(binary)});`);
    const run = (args: string[], cwd: string) => spawnSync(process.execPath, [probe, ...args], { cwd, encoding: "utf8", env: { PATH: process.env["PATH"] ?? "", NO_COLOR: "1" } });
    const clean = run(["convert", "-o", "-"], votingApp);
    expect(clean.status).toBe(0);
    expect(clean.stdout).toBe(readFileSync(join(votingApp, "kubernetes.yaml"), "utf8"));
    expect(clean.stderr.split("\nLOADED ")[1]).toBe("");
    // A document the generated check refuses is still read with zod, which words its error.
    const invalid = mkdtempSync(join(tmpdir(), "kubepose-bundle-"));
    writeFileSync(join(invalid, "compose.yaml"), "services:\n  web:\n    image: nginx\n    ports: 80\n");
    const refused = run(["validate"], invalid);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/ports/);
    expect(refused.stderr.split("\nLOADED ")[1]).toBe("zod");
    rmSync(dirname(probe), { recursive: true, force: true });
    rmSync(invalid, { recursive: true, force: true });
  });

  it("leaves a code cache of its own for Node.js flags the build's cache was not made with, once", () => {
    // A copy: the run writes beside the bundle.
    const copy = mkdtempSync(join(tmpdir(), "kubepose-cache-"));
    cpSync(join(repositoryRoot, "bin"), join(copy, "bin"), { recursive: true });
    // Without the caches earlier runs under flags may have left in this checkout.
    cpSync(join(repositoryRoot, "dist", "cli"), join(copy, "dist", "cli"), { recursive: true, filter: (source) => !/\.[0-9a-f]{8}\.cache$/.test(source) });
    const run = () => spawnSync(process.execPath, ["--max-old-space-size=300", join(copy, "bin", "kubepose"), "convert", "-o", "-"], { cwd: votingApp, encoding: "utf8", env: { PATH: process.env["PATH"] ?? "" } });
    const caches = () => readdirSync(join(copy, "dist", "cli")).filter((file) => /^kubepose\.cjs\.[0-9a-f]{8}\.cache$/.test(file));
    const expected = readFileSync(join(votingApp, "kubernetes.yaml"), "utf8");
    expect(run().stdout).toBe(expected);
    const [own] = caches();
    expect(caches()).toHaveLength(1);
    const written = statSync(join(copy, "dist", "cli", own!)).mtimeMs;
    // The next run under the same flags takes it and writes nothing.
    expect(run().stdout).toBe(expected);
    expect(caches()).toEqual([own]);
    expect(statSync(join(copy, "dist", "cli", own!)).mtimeMs).toBe(written);
    expect(readdirSync(join(copy, "dist", "cli")).filter((file) => file.endsWith(".tmp"))).toEqual([]);
    rmSync(copy, { recursive: true, force: true });
  });

  it("writes the same manifests when KUBEPOSE_DEBUG loads it with its source map", () => {
    const plain = kubepose(["convert", "-o", "-"], votingApp);
    const debug = kubepose(["convert", "-o", "-"], votingApp, { KUBEPOSE_DEBUG: "1" });
    expect(debug.status).toBe(0);
    expect(debug.stdout).toBe(plain.stdout);
  });
});
