import type { Command } from "commander";

/**
 * Shell completion generated from commander's own program definition, so a command or flag another
 * change adds is completed without touching this file. One neutral description of the program
 * (`CompletionSpec`), then one small renderer per shell.
 */
export const SHELLS = ["bash", "zsh", "fish"] as const;
export type Shell = (typeof SHELLS)[number];

interface FlagSpec {
  short?: string;
  long?: string;
  description: string;
  /** Takes a value: its fixed choices, or "file" when any word (usually a path) goes. */
  value?: readonly string[] | "file";
}
interface CommandSpec {
  name: string;
  description: string;
  flags: FlagSpec[];
  /** The fixed choices of the first argument, when it has some (`completion bash|zsh|fish`). */
  argumentChoices: readonly string[];
}
interface CompletionSpec {
  program: string;
  flags: FlagSpec[];
  commands: CommandSpec[];
}

const HELP: FlagSpec = { short: "-h", long: "--help", description: "show help" };

/** What completion needs from a commander program: its visible commands and flags. */
export function completionSpec(program: Command): CompletionSpec {
  const flagsOf = (command: Command): FlagSpec[] => [
    ...command.options
      .filter((option) => !option.hidden)
      .map((option): FlagSpec => {
        const value: FlagSpec["value"] = option.required || option.optional ? (option.argChoices ?? "file") : undefined;
        return {
          ...(option.short === undefined ? {} : { short: option.short }),
          ...(option.long === undefined ? {} : { long: option.long }),
          description: option.description,
          ...(value === undefined ? {} : { value }),
        };
      }),
    HELP,
  ];
  const commands = program.commands
    .filter((command) => !(command as Command & { _hidden?: boolean })._hidden)
    .map((command) => ({
      name: command.name(),
      description: command.description(),
      flags: flagsOf(command),
      argumentChoices: command.registeredArguments[0]?.argChoices ?? [],
    }));
  return { program: program.name(), flags: flagsOf(program), commands };
}

/** The script for one shell; load it with `source <(kubepose completion bash)` and the like. */
export function completionScript(shell: Shell, spec: CompletionSpec): string {
  return { bash: bashScript, zsh: zshScript, fish: fishScript }[shell](spec);
}

const names = (flag: FlagSpec): string[] => [flag.short, flag.long].filter((name): name is string => name !== undefined);
const single = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;
const fn = (spec: CompletionSpec) => `_${spec.program.replace(/[^A-Za-z0-9_]/g, "_")}`;

function bashScript(spec: CompletionSpec): string {
  const valueCases = (flags: FlagSpec[]) =>
    flags
      .filter((flag) => flag.value !== undefined)
      .map((flag) => {
        const reply = flag.value === "file" ? `compgen -f -- "$cur"` : `compgen -W ${single(flag.value!.join(" "))} -- "$cur"`;
        return `        ${names(flag).join("|")}) COMPREPLY=($(${reply})); return ;;`;
      });
  const commandCase = (command: CommandSpec) => {
    const words = command.flags.flatMap(names).join(" ");
    const argument = command.argumentChoices.length > 0 ? `compgen -W ${single(command.argumentChoices.join(" "))} -- "$cur"` : `compgen -f -- "$cur"`;
    return [
      `    ${command.name})`,
      `      case "$prev" in`,
      ...valueCases(command.flags),
      `      esac`,
      `      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W ${single(words)} -- "$cur")); else COMPREPLY=($(${argument})); fi`,
      `      ;;`,
    ];
  };
  const top = [...spec.commands.map((command) => command.name), ...spec.flags.flatMap(names)].join(" ");
  return [
    `# ${spec.program} completion for bash. Load it with: source <(${spec.program} completion bash)`,
    `${fn(spec)}() {`,
    `  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" command="" i`,
    `  for ((i = 1; i < COMP_CWORD; i++)); do`,
    `    if [[ "\${COMP_WORDS[i]}" != -* ]]; then command="\${COMP_WORDS[i]}"; break; fi`,
    `  done`,
    `  case "$command" in`,
    `    "") COMPREPLY=($(compgen -W ${single(top)} -- "$cur")) ;;`,
    ...spec.commands.flatMap(commandCase),
    `  esac`,
    `}`,
    `complete -o filenames -o bashdefault -F ${fn(spec)} ${spec.program}`,
    "",
  ].join("\n");
}

