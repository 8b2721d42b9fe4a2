import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const binary = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "bin", "kubepose");

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs bin/kubepose as a user would, in `cwd`, with a clean environment (no colour, no Compose variables). */
export function kubepose(args: string[], cwd: string, env: Record<string, string> = {}): Run {
  const result = spawnSync(process.execPath, [binary, ...args], {
    cwd,
    encoding: "utf8",
    env: { PATH: process.env["PATH"] ?? "", NO_COLOR: "1", ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A new temporary project directory holding `files` (relative path → content). */
export function project(files: Record<string, string>): string {
  const directory = mkdtempSync(join(tmpdir(), "kubepose-cli-"));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(directory, path)), { recursive: true });
    writeFileSync(join(directory, path), content);
  }
  return directory;
}
