import { BoundedMap } from "../model/bounded-map.js";

/**
 * The host-shaped tokens of a text (references.ts asks the name index which of them are services):
 * URL hosts, host:port and nginx directives, found by regular expressions once per text.
 */

const HOST = "[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?";
/** scheme://[userinfo@]host[:port][,host[:port]…] — the authority ends at /, ?, #, whitespace or a quote. */
const URL = /(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]*):\/\/([^\s/?#"'`<>;()\[\]]*)/g;
/** host:port not glued to a path, a URL or another word ("/var/lib/db:1" and "x.db:1" do not count). */
const HOST_PORT = new RegExp(`(?<![\\w.\\-/@:])(${HOST}):(\\d{1,5})(?![\\w.:])`, "g");
/** nginx: `server api:3000;` in an upstream, `fastcgi_pass php:9000;`, `proxy_pass api;`. */
/** Each directive contains "server" or "_pass": a text without either has none. */
export const DIRECTIVE_WORD = /server|_pass/;
const DIRECTIVE = new RegExp(`\\b(?:server|proxy_pass|fastcgi_pass|uwsgi_pass|grpc_pass|scgi_pass)\\s+(${HOST})(?::(\\d{1,5}))?\\s*[;\\s]`, "g");

export const port = (text: string | undefined): number | undefined => {
  if (text === undefined || text === "") return undefined;
  const value = Number(text);
  return Number.isInteger(value) && value > 0 && value <= 65535 ? value : undefined;
};

/**
 * A host-shaped token of one text, before the name index is asked: URL hosts (with their scheme) and,
 * outside every URL, host:port and directive hosts, in the order the patterns find them.
 */
interface Candidate {
  name: string;
  start: number;
  end: number;
  port?: number;
  scheme?: string;
  /** Found by host:port or a directive: kept only when no earlier kept reference starts there. */
  byPattern: boolean;
}

/**
 * Candidates per text. Finding them is the regular expressions' work and does not depend on which names
 * the caller knows, while connect and convert ask about one text several times (a healthcheck by connect,
 * by the probe and by its evidence) and projects repeat texts (one healthcheck command in every service):
 * each text is scanned once. Entries are never changed; the table starts over past TEXT_LIMIT texts
 * (the playground is a long-lived process).
 */
const TEXT_LIMIT = 10_000;
const candidatesOfText = new BoundedMap<string, readonly Candidate[]>(TEXT_LIMIT);

export function candidates(text: string): readonly Candidate[] {
  let found = candidatesOfText.get(text);
  if (found !== undefined) return found;
  found = scan(text);
  return candidatesOfText.remember(text, found);
}

function scan(text: string): Candidate[] {
  const directives = DIRECTIVE_WORD.test(text);
  const hostPorts = text.includes(":");
  const found: Candidate[] = [];
  const covered: [number, number][] = [];
  for (const match of text.includes("://") ? text.matchAll(URL) : []) {
    const scheme = match[1] ?? "";
    const authority = match[2] ?? "";
    const start = (match.index ?? 0) + scheme.length + 3;
    covered.push([match.index ?? 0, start + authority.length]);
    const hosts = authority.slice(authority.lastIndexOf("@") + 1);
    let offset = start + authority.length - hosts.length;
    for (const part of hosts.split(",")) {
      const [host = "", written] = part.split(":");
      const candidate: Candidate = { name: host.toLowerCase(), scheme: scheme.toLowerCase(), start: offset, end: offset + host.length, byPattern: false };
      const number = port(written);
      if (number !== undefined) candidate.port = number;
      found.push(candidate);
      offset += part.length + 1;
    }
  }
  // Matches come in text order, as do the URLs: one pointer per pattern keeps the scan linear.
  for (const pattern of directives ? (hostPorts ? [HOST_PORT, DIRECTIVE] : [DIRECTIVE]) : [HOST_PORT]) {
    let url = 0;
    for (const match of text.matchAll(pattern)) {
      const host = match[1] ?? "";
      const start = (match.index ?? 0) + match[0].indexOf(host);
      while (url < covered.length && (covered[url]?.[1] ?? 0) <= start) url += 1;
      if (url < covered.length && (covered[url]?.[0] ?? Infinity) <= start) continue;
      const candidate: Candidate = { name: host.toLowerCase(), start, end: start + host.length, byPattern: true };
      const number = port(match[2]);
      if (number !== undefined) candidate.port = number;
      found.push(candidate);
    }
  }
  return found;
}

