// One cold in-process run of every stage of `convert` on the project in DIR (argv[2]); prints
// {"stage": milliseconds, ...} as JSON. scripts/bench.mjs runs it in fresh processes, so each run
// pays what a CLI run pays (module loading aside): no warm-up, no JIT state from an earlier run.
import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { cliV8Flags } from "./cli-v8-flags.mjs";

// Under the V8 flags bin/kubepose sets before it compiles the bundle, so the stages run as in the CLI.
for (const flags of cliV8Flags()) setFlagsFromString(flags);

const directory = process.argv[2];
const { nodeContext } = await import("../dist/src/cli/node-context.js");
const { load } = await import("../dist/src/load/index.js");
const { validate } = await import("../dist/src/validate/index.js");
const { normalize } = await import("../dist/src/normalize/index.js");
const { convert } = await import("../dist/src/convert/index.js");
const { explain } = await import("../dist/src/explain/index.js");
const { checkManifests } = await import("../dist/src/check/index.js");
const { emit } = await import("../dist/src/emit/index.js");

const context = { ...nodeContext(), cwd: directory, env: {} };
const timings = {};
const time = (name, work) => {
  const start = performance.now();
  const value = work();
  timings[name] = performance.now() - start;
  return value;
};
const loaded = time("load", () => load({ files: [] }, context)).value;
const file = time("validate", () => validate(loaded.document)).value;
const options = { projectName: loaded.projectName, workingDir: loaded.workingDir, env: loaded.env, readFile: context.readFile, isDirectory: context.isDirectory };
const project = time("normalize", () => normalize(file, options)).value;
const converted = time("convert", () => convert(project, {})).value;
const manifests = time("explain", () => explain(converted, loaded.sources)).value;
time("check", () => checkManifests(manifests));
time("emit", () => emit(manifests, { format: "yaml", layout: "stream", comments: true, baseDir: directory }));
process.stdout.write(`${JSON.stringify(timings)}\n`);
