/**
 * Host references inside one piece of text. A name counts only as a whole token in a host position: a
 * URL authority, `host:port`, an nginx `server`/`*_pass` directive, or a host flag's argument. Each
 * candidate is looked up once in the name index, so the work is linear in the text's length.
 */

import { candidates, DIRECTIVE_WORD, port } from "./host-tokens.js";

export interface Reference {
  /** The name as written, lowercased: Docker's DNS ignores case. */
  name: string;
  port?: number;
  scheme?: string;
  /** Offsets of the host name in the text. */
  start: number;
  end: number;
}

export type IsName = (candidate: string) => boolean;

/** Every reference in `text`: URLs first, then host:port and directives outside the URLs already found. */
export function findReferences(text: string, isName: IsName): Reference[] {
  // Each pattern runs only on a text that can hold it: a URL needs "://", host:port a ":", a directive
  // "server" or "_pass". Most texts (LOG_LEVEL=info, "serve --port 8080") hold none, and connect and
  // convert ask for every variable, argument and healthcheck of every service, some three times.
  const hostPorts = text.includes(":");
  const directives = DIRECTIVE_WORD.test(text);
  if (!hostPorts && !directives) return [];
  const found: Reference[] = [];
  const starts = new Set<number>();
  for (const candidate of candidates(text)) {
    if (!isName(candidate.name) || (candidate.byPattern && starts.has(candidate.start))) continue;
    starts.add(candidate.start);
    // A fresh Reference per caller: the cached candidate is shared.
    const reference: Reference = candidate.scheme === undefined ? { name: candidate.name, start: candidate.start, end: candidate.end } : { name: candidate.name, scheme: candidate.scheme, start: candidate.start, end: candidate.end };
    if (candidate.port !== undefined) reference.port = candidate.port;
    found.push(reference);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Flags whose next argument (or `=value`) is a host: `-h db`, `--host=db`, `redis-cli -h cache`. */
const HOST_FLAGS = new Set(["-h", "--host", "-H", "--hostname", "--server", "--addr", "--address", "--broker", "--db-host"]);
const PORT_FLAGS = new Set(["-p", "--port", "-P"]);
/** A host flag as a word of an argument ("-h db", "--host=db"): without one there is nothing to add. */
const HOST_FLAG_WORD = new RegExp(`(?:^|\\s)(?:${[...HOST_FLAGS].join("|")})(?:[=\\s]|$)`);

/**
 * References in an argv (command, entrypoint, healthcheck test): the text references of every argument,
 * plus host flags' arguments, with the port of a `-p`/`--port` flag in the same command.
 */
export function findArgumentReferences(argv: readonly string[], isName: IsName): Reference[] {
  const found: Reference[] = [];
  // By index: a for-of allocates a result object per step until this is optimized.
  for (let index = 0; index < argv.length; index++) {
    const references = findReferences(argv[index]!, isName);
    for (let at = 0; at < references.length; at++) found.push(references[at]!);
  }
  return withFlaggedHosts(found, argv, isName);
}

/**
 * `found` (the text references of `argv`'s arguments) and then each host flag's argument not named yet,
 * with the port of a `-p`/`--port` flag in the same command; flag references have no offsets (-1).
 */
export function withFlaggedHosts(found: Reference[], argv: readonly string[], isName: IsName): Reference[] {
  // Most commands name no host flag (a port flag alone adds nothing): then no word is split.
  if (!argv.some((argument) => HOST_FLAG_WORD.test(argument))) return found;
  const words: string[] = [];
  for (const argument of argv) for (const word of argument.split(/\s+/)) if (word !== "") words.push(word);
  let flagPort: number | undefined;
  const flagged: Reference[] = [];
  // Every host and port flag starts with "-": other words are never split (this runs for every command
  // and healthcheck of every service).
  words.forEach((word, index) => {
    if (!word.startsWith("-")) return;
    const equals = word.indexOf("=");
    const flag = equals < 0 ? word : word.slice(0, equals);
    if (!HOST_FLAGS.has(flag) && !PORT_FLAGS.has(flag)) return;
    // "--host=db" (up to a second "=", as split("=", 2) read it) or the next word.
    const second = equals < 0 ? -1 : word.indexOf("=", equals + 1);
    const value = equals < 0 ? words[index + 1] : word.slice(equals + 1, second < 0 ? undefined : second);
    if (value === undefined) return;
    const clean = value.replace(/^["']|["';]$/g, "");
    if (PORT_FLAGS.has(flag)) flagPort = port(clean) ?? flagPort;
    if (HOST_FLAGS.has(flag) && isName(clean.toLowerCase())) flagged.push({ name: clean.toLowerCase(), start: -1, end: -1 });
  });
  for (const reference of flagged) {
    if (found.some((r) => r.name === reference.name)) continue;
    found.push(flagPort === undefined ? reference : { ...reference, port: flagPort });
  }
  return found;
}

/** Variables whose whole value is a host name: DB_HOST, REDIS_HOSTNAME, SMTP_SERVER, BROKER_ADDR… */
export const isHostVariable = (key: string): boolean => /(^|_)(HOST|HOSTNAME|HOSTS|SERVER|ADDR|ADDRESS|ENDPOINT)$/i.test(key);

/** DB_HOST → DB_PORT: the variable that carries the port for a host variable. */
export const portVariableOf = (key: string): string => key.replace(/(HOST|HOSTNAME|HOSTS|SERVER|ADDR|ADDRESS|ENDPOINT)$/i, "PORT");

/**
 * References in one environment value: the text rules, or, for a host variable, the whole value (or each
 * comma-separated `host[:port]`) when it is a name.
 */
export function findEnvironmentReferences(key: string, value: string, isName: IsName): Reference[] {
  const found = findReferences(value, isName);
  if (found.length > 0 || !isHostVariable(key)) return found;
  let offset = 0;
  for (const part of value.split(",")) {
    const [host = "", written] = part.trim().split(":");
    const name = host.toLowerCase();
    if (isName(name)) {
      const start = value.indexOf(host, offset);
      const reference: Reference = { name, start, end: start + host.length };
      const number = port(written);
      if (number !== undefined) reference.port = number;
      found.push(reference);
    }
    offset += part.length + 1;
  }
  return found;
}
