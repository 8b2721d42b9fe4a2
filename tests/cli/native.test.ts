import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { kubepose, project } from "./run.js";

const version = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

// A small project the way teams write it: an API built from source, its database, a migration task.
const SHOP = `x-env: &env
  DATABASE_URL: postgres://shop:shop@db:5432/shop
services:
  api:
    build: ./api
    environment: *env
    ports: ["8080:8080"]
    depends_on: [db]
  db:
    image: postgres:16
    volumes:
      - db-data:/var/lib/postgresql/data
volumes:
  db-data:
`;

describe("version", () => {
  it.each([["-v"], ["--version"]])("%s prints the version alone", (flag) => {
    const run = kubepose([flag], project({}));
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${version}\n`);
  });

  it("kubepose version names kubepose, the version and the Node.js it runs on", () => {
    const run = kubepose(["version"], project({}));
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`kubepose ${version} (Node.js ${process.version}, ${process.platform}-${process.arch})\n`);
  });
});

describe("--help", () => {
  it.each([[[] as string[]], [["convert"]], [["compare"]], [["validate"]], [["explain"]], [["completion"]]])("%j shows examples and the exit codes, without default noise", (command) => {
    const run = kubepose([...command, "--help"], project({}));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Examples:\n {2}(source <\()?kubepose /);
    expect(run.stdout).toMatch(/Exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 .*\n {2}70 /);
    expect(run.stdout).not.toContain("(default: [])");
  });
});

describe("explain with an unknown topic", () => {
  it("is a usage error, exit 2, with the closest topics", () => {
    const run = kubepose(["explain", "nosuchtopic"], project({}));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/unknown topic "nosuchtopic"; the closest topics are [a-z-]+, [a-z-]+, [a-z-]+/);
  });

  it("offers the topic a typo meant", () => {
    const run = kubepose(["explain", "helthcheck"], project({}));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("did you mean healthcheck?");
  });
});

describe("convert -o", () => {
  it("writes to /dev/null (a character device: written in place, nothing staged beside it)", () => {
    const run = kubepose(["convert", "-o", "/dev/null"], project({ "compose.yaml": SHOP }));
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/wrote \d+ objects to the file \/dev\/null\n$/);
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
  });

  it("says it made a folder for a new name without slash or extension", () => {
    const directory = project({ "compose.yaml": SHOP });
    const run = kubepose(["convert", "-o", "newdir"], directory);
    expect(run.status).toBe(0);
    const files = readdirSync(join(directory, "newdir")).filter((name) => name !== ".kubepose-files");
    expect(run.stderr).toContain(`kubepose: wrote ${files.length} objects to the folder newdir/ (one file each)`);
  });

  it("says it wrote one file, and the report beside it", () => {
    const directory = project({ "compose.yaml": SHOP });
    const run = kubepose(["convert", "-o", "all.yaml", "--report", "migration.md"], directory);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/kubepose: wrote \d+ objects to the file all\.yaml, and the report migration\.md\n$/);
    expect(existsSync(join(directory, "migration.md"))).toBe(true);
  });

  it("writes into an existing file without extension as a file", () => {
    const directory = project({ "compose.yaml": SHOP });
    writeFileSync(join(directory, "manifests"), "old\n");
    const run = kubepose(["convert", "-o", "manifests"], directory);
    expect(run.status).toBe(0);
    expect(readFileSync(join(directory, "manifests"), "utf8")).toContain("kind: Deployment");
  });
});

/** Runs the generated bash completion for a command line whose last word is being completed. */
function completeInBash(words: string[]): string[] {
  const script = kubepose(["completion", "bash"], project({})).stdout;
  const line = ["kubepose", ...words];
  const driver = [
    script,
    `COMP_WORDS=(${line.map((word) => `'${word}'`).join(" ")})`,
    `COMP_CWORD=${line.length - 1}`,
    "_kubepose",
    'printf "%s\\n" "${COMPREPLY[@]}"',
  ].join("\n");
  const result = spawnSync("bash", ["-c", driver], { encoding: "utf8", cwd: project({ "compose.yaml": SHOP }) });
  expect(result.stderr).toBe("");
  return result.stdout.split("\n").filter((word) => word !== "");
}

describe("completion", () => {
  it("completes commands, flags, and the choices of a flag in bash", () => {
    expect(completeInBash(["co"])).toEqual(["convert", "compare", "completion"]);
    expect(completeInBash(["convert", "--for"])).toEqual(["--format"]);
    expect(completeInBash(["convert", "--format", ""])).toEqual(["yaml", "json"]);
    expect(completeInBash(["completion", ""])).toEqual(["bash", "zsh", "fish"]);
    expect(completeInBash(["convert", "-f", "comp"])).toEqual(["compose.yaml"]);
  });

  it("lists every flag of every command, read from the program (a new flag needs no change here)", () => {
    const help = kubepose(["convert", "--help"], project({})).stdout;
    const flags = [...help.matchAll(/^ {2}(?:-\w, )?(--[\w-]+)/gm)].map((match) => match[1]);
    expect(flags.length).toBeGreaterThan(20);
    for (const shell of ["bash", "zsh", "fish"]) {
      const script = kubepose(["completion", shell], project({})).stdout;
      for (const flag of flags) expect(script, `${shell} ${flag}`).toContain(shell === "fish" ? `-l ${flag!.slice(2)} ` : flag);
    }
  });

  it.each([["zsh"], ["fish"]])("%s script is valid for its shell when that shell is here", (shell) => {
    const script = kubepose(["completion", shell], project({})).stdout;
    expect(script).toContain(shell === "zsh" ? "#compdef kubepose" : "complete -c kubepose");
    const check = spawnSync(shell, shell === "zsh" ? ["-n", "-c", script] : ["--no-execute", "-c", script], { encoding: "utf8" });
    if (check.error === undefined) expect(check.stderr).toBe("");
  });

  it("rejects an unknown shell as a usage error", () => {
    const run = kubepose(["completion", "powershell"], project({}));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("bash, zsh, fish");
  });

  it("bash script parses", () => {
    const result = spawnSync("bash", ["-n", "-c", kubepose(["completion", "bash"], project({})).stdout], { encoding: "utf8" });
    expect(result.status).toBe(0);
  });
});

