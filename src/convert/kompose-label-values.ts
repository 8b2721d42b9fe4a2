import { isDns1123Label, isDns1123Subdomain } from "../model/kubernetes-names.js";
import { isQuantity } from "../model/quantities.js";

/**
 * Parsers for the values of Kompose's labels. Each returns undefined for a value it does not accept;
 * the label table pairs it with the text that says what was expected. Labels are strings after
 * normalisation (`kompose.hpa.cpu: 80` arrives as "80").
 */

/** A case-insensitive choice: oneOf({ nodeport: "NodePort" })("NODEPORT") → "NodePort". */
export function oneOf<T>(choices: Readonly<Record<string, T>>): (text: string) => T | undefined {
  return (text) => {
    const key = text.trim().toLowerCase();
    return Object.hasOwn(choices, key) ? choices[key] : undefined;
  };
}

/** "3" → 3; "3.5", "-1" or a number below `minimum` → undefined. */
export const integer = (minimum: number, maximum = Number.MAX_SAFE_INTEGER) => (text: string): number | undefined => {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isSafeInteger(value) && value >= minimum && value <= maximum ? value : undefined;
};

/** "80" or "80%" → 80: an average utilisation target in percent of the request. */
export const percentage = (text: string): number | undefined => integer(1, 1000)(text.trim().replace(/%$/, ""));

/** A Kubernetes quantity: "1Gi", "500Mi", "2G"; "1 GB" or "lots" → undefined. */
export const quantity = (text: string): string | undefined => (isQuantity(text.trim()) ? text.trim() : undefined);

/** An object name (Secret, IngressClass, StorageClass, ServiceAccount): a DNS-1123 subdomain. */
export const objectName = (text: string): string | undefined => {
  const trimmed = text.trim();
  return isDns1123Subdomain(trimmed) ? trimmed : undefined;
};

/** "true", "yes", "false"… → boolean, as Compose's own booleans. */
export const flag = oneOf({ true: true, yes: true, on: true, "1": true, false: false, no: false, off: false, "0": false });

const CRON_MACROS = new Set(["@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly"]);
const CRON_FIELD = /^[0-9A-Za-z*?/,\-]+$/;

/**
 * A CronJob schedule: five fields ("*\/5 * * * *", "0 3 * * MON-FRI") or a macro ("@daily"); an
 * optional "TZ=Europe/Paris " prefix is not accepted (Kubernetes rejects it; use spec.timeZone).
 */
export const cronSchedule = (text: string): string | undefined => {
  const trimmed = text.trim().replace(/\s+/g, " ");
  if (CRON_MACROS.has(trimmed.toLowerCase())) return trimmed.toLowerCase();
  const fields = trimmed.split(" ");
  return fields.length === 5 && fields.every((field) => CRON_FIELD.test(field)) ? trimmed : undefined;
};

/** One Ingress rule: a host (absent for `true`) and the path it routes. */
export interface ExposedHost {
  host?: string;
  path: string;
}

const HOST = /^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/**
 * `kompose.service.expose`: "true" (any host), or hosts separated by commas, each with an optional path:
 * "shop.example.com,api.example.com/v1" → [{ host: "shop.example.com", path: "/" }, { host: "api.example.com", path: "/v1" }].
 * "false" → [] (no Ingress). Kubernetes wants lowercase hosts, so "Shop.Example.com" is lowered.
 */
export const exposedHosts = (text: string): ExposedHost[] | undefined => {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === "true") return [{ path: "/" }];
  if (trimmed === "false") return [];
  const hosts: ExposedHost[] = [];
  for (const entry of trimmed.split(",").map((part) => part.trim())) {
    if (entry === "true") {
      hosts.push({ path: "/" });
      continue;
    }
    const slash = entry.indexOf("/");
    const host = slash === -1 ? entry : entry.slice(0, slash);
    const path = slash === -1 ? "/" : entry.slice(slash);
    if (host.length > 253 || !HOST.test(host) || /\s/.test(path)) return undefined;
    hosts.push({ host, path });
  }
  return hosts;
};

/** A sub-path inside a volume: relative, no "..": "pg-data" or "data/db". */
export const subPath = (text: string): string | undefined => {
  const trimmed = text.trim().replace(/^\/+/, "");
  return trimmed !== "" && !trimmed.split("/").includes("..") ? trimmed : undefined;
};

/** A container name: a DNS-1123 label, "init-db". */
export const containerLabel = (text: string): string | undefined => {
  const trimmed = text.trim();
  return isDns1123Label(trimmed) ? trimmed : undefined;
};

/**
 * A command as Kompose's labels write it: a JSON list '["sh", "-c", "echo ready"]', or a plain command
 * line "echo ready" split at spaces outside quotes. An empty or malformed value → undefined.
 */
export const commandLine = (text: string): string[] | undefined => {
  const trimmed = text.trim();
  if (trimmed.startsWith("[")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      return undefined;
    }
    return Array.isArray(parsed) && parsed.length > 0 && parsed.every((item) => typeof item === "string") ? (parsed as string[]) : undefined;
  }
  const words: string[] = [];
  const pattern = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (const match of trimmed.matchAll(pattern)) words.push(match[1] ?? match[2] ?? match[3] ?? "");
  return words.length > 0 ? words : undefined;
};
