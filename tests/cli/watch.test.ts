import { spawn, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { binary, project } from "./run.js";

const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill("SIGKILL");
});

/** Starts `kubepose ARGS --watch` in `cwd`; `until` resolves once stdout or stderr holds the text (bounded, not timed). */
function start(args: string[], cwd: string) {
  const child = spawn(process.execPath, [binary, ...args, "--watch"], { cwd, env: { PATH: process.env["PATH"] ?? "", NO_COLOR: "1" } });
  running.push(child);
  let stdout = "";
  let stderr = "";
  const waiters: (() => void)[] = [];
  const wake = () => waiters.splice(0).forEach((resolve) => resolve());
  child.stdout.on("data", (chunk: Buffer) => ((stdout += chunk.toString()), wake()));
  child.stderr.on("data", (chunk: Buffer) => ((stderr += chunk.toString()), wake()));
  const until = async (seen: () => boolean, what: string) => {
    for (let attempt = 0; attempt < 400 && !seen(); attempt++) await new Promise<void>((resolve) => (waiters.push(resolve), setTimeout(resolve, 50)));
    if (!seen()) throw new Error(`never saw ${what}; stdout:\n${stdout}\nstderr:\n${stderr}`);
  };
  return { child, until, output: () => ({ stdout, stderr }) };
}

const COMPOSE = `services:
  api:
    image: example/api:1
    env_file: api.env
    volumes:
      - ./nginx.conf:/etc/nginx/nginx.conf:ro
`;

describe("--watch", () => {
  it("compare runs again when an env_file of the project changes, and again for a mounted file", async () => {
    const directory = project({ "compose.yaml": COMPOSE, "api.env": "GREETING=hello\n", "nginx.conf": "worker_processes 1;\n" });
    const run = start(["compare", "--width", "100"], directory);
    await run.until(() => run.output().stderr.includes("for changes"), "the first run");
    expect(run.output().stdout).toContain("GREETING: hello");

    writeFileSync(join(directory, "api.env"), "GREETING=bonjour\n");
    await run.until(() => run.output().stdout.includes("GREETING: bonjour"), "the run after the env file changed");
    expect(run.output().stderr).toContain("api.env changed, running again");

    writeFileSync(join(directory, "nginx.conf"), "worker_processes 4;\n");
    await run.until(() => run.output().stdout.includes("worker_processes 4;"), "the run after the mounted file changed");
  });

  it("convert -o DIR/ writes again after the Compose file changes, and keeps watching after an invalid edit", async () => {
    const directory = project({ "compose.yaml": COMPOSE, "api.env": "GREETING=hello\n", "nginx.conf": "worker_processes 1;\n" });
    const run = start(["convert", "-o", "k8s/"], directory);
    await run.until(() => run.output().stderr.includes("for changes"), "the first run");

    writeFileSync(join(directory, "compose.yaml"), COMPOSE.replace("image: example/api:1", "image: [broken"));
    await run.until(() => run.output().stderr.includes("error[yaml-syntax]"), "the error of the invalid edit");

    writeFileSync(join(directory, "compose.yaml"), COMPOSE.replace("example/api:1", "example/api:2"));
    await run.until(() => (run.output().stderr.match(/wrote \d+ objects/g) ?? []).length === 2, "the second write");

    run.child.kill("SIGINT");
    const code = await new Promise<number | null>((resolve) => run.child.on("exit", resolve));
    expect(code).toBe(0);
  });
});
