import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { binary, kubepose, project } from "./run.js";

const compose = "services:\n  web:\n    image: nginx:1.27\n    ports: [\"8080:80\"]\n";
const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe("outputs of one run", () => {
  it("refuses -o and --report on one path, and writes nothing", () => {
    const dir = project({ "compose.yaml": compose });
    const run = kubepose(["convert", "-o", "x.json", "--report", "./x.json"], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("error[output-same-path]");
    expect(readdirSync(dir)).toEqual(["compose.yaml"]);
  });

  it("names the report's path when the report cannot be written, and writes no manifest", () => {
    const dir = project({ "compose.yaml": compose, "taken": "a file, not a folder\n" });
    const run = kubepose(["convert", "-o", "k8s/", "--report", "taken/migration.md"], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/error\[output-write\]: cannot write taken\/migration\.md/);
    expect(existsSync(join(dir, "k8s"))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(["compose.yaml", "taken"]);
  });

  it("writes no report when the project is invalid", () => {
    const dir = project({ "compose.yaml": "services:\n  web:\n    image: nginx\n    ports: [\"http\"]\n" });
    const run = kubepose(["convert", "-o", "k8s.yaml", "--report", "migration.md"], dir);
    expect(run.status).toBe(1);
    expect(readdirSync(dir)).toEqual(["compose.yaml"]);
  });
});

describe("standard output that fails", () => {
  it.runIf(existsSync("/dev/full"))("a full disk is one clean error and exit 1", () => {
    const dir = project({ "compose.yaml": compose });
    const result = spawnSync("sh", ["-c", `"${process.execPath}" "${binary}" convert > /dev/full`], { cwd: dir, encoding: "utf8", env: { PATH: process.env["PATH"] ?? "", NO_COLOR: "1" } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("kubepose: cannot write to standard output: no space left on the device");
    noStackTrace(result.stderr);
  });

  it("a reader that goes away (| head) ends kubepose quietly, like a Unix tool", () => {
    const services = Array.from({ length: 150 }, (_, i) => `  s${i}:\n    image: nginx:1.27\n    ports: ["${8000 + i}:80"]\n    mem_limit: 64m\n    cpus: 0.5\n`).join("");
    const dir = project({ "compose.yaml": `services:\n${services}` });
    writeFileSync(join(dir, "run.sh"), `"${process.execPath}" "${binary}" convert 2>err.txt | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}" > status.txt\n`);
    spawnSync("bash", ["run.sh"], { cwd: dir, encoding: "utf8", env: { PATH: process.env["PATH"] ?? "", NO_COLOR: "1" } });
    const status = spawnSync("cat", ["status.txt", "err.txt"], { cwd: dir, encoding: "utf8" }).stdout;
    expect(status).toBe("141\n");
  });
});
