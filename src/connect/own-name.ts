import { findReferences, withFlaggedHosts } from "./references.js";

/**
 * A command with every host reference to `own` names replaced by localhost: a readiness probe that calls
 * the pod's own Service name can never pass, since only ready pods stand behind the Service.
 * Returns undefined when nothing refers to the service itself.
 */
export function callingLocalhost(argv: readonly string[], own: ReadonlySet<string>): string[] | undefined {
  const isOwn = (name: string) => own.has(name);
  let changed = false;
  // Each argument's references are found once, for the flags (findArgumentReferences) and the rewrite.
  const byArgument = argv.map((argument) => findReferences(argument, isOwn));
  const references = withFlaggedHosts(byArgument.flat(), argv, isOwn);
  // Nearly every probe names none of its own names: then nothing below would change a word.
  if (references.length === 0) return undefined;
  const flagged = new Set(references.filter((r) => r.start === -1).map((r) => r.name));
  const rewritten = argv.map((argument, index) => {
    if (flagged.has(argument.toLowerCase())) {
      changed = true;
      return "localhost";
    }
    const references = byArgument[index] ?? [];
    let text = argument;
    for (const reference of [...references].reverse()) text = `${text.slice(0, reference.start)}localhost${text.slice(reference.end)}`;
    // A flag's argument inside a shell string: "redis-cli -h cache ping".
    for (const name of flagged) text = text.replace(new RegExp(`(\\s-{1,2}[A-Za-z-]+[\\s=])${name.replace(/[.]/g, "\\.")}(?=\\s|$)`, "gi"), "$1localhost");
    if (text !== argument) changed = true;
    return text;
  });
  return changed ? rewritten : undefined;
}

/** The names a service answers to itself: its name, its network aliases and its container_name, lowercased. */
export function ownNames(service: { name: string; containerName?: string; networks: { aliases: string[] }[] }): Set<string> {
  const names = [service.name, ...service.networks.flatMap((network) => network.aliases), ...(service.containerName === undefined ? [] : [service.containerName])];
  return new Set(names.map((name) => name.toLowerCase()));
}
