import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Path } from "../diagnostics/types.js";
import type { Service, Sysctl } from "../model/project.js";
import type { ComposeService, ListOrDict } from "../validate/schema.js";
import { keyValueEntries, stringList } from "./scalars.js";
import { parseSize } from "./sizes.js";

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
  const at = (key: string): Path => [...servicePath, key];
  const settings: Partial<PodSettings> = {};
  const lists = { dns: raw.dns, dnsSearch: raw.dns_search, dnsOptions: raw.dns_opt, groupAdd: raw.group_add, securityOpt: raw.security_opt };
  for (const [field, list] of Object.entries(lists) as [keyof typeof lists, (typeof lists)[keyof typeof lists]][]) {
    if (list !== undefined) settings[field] = stringList(list).map((item) => item.trim()).filter((item) => item !== "");
  }
  const texts = { pid: raw.pid, ipc: raw.ipc, containerName: raw.container_name, domainname: raw.domainname, pullPolicy: raw.pull_policy };
  for (const [field, written] of Object.entries(texts) as [keyof typeof texts, string | null | undefined][]) {
    const text = written?.trim();
    if (text !== undefined && text !== "") settings[field] = text;
  }
  if (raw.sysctls !== undefined) settings.sysctls = parseSysctls(raw.sysctls, at("sysctls"), out);
  const shm = parseSize(raw.shm_size, at("shm_size"), out);
  if (shm !== undefined) settings.shmSizeBytes = shm;
  return settings;
}
