import { Argument, Command, InvalidArgumentError, Option } from "commander";
import { addKomposeOptions } from "./kompose-options.js";
import { addWaitOptions } from "./wait-options.js";
import { addProductionOptions } from "./production-options.js";
import { reportFormat } from "./report-format.js";
import { isDns1123Label } from "../model/kubernetes-names.js";
import { useColor } from "./io.js";
import { isProfileName } from "../normalize/profiles.js";
import { addHelpTexts } from "./help.js";
import type { Context } from "../model/context.js";
import { completionScript, completionSpec, SHELLS, type Shell } from "./completion.js";

/** Set by scripts/bundle.mjs from package.json; the CLI always runs from that bundle. */
declare const KUBEPOSE_VERSION: string | undefined;
const version = typeof KUBEPOSE_VERSION === "string" ? KUBEPOSE_VERSION : "0.0.0-dev";

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Builds the commander program. Each action stores its exit code; main.ts decides how to exit. */
export function buildProgram(setExitCode: (code: number) => void): Command {
  const program = new Command("kubepose")
    .description("Convert a Docker Compose project into Kubernetes manifests, explained.")
    .version(version, "-v, --version", "print the version")
    .showHelpAfterError("(run kubepose --help for usage)")
    .exitOverride();

  const fileOption = () => new Option("-f, --file <file>", "Compose file (repeatable; default: compose.yaml & co.)").argParser(collect);
  const envFileOption = () => new Option("--env-file <file>", "environment file for interpolation (repeatable; default: .env)").argParser(collect);
  const allowOutsideOption = () =>
    new Option("--allow-outside <path>", "also read files in this folder outside the project (repeatable; see SECURITY.md)").argParser(collect);
  const projectOption = () => new Option("-p, --project-name <name>", "project name (default: top-level name or directory)");
  const interpolateOption = () => new Option("--no-interpolate", "keep ${VAR} and $$ as written instead of substituting variables");
  const verboseOption = () => new Option("--verbose", "list every warning and note (by default, after 3 of one code the rest are counted)");
  const watchOption = () => new Option("--watch", "run again whenever a file the project reads changes (Compose, env and mounted files); Ctrl-C stops");
  const profileOption = () =>
    new Option("--profile <name>", "enable services of this profile (repeatable; * for all; default: COMPOSE_PROFILES)").argParser(collectProfile);

  // The flags that say which Compose project to read, the same on every command that reads one.
  const withProjectOptions = (command: Command): Command =>
    command.addOption(fileOption()).addOption(envFileOption()).addOption(allowOutsideOption()).addOption(projectOption())
      .addOption(profileOption()).addOption(interpolateOption()).addOption(verboseOption());

  const convert = program
    .command("convert")
    .description("convert the Compose project into Kubernetes manifests")
    .addOption(fileOption())
    .option("-o, --out <target>", "output: - (stdout), FILE.yaml/.json (one file) or DIR/ (one file per object)")
    .addOption(new Option("--format <format>", "output format").choices(["yaml", "json"]).default("yaml"))
    .addOption(envFileOption())
    .addOption(allowOutsideOption())
    .addOption(projectOption())
    .addOption(profileOption())
    .addOption(interpolateOption())
    .addOption(verboseOption())
    .option("-n, --namespace <namespace>", "set metadata.namespace on every object", dnsLabel)
    .option("--image-registry <registry>", "registry for images built from build: without image: (REGISTRY/PROJECT-SERVICE)", imageRegistry)
    .option("--no-comments", "leave out the explanation comments")
    .option("--pin-digests", "ask each image's registry for its digest and write repository:tag@sha256:… (uses ~/.docker/config.json logins)")
    .option("--report <file>", "also write a migration report: FILE.md (Markdown) or FILE.json", reportFile)
    .addOption(new Option("-c, --chart", "write a Helm chart into the -o folder (values.yaml documents what differs between installs)").conflicts("kustomize"))
    .option("--kustomize", "write a Kustomize base and one overlay per environment into the -o folder")
    .option("--environments <names>", "the Kustomize overlays, comma-separated (default: dev,staging,prod)", environmentList);
  // Each command loads its code when it runs: `explain` needs neither the converter nor the views.
  convert.addOption(watchOption());
  addProductionOptions(addWaitOptions(addKomposeOptions(convert))).action(async (flags) => {
    const { convertCommand } = await import("./convert.js");
    setExitCode(flags.watch === true ? await watching((context) => convertCommand(flags, context)) : await convertCommand(flags));
  });

  withProjectOptions(program.command("validate").description("check the Compose project only; nothing is written"))
    .action(async (flags) => setExitCode((await import("./validate.js")).validateCommand(flags)));

  withProjectOptions(program.command("compare").description("show each Compose block beside the Kubernetes objects it became, with explanations"))
    .option("--width <columns>", "total width in columns (default: the terminal's, else 100)", columns)
    .option("--html", "write one self-contained HTML page instead of text")
    .option("-o, --out <file>", "write to this file instead of stdout")
    .addOption(watchOption())
    .action(async (flags) => {
      const { compareCommand } = await import("./compare.js");
      // On a terminal each run replaces the last one on screen.
      const clear = () => (process.stdout.isTTY && flags.out === undefined ? process.stdout.write("\x1b[2J\x1b[H") : true);
      setExitCode(flags.watch === true ? await watching((context) => (clear(), compareCommand(flags, context))) : compareCommand(flags));
    });

  withProjectOptions(
    program
      .command("lint")
      .description("check the Compose project (or Kubernetes manifests: lint k8s/) against production rules")
      .argument("[paths...]", "Kubernetes manifest files or folders; without them, the Compose project"),
  )
    .addOption(new Option("--format <format>", "output format").choices(["text", "json", "sarif"]).default("text"))
    .addOption(new Option("--fail-on <severity>", "exit 1 when a finding is at least this severe").choices(["error", "warning", "note", "none"]).default("error"))
    .action(async (paths: string[], flags) => setExitCode((await import("./lint.js")).lintCommand(paths, flags, version)));

  withProjectOptions(program.command("graph").description("draw the services, who reaches whom, and the Kubernetes objects that replace them, as Mermaid or Graphviz text"))
    .addOption(new Option("--format <format>", "mermaid (GitHub, GitLab and most wikis draw it) or dot (Graphviz)").choices(["mermaid", "dot"]).default("mermaid"))
    .option("-o, --out <file>", "write to this file instead of stdout")
    .action(async (flags) => setExitCode((await import("./graph.js")).graphCommand(flags)));

  program
    .command("explain")
    .description("list the topics, or explain one (kubepose explain ports)")
    .argument("[topic]", "a topic id, a Compose key or a short name")
    .action(async (topic: string | undefined) => {
      const { explainCommand } = await import("./explain.js");
      const width = Math.min(process.stdout.columns ?? 100, 100);
      const io = { write: (text: string) => process.stdout.write(text), writeError: (text: string) => process.stderr.write(text) };
      setExitCode(explainCommand(topic, { ...io, color: useColor(process.stdout), width }));
    });

  program
    .command("completion")
    .description("print a shell completion script (bash, zsh or fish)")
    .addArgument(new Argument("<shell>", "the shell to complete in").choices(SHELLS))
    .action((shell: Shell) => {
      process.stdout.write(completionScript(shell, completionSpec(program)));
      setExitCode(0);
    });

  program
    .command("version")
    .description("print kubepose's version and the Node.js it runs on")
    .action(() => {
      process.stdout.write(`kubepose ${version} (Node.js ${process.version}, ${process.platform}-${process.arch})\n`);
      setExitCode(0);
    });

  addHelpTexts(program);
  return program;
}

