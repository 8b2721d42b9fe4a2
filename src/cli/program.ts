import { Command, InvalidArgumentError, Option } from "commander";
import { addKomposeOptions } from "./kompose-options.js";
import { addWaitOptions } from "./wait-options.js";
import { reportFormat } from "./report-format.js";
import { isDns1123Label } from "../model/kubernetes-names.js";
import { useColor } from "./io.js";
import { isProfileName } from "../normalize/profiles.js";

/** Set by scripts/bundle.mjs from package.json; the CLI always runs from that bundle. */
declare const KUBEPOSE_VERSION: string | undefined;
const version = typeof KUBEPOSE_VERSION === "string" ? KUBEPOSE_VERSION : "0.0.0-dev";

const collect = (value: string, previous: string[]) => [...previous, value];

/** Builds the commander program. Each action stores its exit code; main.ts decides how to exit. */
export function buildProgram(setExitCode: (code: number) => void): Command {
  const program = new Command("kubepose")
    .description("Convert a Docker Compose project into Kubernetes manifests, explained.")
    .version(version, "-V, --version")
    .showHelpAfterError("(run kubepose --help for usage)")
    .exitOverride();

  const fileOption = () => new Option("-f, --file <file>", "Compose file (repeatable; default: compose.yaml & co.)").argParser(collect).default([]);
  const envFileOption = () => new Option("--env-file <file>", "environment file for interpolation (repeatable; default: .env)").argParser(collect).default([]);
  const projectOption = () => new Option("-p, --project-name <name>", "project name (default: top-level name or directory)");
  const interpolateOption = () => new Option("--no-interpolate", "keep ${VAR} and $$ as written instead of substituting variables");
  const verboseOption = () => new Option("--verbose", "list every warning and note (by default, after 3 of one code the rest are counted)");
  const profileOption = () =>
    new Option("--profile <name>", "enable services of this profile (repeatable; * for all; default: COMPOSE_PROFILES)").argParser(collectProfile).default([]);

  const convert = program
    .command("convert")
    .description("convert the Compose project into Kubernetes manifests")
    .addOption(fileOption())
    .option("-o, --out <target>", "output: - (stdout), FILE.yaml/.json (one file) or DIR/ (one file per object)")
    .addOption(new Option("--format <format>", "output format").choices(["yaml", "json"]).default("yaml"))
    .addOption(envFileOption())
    .addOption(projectOption())
    .addOption(profileOption())
    .addOption(interpolateOption())
    .addOption(verboseOption())
    .option("-n, --namespace <namespace>", "set metadata.namespace on every object", dnsLabel)
    .option("--image-registry <registry>", "registry for images built from build: without image: (REGISTRY/PROJECT-SERVICE)", imageRegistry)
    .option("--no-comments", "leave out the explanation comments")
    .option("--report <file>", "also write a migration report: FILE.md (Markdown) or FILE.json", reportFile);
  // Each command loads its code when it runs: `explain` needs neither the converter nor the views.
  addWaitOptions(addKomposeOptions(convert)).action(async (flags) => setExitCode(await (await import("./convert.js")).convertCommand(flags)));

  program
    .command("validate")
    .description("check the Compose project only; nothing is written")
    .addOption(fileOption())
    .addOption(envFileOption())
    .addOption(projectOption())
    .addOption(profileOption())
    .addOption(interpolateOption())
    .addOption(verboseOption())
    .action(async (flags) => setExitCode((await import("./validate.js")).validateCommand(flags)));

  program
    .command("compare")
    .description("show each Compose block beside the Kubernetes objects it became, with explanations")
    .addOption(fileOption())
    .addOption(envFileOption())
    .addOption(projectOption())
    .addOption(profileOption())
    .addOption(interpolateOption())
    .addOption(verboseOption())
    .option("--width <columns>", "total width in columns (default: the terminal's, else 100)", columns)
    .option("--html", "write one self-contained HTML page instead of text")
    .option("-o, --out <file>", "write to this file instead of stdout")
    .action(async (flags) => setExitCode((await import("./compare.js")).compareCommand(flags)));

  program
    .command("graph")
    .description("draw the services, who reaches whom, and the Kubernetes objects that replace them, as Mermaid or Graphviz text")
    .addOption(fileOption())
    .addOption(envFileOption())
    .addOption(projectOption())
    .addOption(profileOption())
    .addOption(interpolateOption())
    .addOption(verboseOption())
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

  return program;
}

/** --profile takes one name per flag, as docker compose does: `--profile debug --profile test`. */
function collectProfile(value: string, previous: string[]): string[] {
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

/** -n must be a valid namespace name: a DNS-1123 label. */
function dnsLabel(value: string): string {
  if (isDns1123Label(value)) return value;
  throw new InvalidArgumentError("expected a DNS-1123 label (lowercase letters, digits and '-', at most 63), for example -n shop");
}
