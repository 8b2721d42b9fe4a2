// npm run bench: issue #13's targets, measured on this machine, each figure beside its target.
// Every figure is taken RUNS times (default 5, KUBEPOSE_BENCH_RUNS=N), the runs of one round back to back
// so that a slow moment of the machine touches every figure alike; the verdict uses the median. A target
// counts as missed only when the median is beyond it by more than that figure's own run-to-run noise
// (half the spread of its runs, relative to the median; for a ratio, the noises of both sides added).
// Exit 0 when every target holds, 1 when one is missed. Not part of `npm test`: numbers vary by machine.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { generateProject } from "./bench-project.mjs";

const repository = join(dirname(fileURLToPath(import.meta.url)), "..");
const binary = join(repository, "bin", "kubepose");
const runs = Math.max(1, Number(process.env.KUBEPOSE_BENCH_RUNS ?? 5));
const out = mkdtempSync(join(tmpdir(), "kubepose-bench-out-"));

/** One process; wall milliseconds and, for kubepose, peak resident memory in MiB (reported by bench-rss.cjs). */
function run(args, cwd, measureMemory) {
  const preload = measureMemory ? ["--require", join(repository, "scripts", "bench-rss.cjs")] : [];
  const start = performance.now();
  const result = spawnSync(process.execPath, [...preload, ...args], {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "ignore", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1", KUBEPOSE_BENCH_RSS_FD: "3" },
  });
  const wall = performance.now() - start;
  if (result.status !== 0) throw new Error(`node ${args.join(" ")} failed (${result.status}):\n${String(result.stderr).slice(0, 2000)}`);
  return { wall, rss: measureMemory ? Number(String(result.output[3]).trim()) / 1024 : 0 };
}
const kubepose = (project, ...args) => () => run([binary, ...args], project, true);

const small = join(repository, "examples", "voting-app");
const big = generateProject(1000);
const huge = generateProject(10_000);
console.log(`projects: examples/voting-app (5 services); generated 1000 services (${big.lines} lines) and 10,000 services (${huge.lines} lines)`);

const commands = {
  node: () => run(["-e", "0"], repository, false),
  small: kubepose(small, "convert", "-o", "-"),
  convert: kubepose(big.directory, "convert", "-o", join(out, "big.yaml")),
  validate: kubepose(big.directory, "validate"),
  compare: kubepose(big.directory, "compare", "--width", "100", "-o", join(out, "compare.txt")),
  report: kubepose(big.directory, "convert", "-o", join(out, "report.yaml"), "--report", join(out, "report.md")),
  html: kubepose(big.directory, "compare", "--html", "-o", join(out, "compare.html")),
  huge: kubepose(huge.directory, "convert", "-o", join(out, "huge.yaml")),
};
const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
for (let round = 1; round <= runs; round += 1) {
  process.stdout.write(`round ${round}/${runs} …\r`);
  for (const [name, command] of Object.entries(commands)) samples[name].push(command());
}

const sorted = (values) => [...values].sort((a, b) => a - b);
const median = (values) => sorted(values)[Math.floor(values.length / 2)];
/** A figure's run-to-run noise: half the spread of its runs, relative to their median. */
const noise = (values) => (Math.max(...values) - Math.min(...values)) / 2 / median(values);
const wall = (name) => samples[name].map((s) => s.wall);
const rss = (name) => samples[name].map((s) => s.rss);

/** An absolute figure (ms or MiB) against an upper bound. */
const absolute = (label, values, unit, limit) => ({ label, min: Math.min(...values), median: median(values), unit, limit, noise: noise(values) });
/** A ratio of two figures' medians against an upper bound; the min is the best round's ratio. */
const ratio = (label, over, under, limit) => {
  const rounds = over.map((value, i) => value / under[i]);
  return { label, min: Math.min(...rounds), median: median(over) / median(under), unit: "×", limit, noise: noise(over) + noise(under) };
};

const figures = [
  ratio("5-service convert ÷ node -e 0", wall("small"), wall("node"), 2),
  absolute("1000-service convert, wall", wall("convert"), "ms", 300),
  ratio("1000-service convert ÷ node -e 0", wall("convert"), wall("node"), 4.5),
  absolute("1000-service convert, peak memory", rss("convert"), "MiB", 150),
  ratio("10,000-service ÷ 1000-service convert", wall("huge"), wall("convert"), 10),
  absolute("10,000-service convert, peak memory", rss("huge"), "MiB", 600),
  absolute("1000-service validate, wall", wall("validate"), "ms", 150),
  ratio("1000-service compare ÷ convert", wall("compare"), wall("convert"), 2),
  ratio("1000-service convert --report ÷ convert", wall("report"), wall("convert"), 2),
  ratio("1000-service compare --html ÷ convert", wall("html"), wall("convert"), 2),
];

const show = (value, unit) => (unit === "×" ? `${value.toFixed(2)}×` : `${value.toFixed(0)} ${unit}`);
console.log(`\n${"figure".padEnd(42)}${"min".padStart(10)}${"median".padStart(10)}${"target".padStart(11)}${"noise".padStart(8)}  verdict`);
let missed = 0;
for (const figure of figures) {
  const holds = figure.median <= figure.limit;
  const withinNoise = figure.median <= figure.limit * (1 + figure.noise);
  const verdict = holds ? "met" : withinNoise ? "within noise" : "MISSED";
  if (!withinNoise) missed += 1;
  const cells = [show(figure.min, figure.unit).padStart(10), show(figure.median, figure.unit).padStart(10), `≤ ${show(figure.limit, figure.unit)}`.padStart(11), `±${(figure.noise * 100).toFixed(0)}%`.padStart(8)];
  console.log(`${figure.label.padEnd(42)}${cells.join("")}  ${verdict}`);
}
console.log("\nabsolute medians (ms): " + Object.keys(commands).map((name) => `${name} ${median(wall(name)).toFixed(0)}`).join(", "));

// Where the time goes: each stage in a fresh process (cold, as the CLI runs it).
const stageRuns = Array.from({ length: runs }, () => {
  const result = spawnSync(process.execPath, [join(repository, "scripts", "bench-stages.mjs"), big.directory], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`bench-stages failed:\n${result.stderr}`);
  return JSON.parse(result.stdout);
});
console.log(`stages of convert on 1000 services, in-process, cold (min / median of ${runs}):`);
for (const stage of Object.keys(stageRuns[0])) {
  const values = stageRuns.map((timings) => timings[stage]);
  console.log(`  ${stage.padEnd(10)}${Math.min(...values).toFixed(0).padStart(6)} /${median(values).toFixed(0).padStart(5)} ms`);
}

for (const directory of [out, big.directory, huge.directory]) rmSync(directory, { recursive: true, force: true });
console.log(missed === 0 ? "\nevery target holds" : `\n${missed} target(s) missed beyond the measured noise`);
process.exitCode = missed === 0 ? 0 : 1;
