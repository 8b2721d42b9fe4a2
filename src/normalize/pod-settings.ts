import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Path } from "../diagnostics/types.js";
import type { Service, Sysctl } from "../model/project.js";
import type { ComposeService, ListOrDict } from "../validate/schema.js";
import { keyValueEntries, stringList } from "./scalars.js";
import { parseSize } from "./sizes.js";
import { childPath } from "./exact.js";

/**
 * `sysctls` is a list or a mapping:
 *   ["net.core.somaxconn=1024", "kernel.shmmax=68719476736"]  or  { net.core.somaxconn: 1024 }
 * An entry without a value ("net.core.somaxconn") cannot be applied and is reported.
 */
export function parseSysctls(value: ListOrDict, path: Path, out: Diagnostic[]): Sysctl[] {
  return keyValueEntries(value, path).flatMap((entry): Sysctl[] => {
    const name = entry.key.trim();
    if (name === "" || entry.value === undefined) {
      out.push(diagnostic("sysctl-syntax", entry.path, { value: entry.value === undefined ? entry.key : `${entry.key}=${entry.value}` }));
      return [];
    }
    return [{ name, value: entry.value.trim(), path: entry.path }];
  });
}

type PodSettings = Pick<
  Service,
  "dns" | "dnsSearch" | "dnsOptions" | "sysctls" | "pid" | "ipc" | "groupAdd" | "securityOpt" | "shmSizeBytes" | "containerName" | "domainname" | "pullPolicy"
>;

/**
 * The pod- and container-level keys that are plain values or lists: dns ("8.8.8.8" or a list),
 * dns_search, dns_opt, sysctls, pid, ipc, group_add, shm_size ("64m"), container_name, domainname,
 * pull_policy. Only keys that are written appear in the result, so absent stays absent.
 */
export function parsePodSettings(raw: ComposeService, servicePath: Path, out: Diagnostic[]): Partial<PodSettings> {
  const settings: Partial<PodSettings> = {};
  // Each field by name, in the model's order: most services write none of these, and a table walked with
  // Object.entries allocated its entry arrays (and, cold, an iterator result per entry) for every one.
  if (raw.dns !== undefined) settings.dns = trimmedList(raw.dns);
  if (raw.dns_search !== undefined) settings.dnsSearch = trimmedList(raw.dns_search);
  if (raw.dns_opt !== undefined) settings.dnsOptions = trimmedList(raw.dns_opt);
  if (raw.group_add !== undefined) settings.groupAdd = trimmedList(raw.group_add);
  if (raw.security_opt !== undefined) settings.securityOpt = trimmedList(raw.security_opt);
  const pid = trimmedText(raw.pid);
  if (pid !== undefined) settings.pid = pid;
  const ipc = trimmedText(raw.ipc);
  if (ipc !== undefined) settings.ipc = ipc;
  const containerName = trimmedText(raw.container_name);
  if (containerName !== undefined) settings.containerName = containerName;
  const domainname = trimmedText(raw.domainname);
  if (domainname !== undefined) settings.domainname = domainname;
  const pullPolicy = trimmedText(raw.pull_policy);
  if (pullPolicy !== undefined) settings.pullPolicy = pullPolicy;
  if (raw.sysctls !== undefined) settings.sysctls = parseSysctls(raw.sysctls, childPath(servicePath, "sysctls"), out);
  const shm = raw.shm_size === undefined ? undefined : parseSize(raw.shm_size, childPath(servicePath, "shm_size"), out);
  if (shm !== undefined) settings.shmSizeBytes = shm;
  return settings;
}

/** A list of one or more words, each trimmed, the empty ones left out. */
const trimmedList = (list: string | readonly (string | number)[]): string[] => stringList(list).map((item) => item.trim()).filter((item) => item !== "");

/** A text trimmed; undefined when it is absent, null or empty. */
const trimmedText = (written: string | null | undefined): string | undefined => {
  const text = written?.trim();
  return text === undefined || text === "" ? undefined : text;
};
