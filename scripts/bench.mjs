// npm run bench: wall time and peak memory of `kubepose convert` on a generated 1000-service project,
// a small project end to end (Node start-up included), and where the time goes stage by stage.
// Not a test: numbers vary by machine; targets are printed beside them for the reader.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";

const repository = join(dirname(fileURLToPath(import.meta.url)), "..");
const binary = join(repository, "bin", "kubepose");

function service(index) {
  const name = `svc-${String(index).padStart(4, "0")}`;
  // A chain svc-0000 → svc-0001 → … that ends: a loop would be a dependency cycle, an error.
  const dependsOn = index < 999 ? `    depends_on:\n      - svc-${String(index + 1).padStart(4, "0")}\n` : "";
  return `  ${name}:
    image: registry.example.com/team/${name}:1.0.${index}
    command: ["serve", "--port", "8080"]
    ports:
      - "${10000 + index}:8080"
    environment:
      LOG_LEVEL: info
      DB_PASSWORD: secret-${index}
    volumes:
      - data-${index}:/var/lib/app
    healthcheck:
      test: ["CMD-SHELL", "curl -f http://localhost:8080/health"]
      interval: 10s
      retries: 3
${dependsOn}    deploy:
      resources:
        limits: { cpus: "0.5", memory: 256M }
`;
}

function generate(count) {
  const directory = mkdtempSync(join(tmpdir(), "kubepose-bench-"));
  const services = Array.from({ length: count }, (_, i) => service(i)).join("");
  const volumes = Array.from({ length: count }, (_, i) => `  data-${i}:\n`).join("");
  const text = `name: bench\nservices:\n${services}volumes:\n${volumes}`;
  writeFileSync(join(directory, "compose.yaml"), text);
  return { directory, lines: text.split("\n").length };
}

/** Runs the real CLI in a child process; returns wall milliseconds and peak RSS in MB. */
function runCli(directory, args) {
  const start = performance.now();
  const result = spawnSync(process.execPath, ["--import", join(repository, "scripts", "bench-rss.mjs"), binary, ...args], {
    cwd: directory,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1", KUBEPOSE_BENCH_RSS_FD: "3" },
  });
  const wall = performance.now() - start;
  if (result.status !== 0) throw new Error(`kubepose ${args.join(" ")} failed (${result.status}):\n${result.stderr.slice(0, 2000)}`);
  const maxRssKb = Number(String(result.output[3] ?? "").trim());
  return { wall, rssMb: maxRssKb / 1024 };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function stageBreakdown(directory) {
  const { nodeContext } = await import("../dist/src/cli/node-context.js");
  const { load } = await import("../dist/src/load/index.js");
  const { validate } = await import("../dist/src/validate/index.js");
  const { normalize } = await import("../dist/src/normalize/index.js");
  const { convert } = await import("../dist/src/convert/index.js");
  const { explain } = await import("../dist/src/explain/index.js");
  const { checkManifests } = await import("../dist/src/check/index.js");
  const { emit } = await import("../dist/src/emit/index.js");
  const context = { ...nodeContext(), cwd: directory, env: {} };
  const timings = [];
  const time = (name, work) => {
    const start = performance.now();
    const value = work();
    timings.push([name, performance.now() - start]);
    return value;
  };
  const loaded = time("load", () => load({ files: [] }, context)).value;
  const file = time("validate", () => validate(loaded.document)).value;
  const project = time("normalize", () => normalize(file, { projectName: loaded.projectName, workingDir: loaded.workingDir, env: loaded.env, readFile: context.readFile, isDirectory: context.isDirectory })).value;
  const converted = time("convert", () => convert(project, {})).value;
  const manifests = time("explain", () => explain(converted, loaded.sources)).value;
  time("check", () => checkManifests(manifests));
  time("emit yaml", () => emit(manifests, { format: "yaml", layout: "stream", comments: true, baseDir: directory }));
  return { timings, objects: manifests.length };
}

const big = generate(1000);
const small = { directory: join(repository, "examples", "voting-app") };
console.log(`1000-service project: ${big.lines} lines of Compose`);
const bigRuns = [0, 1, 2].map(() => runCli(big.directory, ["convert", "-o", "out.yaml"]));
const output = readFileSync(join(big.directory, "out.yaml"), "utf8");
console.log(`  convert (CLI, 3 runs): median ${median(bigRuns.map((r) => r.wall)).toFixed(0)} ms wall, peak ${Math.max(...bigRuns.map((r) => r.rssMb)).toFixed(0)} MB RSS  (target < 1000 ms, < 300 MB; next target 300 ms)`);
console.log(`  output: ${(output.length / 1024 / 1024).toFixed(1)} MB of YAML`);
const breakdown = await stageBreakdown(big.directory);
console.log(`  stages in-process (${breakdown.objects} objects, one warm-up-free run):`);
for (const [name, ms] of breakdown.timings) console.log(`    ${name.padEnd(10)} ${ms.toFixed(0).padStart(5)} ms`);

const smallRuns = Array.from({ length: 7 }, () => runCli(small.directory, ["convert", "-o", "-"]));
console.log(`5-service project (examples/voting-app), end to end incl. Node start-up: median ${median(smallRuns.map((r) => r.wall)).toFixed(0)} ms over 7 runs (target < 200 ms)`);
const bare = Array.from({ length: 7 }, () => {
  const start = performance.now();
  spawnSync(process.execPath, ["-e", "0"]);
  return performance.now() - start;
});
console.log(`  for reference, bare 'node -e 0': median ${median(bare).toFixed(0)} ms`);

