import type { Command } from "commander";

/** The CLI's exit codes as `--help` tells them; the numbers are EXIT in src/cli/io.ts. */
export const EXIT_CODES_HELP = [
  "Exit codes:",
  "  0   done (warnings, if any, on stderr)",
  "  1   the Compose project is invalid, or an output could not be written (nothing is written)",
  "  2   the command line is wrong (unknown flag, bad value, unknown topic)",
  "  70  internal error in kubepose (please report it)",
].join("\n");

/** Examples shown under each command's --help, as a person would type them. */
export const EXAMPLES: Record<string, readonly string[]> = {
  kubepose: [
    "kubepose convert -o k8s/                        # compose.yaml of this folder, one file per object",
    "kubepose compare --width 120                    # Compose beside Kubernetes in the terminal",
    "kubepose explain healthcheck                    # how a healthcheck becomes probes",
    "source <(kubepose completion bash)              # tab completion in this shell",
  ],
  convert: [
    "kubepose convert                                # manifests on stdout",
    "kubepose convert -f compose.yaml -f compose.prod.yaml -o all.yaml",
    "kubepose convert -o k8s/ --report migration.md  # one file per object, and a migration report",
    "kubepose convert -n shop --profile debug --watch",
  ],
  validate: ["kubepose validate", "kubepose validate -f stack.yaml --env-file prod.env"],
  compare: [
    "kubepose compare --width 120",
    "kubepose compare --html -o report.html          # one self-contained page",
    "kubepose compare --watch                        # redraw whenever a project file changes",
  ],
  explain: ["kubepose explain                                # list the topics", "kubepose explain ports", "kubepose explain services.web.healthcheck"],
  completion: [
    "source <(kubepose completion bash)              # add to ~/.bashrc",
    "source <(kubepose completion zsh)               # add to ~/.zshrc",
    "kubepose completion fish > ~/.config/fish/completions/kubepose.fish",
  ],
  version: ["kubepose version", "kubepose --version"],
};

/**
 * Adds "Examples:" under every command that has some, and the exit codes under every help page
 * (commander's "afterAll" reaches commands added later too).
 */
export function addHelpTexts(program: Command): void {
  for (const command of [program, ...program.commands]) {
    const examples = EXAMPLES[command.name()];
    if (examples !== undefined) command.addHelpText("after", `\nExamples:\n${examples.map((line) => `  ${line}`).join("\n")}`);
  }
  program.addHelpText("afterAll", `\n${EXIT_CODES_HELP}`);
}
