import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const here = mkdtempSync(join(tmpdir(), "kubepose-not-built-"));
afterAll(() => rmSync(here, { recursive: true, force: true }));

describe("bin/kubepose before npm ci", () => {
  it("says to run npm ci, without a stack trace, and exits 1", () => {
    mkdirSync(join(here, "bin"));
    copyFileSync(new URL("../../bin/kubepose", import.meta.url), join(here, "bin", "kubepose"));
    const result = spawnSync(process.execPath, [join(here, "bin", "kubepose"), "convert"], { encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("run `npm ci` first");
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe("");
  });
});