/** Runs a command under --watch; its code is loaded only then. */
async function watching(run: (context: Context) => number | Promise<number>): Promise<number> {
  const { watchAndRerun } = await import("./watch.js");
  return watchAndRerun(run, (text) => process.stderr.write(`${text}\n`));
}

/** --profile takes one name per flag, as docker compose does: `--profile debug --profile test`. */
function collectProfile(value: string, previous: string[] = []): string[] {
  if (isProfileName(value)) return [...previous, value];
  throw new InvalidArgumentError(`"${value}" is not a profile name: expected letters, digits, ".", "_" and "-", starting with a letter or digit (or * for all), for example --profile debug`);
}

/** --width: a whole number of columns; below 40 two columns cannot be read. */
function columns(value: string): number {
  if (/^\d+$/.test(value) && Number(value) >= 40 && Number(value) <= 1000) return Number(value);
  throw new InvalidArgumentError("expected a number of columns from 40 to 1000, for example --width 120");
}

/** --report takes its format from the extension. */
function reportFile(value: string): string {
  if (reportFormat(value) !== undefined) return value;
  throw new InvalidArgumentError("expected a file name ending in .md or .json, for example --report migration.md");
}

/**
 * --image-registry: a registry host (with port) and optional path, as in an image reference:
 * registry.example.com, localhost:5000/team, ghcr.io/acme.
 */
function imageRegistry(value: string): string {
  const host = "[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?";
  const component = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
  if (new RegExp(`^${host}(?:/${component})*/?$`).test(value)) return value;
  throw new InvalidArgumentError("expected a registry host and optional path, for example --image-registry registry.example.com/shop");
}

/** --environments dev,qa,prod: distinct DNS labels, each an overlay folder and a namespace suffix. */
function environmentList(value: string): string[] {
  const names = value.split(",").map((name) => name.trim());
  const valid = names.length > 0 && names.every((name) => isDns1123Label(name) && name.length <= 30) && new Set(names).size === names.length;
  if (valid) return names;
  throw new InvalidArgumentError("expected distinct lowercase names (letters, digits and '-', at most 30 each), comma-separated, for example --environments dev,qa,prod");
}

/** -n must be a valid namespace name: a DNS-1123 label. */
function dnsLabel(value: string): string {
  if (isDns1123Label(value)) return value;
  throw new InvalidArgumentError("expected a DNS-1123 label (lowercase letters, digits and '-', at most 63), for example -n shop");
}
