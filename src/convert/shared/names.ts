/**
 * Kubernetes naming rules, so every name kubepose writes is one the API server accepts.
 * Service names must be RFC 1035 labels (start with a letter), the strictest rule among the objects we
 * write, so every object name derived from a Compose name follows it.
 */

import { isDns1035Label } from "../../model/kubernetes-names.js";

const LABEL_MAX = 63;

/** "My_App.v2" → "my-app-v2"; "3d" → "s-3d" (RFC 1035 labels start with a letter); at most 63 characters. */
export function dnsLabel(text: string): string {
  // Most names already are labels ("web", "svc-0001"), and convert asks for a service's several times:
  // one test, and no four regular-expression copies of the same string.
  if (isDns1035Label(text)) return text;
  let name = text.toLowerCase().replace(/[^a-z0-9-]/g, "-").replace(/^-+/, "");
  if (!/^[a-z]/.test(name)) name = `s-${name}`;
  name = name.slice(0, LABEL_MAX).replace(/-+$/, "");
  return name;
}

/** The API server's own name rules (model/kubernetes-names.ts), under the names converters use. */
export {
  /** RFC 1035 label: every object name kubepose derives from a Compose name. */
  isDns1035Label as isDnsLabel,
  /** RFC 1123 label, used for a pod's hostname: "db-1" is fine, "db_1" or "-db" are not. */
  isDns1123Label as isHostnameLabel,
  /**
   * IANA_SVC_NAME, the API's rule for container port names (at most 15 characters): "http" and
   * "tcp-8080" pass, "8080" does not. service.ts keeps a Compose port name for the Service only when
   * it passes this rule, stricter than the DNS-1123 label (up to 63) the API asks of Service ports.
   */
  isIanaServiceName as isPortName,
} from "../../model/kubernetes-names.js";

/** A derived object name: ("web", "env") → "web-env". The base is already a label, so the result is too short to need trimming for ConfigMaps, Secrets and claims (≤ 253). */
export const derivedName = (base: string, ...suffix: (string | number)[]): string =>
  // A template, not [base, ...suffix].join: no spread copy for each ConfigMap and Secret name.
  suffix.length === 0 ? base : `${base}-${suffix.join("-")}`;

/** ("tcp", 8080) → "tcp-8080": always a valid port name (the longest, "sctp-65535", has 10 characters). */
export const portName = (protocol: string, port: number): string => `${protocol}-${port}`;

const CONFIG_MAP_KEY_MAX = 253;

/**
 * ConfigMap and Secret keys allow only [-._a-zA-Z0-9], and may not be "." or start with "..".
 * "conf.d/app conf" → "conf.d_app_conf"; "..data" → "_..data".
 */
export function configMapKey(text: string): string {
  let key = text.replace(/[^-._a-zA-Z0-9]/g, "_");
  if (key === "" || key === "." || key.startsWith("..")) key = `_${key}`;
  return key.slice(0, CONFIG_MAP_KEY_MAX);
}

/** Makes keys unique in the order they come: ["a_b", "a_b"] → ["a_b", "a_b-2"]. */
export function uniqueKeys(keys: readonly string[]): string[] {
  const seen = new Set<string>();
  return keys.map((key) => {
    let candidate = key;
    for (let n = 2; seen.has(candidate); n++) candidate = `${key}-${n}`;
    seen.add(candidate);
    return candidate;
  });
}
