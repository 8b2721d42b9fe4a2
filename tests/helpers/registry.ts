import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A real registry for the --pin-digests tests: Debian's docker-registry (the CNCF Distribution
 * server) on 127.0.0.1, filled with Debian's skopeo. Without the packages the tests skip, except
 * under CI=true, where `.ci/run` installs them and a skip would hide a broken set-up.
 */
export const REGISTRY_BINARY = "/usr/bin/docker-registry";
export const SKOPEO_BINARY = "/usr/bin/skopeo";

export function registryToolsAvailable(): boolean {
  if (existsSync(REGISTRY_BINARY) && existsSync(SKOPEO_BINARY)) return true;
  if (process.env["CI"] === "true") {
    throw new Error(`${REGISTRY_BINARY} or ${SKOPEO_BINARY} is missing; .ci/run should have installed them (apt-get install docker-registry skopeo)`);
  }
  console.warn(`skipping the --pin-digests tests against a real registry: ${REGISTRY_BINARY} or ${SKOPEO_BINARY} is missing (apt-get install docker-registry skopeo)`);
  return false;
}

export interface RunningRegistry {
  /** "127.0.0.1:PORT" */
  host: string;
  stop(): Promise<void>;
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export async function startRegistry(): Promise<RunningRegistry> {
  const dir = mkdtempSync(join(tmpdir(), "kubepose-registry-"));
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const config = join(dir, "config.yml");
  writeFileSync(config, ["version: 0.1", "log:", "  level: error", "storage:", "  filesystem:", `    rootdirectory: ${join(dir, "data")}`, "http:", `  addr: ${host}`, ""].join("\n"));
  const child: ChildProcess = spawn(REGISTRY_BINARY, ["serve", config], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const stop = () => new Promise<void>((done) => {
    if (child.exitCode !== null) return done();
    child.once("exit", () => done());
    child.kill("SIGTERM");
  });
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited with ${child.exitCode}: ${stderr}`);
    try {
      const response = await fetch(`http://${host}/v2/`);
      if (response.ok) return { host, stop };
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 100));
  }
  await stop();
  throw new Error(`docker-registry did not answer on ${host}: ${stderr}`);
}

/** skopeo copy from an OCI layout into the registry, over plain HTTP, the manifest byte for byte. */
export function pushLayout(layoutDir: string, tag: string, target: string): void {
  skopeo(["copy", "--preserve-digests", "--dest-tls-verify=false", `oci:${layoutDir}:${tag}`, `docker://${target}`]);
}

/** The digest skopeo inspect reports for a reference in the registry. */
export function inspectDigest(target: string): string {
  const data: unknown = JSON.parse(skopeo(["inspect", "--tls-verify=false", `docker://${target}`]));
  const digest = typeof data === "object" && data !== null ? Reflect.get(data, "Digest") : undefined;
  if (typeof digest !== "string") throw new Error(`skopeo inspect gave no Digest for ${target}`);
  return digest;
}

function skopeo(args: string[]): string {
  const result = spawnSync(SKOPEO_BINARY, args, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`skopeo ${args.join(" ")} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}
