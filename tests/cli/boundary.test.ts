import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { kubepose, project } from "./run.js";

/*
 * The project boundary as a user meets it: real links, a named pipe and a link loop in temporary folders,
 * bin/kubepose run on them. Each run must end (no hang), exit 1 with a positioned error and no stack
 * trace when it refuses, write nothing, and never print what lies outside the project.
 */

const web = (...rest: string[]) => ["services:", "  web:", "    image: nginx:1.27", ...rest, ""].join("\n");
const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);

/** A project folder `app/` beside a folder `shared/` that is not part of it. */
function workspace(files: Record<string, string>): { root: string; app: string } {
  const root = project({ "shared/x.env": "FROM_SHARED=1\n", "shared/compose.yaml": web().replace("web:", "api:") });
  const app = join(root, "app");
  mkdirSync(app);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(app, path, ".."), { recursive: true });
    writeFileSync(join(app, path), content);
  }
  return { root, app };
}

describe("nothing outside the project is read without --allow-outside", () => {
  it("a bound ./env that links to /proc/self/environ: exit 1, the environment is not printed, nothing is written", () => {
    const { app } = workspace({ "compose.yaml": web('    volumes: ["./env:/etc/e"]') });
    symlinkSync("/proc/self/environ", join(app, "env"));
    const run = kubepose(["convert", "-o", "out.yaml"], app, { LEAK_CANARY: "canary-7f3a" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("compose.yaml:4:15: error[outside-project]: service 'web': ./env (a symbolic link to /proc/");
    expect(run.stdout + run.stderr).not.toContain("canary-7f3a");
    expect(existsSync(join(app, "out.yaml"))).toBe(false);
    noStackTrace(run.stderr);
  });

  it("a link inside a bound folder to a file outside: exit 1", () => {
    const { root, app } = workspace({ "compose.yaml": web('    volumes: ["./conf:/etc/conf:ro"]'), "conf/app.conf": "listen 80;\n" });
    writeFileSync(join(root, "secret.txt"), "canary-91bc\n");
    symlinkSync(join(root, "secret.txt"), join(app, "conf", "extra.conf"));
    const run = kubepose(["convert"], app);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("error[outside-project]: service 'web': ./conf/extra.conf");
    expect(run.stdout + run.stderr).not.toContain("canary-91bc");
  });

  it("env_file: ../shared/x.env is an error naming the file, the key and the flag; --allow-outside lets it in", () => {
    const { app } = workspace({ "compose.yaml": web("    env_file: ../shared/x.env") });
    const refused = kubepose(["convert"], app);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/compose\.yaml:4:5: error\[outside-project\]: service 'web': \.\.\/shared\/x\.env, named by env_file, .*--allow-outside \/.*\/shared\./);
    const allowed = kubepose(["convert", "--allow-outside", "../shared"], app);
    expect(allowed.status).toBe(0);
    expect(allowed.stdout).toContain("FROM_SHARED");
  });

  it("include: [../shared/compose.yaml] is refused the same way", () => {
    const { app } = workspace({ "compose.yaml": ["include:", "  - ../shared/compose.yaml", web()].join("\n") });
    const run = kubepose(["validate"], app);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("compose.yaml:2:5: error[outside-project]: ../shared/compose.yaml, named by include");
  });

  it("files named with -f and --env-file are the user's choice: read wherever they are", () => {
    const { root, app } = workspace({ "compose.yaml": web("    environment:", "      - FROM_SHARED") });
    const run = kubepose(["convert", "-f", join(app, "compose.yaml"), "--env-file", "shared/x.env"], root);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("FROM_SHARED: \"1\"");
  });

  it("COMPOSE_FILE may come from the project's own .env, so its files stay inside unless allowed", () => {
    const { app } = workspace({ ".env": "COMPOSE_FILE=../shared/compose.yaml\n" });
    const refused = kubepose(["validate"], app);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("error[outside-project]: ../shared/compose.yaml, named by COMPOSE_FILE");
    expect(kubepose(["validate", "--allow-outside", "../shared"], app).status).toBe(0);
  });
});

describe("only regular files, within bounds", () => {
  it("a named pipe as .env: exit 1 at once instead of waiting forever", () => {
    const { app } = workspace({ "compose.yaml": web() });
    const made = spawnSync("mkfifo", [join(app, ".env")]);
    if (made.status !== 0) return; // no mkfifo on this system: nothing to test
    // Without the fix the run blocks on the pipe; the timeout turns that into a failure, not a stuck suite.
    const run = spawnSync(process.execPath, [join(__dirname, "..", "..", "bin", "kubepose"), "convert"], { cwd: app, encoding: "utf8", timeout: 60_000, env: { PATH: process.env["PATH"] ?? "", NO_COLOR: "1" } });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(".env:1:1: error[not-a-regular-file]: .env, named by the default .env, is not a regular file");
  });

  it("a link loop in a bound folder ends with a warning, and the folder is not copied", () => {
    const { app } = workspace({ "compose.yaml": web('    volumes: ["./conf:/etc/conf:ro"]'), "conf/app.conf": "listen 80;\n" });
    symlinkSync(".", join(app, "conf", "self"));
    const run = kubepose(["convert"], app);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("warning[bind-walk-limit]: service 'web': the bind-mounted folder ./conf is not read: self is a symbolic link back to a folder above it, a loop");
  });

  it("a bound image goes to binaryData, and its bytes survive", () => {
    const { app } = workspace({ "compose.yaml": web('    volumes: ["./static:/usr/share/nginx/html:ro"]'), "static/index.html": "<h1>hi</h1>\n" });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]);
    writeFileSync(join(app, "static", "logo.png"), png);
    const run = kubepose(["convert"], app);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`binaryData:\n  logo.png: ${png.toString("base64")}`);
  });
});

