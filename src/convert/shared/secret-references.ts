import { pathKey, type Path } from "../../diagnostics/types.js";
import { isSensitiveVariable } from "../../model/credentials.js";
import type { InterpolatedSecret, Project, Service } from "../../model/project.js";
import { shellQuote } from "./shell.js";

/** A credential's value inside a string, and the container variable that holds it. */
export interface SecretUse {
  /** The Compose variable it was substituted from: DB_PASSWORD. */
  variable: string;
  value: string;
  /** The container variable that holds it (from the service's env Secret): usually `variable` itself. */
  name: string;
}

/** Kubernetes expands "$(VAR)" in command, args and env values, Compose does not; "$$(" keeps it as written. */
export const escapeExpansion = (value: string): string => (value.includes("$(") ? value.replaceAll("$(", () => "$$(") : value);

const startsWith = (path: Path, prefix: Path): boolean => prefix.length <= path.length && prefix.every((part, i) => path[i] === part);

/** The keys under which a credential can be referenced from a Secret instead of written in clear. */
const REFERABLE = ["command", "entrypoint", "healthcheck"] as const;

/**
 * The credentials substituted into one service's values (load/secret-uses.ts), and how the container
 * reaches each: the variable is added to the service's env Secret (under its own name unless the
 * service already sets that name to something else), and command, args and env values refer to it as
 * $(NAME). Uses anywhere Kubernetes cannot reference a variable are `inClear`, for a warning.
 */
export class SecretReferences {
  /** Variables the env Secret must hold for the references to resolve: container name → value. */
  readonly variables: Record<string, string> = {};
  readonly inClear: InterpolatedSecret[] = [];
  private readonly uses: { path: Path; use: SecretUse }[] = [];
  /** Uses by the key they sit under (services.web.command) and by the entry (services.web.environment.X). */
  private readonly byKey = new Map<string, { path: Path; use: SecretUse }[]>();
  private variableAt?: Map<string, string>;

  constructor(private readonly service: Pick<Service, "path" | "environment" | "environmentPaths">, secrets: readonly InterpolatedSecret[]) {
    for (const secret of secrets) {
      if (!startsWith(secret.path, service.path)) continue;
      const key = secret.path[service.path.length];
      if (key === "environment") {
        const variable = this.environmentVariable(secret.path);
        // A variable that goes to the Secret anyway needs no reference: its whole value is hidden.
        if (variable === undefined || isSensitiveVariable(variable, service.environment[variable] ?? "")) continue;
      } else if (key === "labels") {
        continue; // left out of the annotations by convert/shared/labels.ts
      } else if (!REFERABLE.some((name) => name === key) || (key === "healthcheck" && secret.path[service.path.length + 1] !== "test")) {
        this.inClear.push(secret);
        continue;
      }
      const entry = { path: secret.path, use: { variable: secret.variable, value: secret.value, name: this.nameFor(secret) } };
      this.uses.push(entry);
      for (const depth of [1, 2]) {
        if (secret.path.length < service.path.length + depth) continue;
        const key = pathKey(secret.path.slice(0, service.path.length + depth));
        const list = this.byKey.get(key);
        if (list) list.push(entry);
        else this.byKey.set(key, [entry]);
      }
    }
  }

  /** Where the first use of an added variable was written, for its key's trace. */
  sourceOf(name: string): Path | undefined {
    return this.uses.find((entry) => entry.use.name === name)?.path;
  }

  /** Uses inside the Compose value at `path` (services.web.command, an environment entry…). */
  under(path: Path): SecretUse[] {
    // Asked once per variable and key: a look-up, so 40,000 variables cost 40,000 steps, not their square.
    if (this.uses.length === 0) return [];
    const depth = path.length - this.service.path.length;
    const candidates = depth === 1 || depth === 2 ? this.byKey.get(pathKey(path)) ?? [] : this.uses;
    return candidates.filter((entry) => startsWith(entry.path, path)).map((entry) => entry.use);
  }

  /**
   * Uses inside word `index` of a list written at `path` (`command: [a, "${PW}"]`), or anywhere in the
   * string written there (`command: run -p ${PW}`, split into words later).
   */
  inWord(path: Path, index: number): SecretUse[] {
    if (this.uses.length === 0) return [];
    const depth = path.length;
    return (this.byKey.get(pathKey(path)) ?? [])
      .filter((entry) => startsWith(entry.path, path) && (entry.path.length === depth || entry.path[depth] === index))
      .map((entry) => entry.use);
  }

  /** The variable an `environment` entry at (or under) `path` sets. */
  private environmentVariable(path: Path): string | undefined {
    this.variableAt ??= new Map(Object.entries(this.service.environmentPaths).map(([name, at]) => [pathKey(at), name]));
    return this.variableAt.get(pathKey(path.slice(0, this.service.path.length + 2)));
  }

