import { Command, InvalidArgumentError, Option } from "commander";
import { convertCommand } from "./convert.js";
import { validateCommand } from "./validate.js";
import { explainCommand } from "./explain.js";
import { useColor } from "./io.js";

const collect = (value: string, previous: string[]) => [...previous, value];

/** Builds the commander program. Each action stores its exit code; main.ts decides how to exit. */
export function buildProgram(setExitCode: (code: number) => void): Command {
  const program = new Command("kubepose")
    .description("Convert a Docker Compose project into Kubernetes manifests, explained.")
    .showHelpAfterError("(run kubepose --help for usage)")
    .exitOverride();

  const fileOption = () => new Option("-f, --file <file>", "Compose file (repeatable; default: compose.yaml & co.)").argParser(collect).default([]);
  const envFileOption = () => new Option("--env-file <file>", "environment file for interpolation (repeatable; default: .env)").argParser(collect).default([]);
  const projectOption = () => new Option("-p, --project-name <name>", "project name (default: top-level name or directory)");

  program
    .command("convert")
    .description("convert the Compose project into Kubernetes manifests")
    .addOption(fileOption())
    .option("-o, --out <target>", "output: - (stdout), FILE.yaml/.json (one file) or DIR/ (one file per object)")
    .addOption(new Option("--format <format>", "output format").choices(["yaml", "json"]).default("yaml"))
    .addOption(envFileOption())
    .addOption(projectOption())
    .option("-n, --namespace <namespace>", "set metadata.namespace on every object", dnsLabel)
    .option("--no-comments", "leave out the explanation comments")
    .action((flags) => setExitCode(convertCommand(flags)));

  program
    .command("validate")
    .description("check the Compose project only; nothing is written")
    .addOption(fileOption())
    .addOption(envFileOption())
    .addOption(projectOption())
    .action((flags) => setExitCode(validateCommand(flags)));

  program
    .command("explain")
    .description("list the topics, or explain one (kubepose explain ports)")
    .argument("[topic]", "a topic id, a Compose key or a short name")
    .action((topic: string | undefined) => {
      const width = Math.min(process.stdout.columns ?? 100, 100);
      const io = { write: (text: string) => process.stdout.write(text), writeError: (text: string) => process.stderr.write(text) };
      setExitCode(explainCommand(topic, { ...io, color: useColor(process.stdout), width }));
    });

  return program;
}

/** -n must be a valid namespace name: a DNS-1123 label. */
function dnsLabel(value: string): string {
  if (/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(value)) return value;
  throw new InvalidArgumentError("expected a DNS-1123 label (lowercase letters, digits and '-', at most 63), for example -n shop");
}