describe("odd input is an error with its place, never an internal error", () => {
  it.each<[string, Record<string, string | Buffer>, string[], string]>([
    ["an empty compose.yaml", { "compose.yaml": "" }, ["convert"], 'compose.yaml:1:1: error[empty-compose-file]: this Compose file is empty, as docker compose says ("empty compose file")'],
    ["-f . (a directory)", { "compose.yaml": web() }, ["convert", "-f", "."], "error[is-a-directory]: ., named by -f, is a directory. Expected a file, for example compose.yaml."],
    ["a Latin-1 byte in compose.yaml", { "compose.yaml": Buffer.concat([Buffer.from(web("    labels:", "      team: caf").trimEnd()), Buffer.from([0xe9, 0x0a])]) }, ["convert"], "compose.yaml:5:16: error[invalid-utf8]: the byte 0xE9 here is not UTF-8"],
  ])("%s", (_label, files, args, message) => {
    const app = project({});
    for (const [path, content] of Object.entries(files)) writeFileSync(join(app, path), content);
    const run = kubepose(args, app);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(message);
    noStackTrace(run.stderr);
  });

  it("an .env that doubles a variable 23 times and never uses it converts (it was exit 70, Invalid string length)", () => {
    const names = Array.from({ length: 24 }, (_, i) => String.fromCharCode(65 + i));
    const doubling = [`A=${"x".repeat(64)}`, ...names.slice(1).map((name, i) => `${name}=\${${names[i]}}\${${names[i]}}`)].join("\n");
    const app = project({ "compose.yaml": web(), ".env": `${doubling}\n` });
    expect(kubepose(["convert"], app).status).toBe(0);
    writeFileSync(join(app, "compose.yaml"), web("    environment:", "      BIG: ${X}"));
    const used = kubepose(["convert"], app);
    expect(used.status).toBe(1);
    expect(used.stderr).toContain(".env:24:3: error[variable-too-long]: X, defined here, expands to more than 1048576 characters");
  });
});