/** zsh's _arguments specs: '*--file[Compose file]:value:_files'; brackets, colons and quotes escaped. */
function zshScript(spec: CompletionSpec): string {
  const text = (description: string) => description.replace(/[[\]:\\]/g, (c) => `\\${c}`);
  const flagSpecs = (flags: FlagSpec[]) =>
    flags.flatMap((flag) =>
      names(flag).map((name) => {
        const value = flag.value === undefined ? "" : flag.value === "file" ? ":value:_files" : `:value:(${flag.value.join(" ")})`;
        return single(`*${name}[${text(flag.description)}]${value}`);
      }),
    );
  const commandCase = (command: CommandSpec) => {
    const argument = command.argumentChoices.length > 0 ? `:argument:(${command.argumentChoices.join(" ")})` : ":argument:_files";
    return [`    ${command.name})`, `      _arguments -s ${[...flagSpecs(command.flags), single(`1${argument}`)].join(" \\\n        ")} ;;`];
  };
  return [
    `#compdef ${spec.program}`,
    `# ${spec.program} completion for zsh. Load it with: source <(${spec.program} completion zsh)`,
    `${fn(spec)}() {`,
    `  local -a commands`,
    `  commands=(${spec.commands.map((command) => single(`${command.name}:${command.description}`)).join(" ")})`,
    `  if (( CURRENT == 2 )); then`,
    `    _describe -t commands command commands`,
    `    _arguments ${flagSpecs(spec.flags).join(" ")}`,
    `    return`,
    `  fi`,
    `  shift words; (( CURRENT-- ))`,
    `  case "$words[1]" in`,
    ...spec.commands.flatMap(commandCase),
    `  esac`,
    `}`,
    `if [[ "$funcstack[1]" == ${fn(spec)} ]]; then ${fn(spec)} "$@"; else compdef ${fn(spec)} ${spec.program}; fi`,
    "",
  ].join("\n");
}

function fishScript(spec: CompletionSpec): string {
  const flagLine = (condition: string, flag: FlagSpec) => {
    const parts = [`complete -c ${spec.program} -n ${single(condition)}`];
    if (flag.short !== undefined) parts.push(`-s ${flag.short.slice(1)}`);
    if (flag.long !== undefined) parts.push(`-l ${flag.long.slice(2)}`);
    if (flag.value === "file") parts.push("-r -F");
    else if (flag.value !== undefined) parts.push(`-x -a ${single(flag.value.join(" "))}`);
    parts.push(`-d ${single(flag.description)}`);
    return parts.join(" ");
  };
  const commandNames = spec.commands.map((command) => command.name).join(" ");
  return [
    `# ${spec.program} completion for fish. Load it with: ${spec.program} completion fish | source`,
    `complete -c ${spec.program} -f`,
    ...spec.flags.map((flag) => flagLine("__fish_use_subcommand", flag)),
    ...spec.commands.flatMap((command) => {
      const within = `__fish_seen_subcommand_from ${command.name}`;
      const argument =
        command.argumentChoices.length > 0
          ? [`complete -c ${spec.program} -n ${single(within)} -x -a ${single(command.argumentChoices.join(" "))}`]
          : [];
      return [
        `complete -c ${spec.program} -n ${single(`not __fish_seen_subcommand_from ${commandNames}`)} -a ${command.name} -d ${single(command.description)}`,
        ...command.flags.map((flag) => flagLine(within, flag)),
        ...argument,
      ];
    }),
    "",
  ].join("\n");
}
