/**
 * The WWW-Authenticate challenge a registry answers 401 with (RFC 7235; the Distribution token
 * spec): `Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="…"`, or
 * `Basic realm="…"`. Parameter values may be quoted strings with backslash escapes.
 */
export interface Challenge {
  scheme: "bearer" | "basic";
  params: Record<string, string>;
}

export function parseChallenge(header: string | null): Challenge | undefined {
  if (header === null) return undefined;
  const match = /^\s*(\w+)\s*(.*)$/s.exec(header);
  const scheme = match?.[1]?.toLowerCase();
  if (match === null || (scheme !== "bearer" && scheme !== "basic")) return undefined;
  const params: Record<string, string> = {};
  const pattern = /([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))\s*,?\s*/gy;
  const rest = match[2] ?? "";
  for (let found = pattern.exec(rest); found !== null && found[0] !== ""; found = pattern.exec(rest)) {
    const [, key = "", quoted, token] = found;
    params[key.toLowerCase()] = quoted === undefined ? (token ?? "") : quoted.replace(/\\(.)/g, "$1");
  }
  return { scheme, params };
}

/** The token endpoint's URL for one repository pull, as the challenge asks (its own scope, else ours). */
export function tokenUrl(challenge: Challenge, repository: string): URL | undefined {
  const realm = challenge.params["realm"];
  if (realm === undefined || !/^https?:\/\//.test(realm)) return undefined;
  const url = new URL(realm);
  const service = challenge.params["service"];
  if (service !== undefined) url.searchParams.set("service", service);
  url.searchParams.set("scope", challenge.params["scope"] ?? `repository:${repository}:pull`);
  return url;
}