  /** DB_PASSWORD, or DB_PASSWORD_1… when the service sets DB_PASSWORD to another value. */
  private nameFor(secret: InterpolatedSecret): string {
    const taken = (name: string) => {
      const value = this.service.environment[name] ?? this.variables[name];
      return value !== undefined && value !== secret.value;
    };
    let name = secret.variable;
    for (let n = 1; taken(name); n++) name = `${secret.variable}_${n}`;
    this.variables[name] = secret.value;
    return name;
  }
}

/**
 * The references of a service into which nothing was substituted from a credential (most services, and
 * every service of most projects): one shared instance, which nothing changes (only a use adds to its
 * lists), instead of a new one with its Map and lists per service, and no key built for its path.
 */
const NO_SECRETS = new SecretReferences({ path: [], environment: {}, environmentPaths: {} }, []);
Object.freeze(NO_SECRETS.variables);
Object.freeze(NO_SECRETS.inClear);

/** The service's references, or none when nothing was substituted from a credential. */
export function secretReferences(project: Project, service: Service): SecretReferences {
  if (project.interpolatedSecrets === undefined || project.interpolatedSecrets.length === 0) return NO_SECRETS;
  const secrets = service.path.length === 2 ? (secretsByService(project).get(pathKey(service.path)) ?? []) : project.interpolatedSecrets;
  return secrets.length === 0 ? NO_SECRETS : new SecretReferences(service, secrets);
}

/** The project's substituted credentials by the service they sit in (services.web), filed once per project, not scanned per service. */
const secretsOfProject = new WeakMap<Project, ReadonlyMap<string, InterpolatedSecret[]>>();
function secretsByService(project: Project): ReadonlyMap<string, InterpolatedSecret[]> {
  let filed = secretsOfProject.get(project);
  if (filed === undefined) {
    const byService = new Map<string, InterpolatedSecret[]>();
    for (const secret of project.interpolatedSecrets ?? []) {
      if (secret.path.length < 2) continue;
      const key = pathKey(secret.path.slice(0, 2));
      const list = byService.get(key);
      if (list === undefined) byService.set(key, [secret]);
      else list.push(secret);
    }
    filed = byService;
    secretsOfProject.set(project, filed);
  }
  return filed;
}

/** `text` cut around each use's value (the longest first where two overlap): literal pieces and uses. */
export function cutAtSecrets(text: string, uses: readonly SecretUse[]): (string | SecretUse)[] {
  const ordered = uses.filter((use) => use.value !== "").sort((a, b) => b.value.length - a.value.length);
  const pieces: (string | SecretUse)[] = [];
  let rest = text;
  while (rest !== "") {
    let first: { at: number; use: SecretUse } | undefined;
    for (const use of ordered) {
      const at = rest.indexOf(use.value);
      if (at >= 0 && (first === undefined || at < first.at)) first = { at, use };
    }
    if (!first) break;
    if (first.at > 0) pieces.push(rest.slice(0, first.at));
    pieces.push(first.use);
    rest = rest.slice(first.at + first.use.value.length);
  }
  if (rest !== "") pieces.push(rest);
  return pieces;
}

/** For command, args and env values: literal "$(" escaped, each credential as $(NAME). */
export const withReferences = (text: string, uses: readonly SecretUse[]): string =>
  uses.length === 0 ? escapeExpansion(text) : cutAtSecrets(text, uses)
    .map((piece) => (typeof piece === "string" ? escapeExpansion(piece) : `$(${piece.name})`))
    .join("");

const SHELL = /^(?:\/(?:usr\/)?bin\/)?(?:ba|da|a)?sh$/;

/**
 * An exec probe that reads credentials from the container's environment. Kubernetes expands $(VAR) in a
 * probe only for variables written inline in env (kubernetes/kubernetes#40846, #42273), never for ones
 * from a Secret, so a shell does it: ["sh", "-c", script] keeps its script with "${NAME}" in place of
 * each value; any other command runs as `exec 'arg' … "${NAME}"` under /bin/sh, quoted word by word.
 */
export function probeWithShell(test: readonly string[], uses: readonly SecretUse[]): string[] {
  const [shell, flag, script] = test;
  if (test.length === 3 && shell !== undefined && SHELL.test(shell) && flag === "-c" && script !== undefined) {
    return [shell, flag, cutAtSecrets(script, uses).map((piece) => (typeof piece === "string" ? piece : `\${${piece.name}}`)).join("")];
  }
  const words = test.map((argument) => {
    const pieces = cutAtSecrets(argument, uses);
    return pieces.length === 0 ? shellQuote("") : pieces.map((piece) => (typeof piece === "string" ? shellQuote(piece) : `"\${${piece.name}}"`)).join("");
  });
  return ["/bin/sh", "-c", `exec ${words.join(" ")}`];
}
