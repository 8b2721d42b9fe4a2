import type { IPodSpec } from "kubernetes-models/v1/PodSpec";
import type { ISecurityContext } from "kubernetes-models/v1/SecurityContext";
import type { IPodSecurityContext } from "kubernetes-models/v1/PodSecurityContext";
import type { Path } from "../diagnostics/types.js";
import { placedContainers } from "./pod-spec-parts.js";
import type { PodSecurityControl } from "./pod-security-types.js";

type Found = { field: Path; problem: string };

/**
 * The capabilities baseline allows adding: the default set of container runtimes without NET_RAW
 * (the docs' "Capabilities" row of the baseline table).
 */
export const BASELINE_CAPABILITIES: ReadonlySet<string> = new Set([
  "AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT",
]);

/** The sysctls baseline allows (the docs' "Sysctls" row): those the kubelet also treats as safe. */
export const SAFE_SYSCTLS: ReadonlySet<string> = new Set([
  "kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.ip_unprivileged_port_start", "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range",
  "net.ipv4.ip_local_reserved_ports", "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes",
]);

/** SELinux types baseline allows (the docs' "SELinux" row); user and role must stay unset. */
const SELINUX_TYPES: ReadonlySet<string> = new Set(["", "container_t", "container_init_t", "container_kvm_t", "container_engine_t"]);

/** The pod's securityContext and every container's, each with its path, for controls that read both. */
function securityContexts(spec: IPodSpec): { context: IPodSecurityContext | ISecurityContext; at: Path }[] {
  const pod = spec.securityContext === undefined ? [] : [{ context: spec.securityContext, at: ["securityContext"] }];
  const containers = placedContainers(spec).flatMap(({ container, at }) =>
    container.securityContext === undefined ? [] : [{ context: container.securityContext, at: [...at, "securityContext"] }]);
  return [...pod, ...containers];
}

const containerContexts = (spec: IPodSpec) =>
  placedContainers(spec).flatMap(({ container, at }) => (container.securityContext === undefined ? [] : [{ context: container.securityContext, at: [...at, "securityContext"] }]));

export const baselineControls: readonly PodSecurityControl[] = [
  {
    id: "host-process", title: "HostProcess", level: "baseline",
    check: (spec) => securityContexts(spec).flatMap(({ context, at }): Found[] =>
      context.windowsOptions?.hostProcess === true ? [{ field: [...at, "windowsOptions", "hostProcess"], problem: "Windows HostProcess containers run on the host; baseline allows only false or unset." }] : []),
  },
  {
    id: "host-namespaces", title: "Host Namespaces", level: "baseline",
    check: (spec) => (["hostNetwork", "hostPID", "hostIPC"] as const).flatMap((key): Found[] =>
      spec[key] === true ? [{ field: [key], problem: `${key}: true shares the node's namespace; baseline allows only false or unset.` }] : []),
  },
  {
    id: "privileged", title: "Privileged Containers", level: "baseline",
    check: (spec) => containerContexts(spec).flatMap(({ context, at }): Found[] =>
      context.privileged === true ? [{ field: [...at, "privileged"], problem: "a privileged container has nearly every power of the node; baseline allows only false or unset." }] : []),
  },
  {
    id: "capabilities-baseline", title: "Capabilities", level: "baseline",
    check: (spec) => containerContexts(spec).flatMap(({ context, at }): Found[] =>
      (context.capabilities?.add ?? []).flatMap((name, index): Found[] => BASELINE_CAPABILITIES.has(name) ? [] :
        [{ field: [...at, "capabilities", "add", index], problem: `adding ${name}: baseline allows adding only ${[...BASELINE_CAPABILITIES].join(", ")}.` }])),
  },
  {
    id: "host-path-volumes", title: "HostPath Volumes", level: "baseline",
    check: (spec) => (spec.volumes ?? []).flatMap((volume, index): Found[] =>
      volume.hostPath === undefined ? [] : [{ field: ["volumes", index, "hostPath"], problem: `volume ${volume.name} mounts ${volume.hostPath.path} from the node; baseline forbids hostPath volumes.` }]),
  },
  {
    id: "host-ports", title: "Host Ports", level: "baseline",
    check: (spec) => placedContainers(spec).flatMap(({ container, at }) => (container.ports ?? []).flatMap((port, index): Found[] =>
      port.hostPort === undefined || port.hostPort === 0 ? [] : [{ field: [...at, "ports", index, "hostPort"], problem: `hostPort ${port.hostPort} opens a port on the node; baseline allows only 0 or unset.` }])),
  },
  {
    id: "apparmor", title: "AppArmor", level: "baseline",
    check: (spec) => securityContexts(spec).flatMap(({ context, at }): Found[] =>
      context.appArmorProfile?.type === "Unconfined" ? [{ field: [...at, "appArmorProfile", "type"], problem: "AppArmor Unconfined turns the profile off; baseline allows RuntimeDefault, Localhost or unset." }] : []),
  },
  {
    id: "selinux", title: "SELinux", level: "baseline",
    check: (spec) => securityContexts(spec).flatMap(({ context, at }): Found[] => {
      const options = context.seLinuxOptions;
      if (options === undefined) return [];
      const found: Found[] = [];
      if (options.type !== undefined && !SELINUX_TYPES.has(options.type)) found.push({ field: [...at, "seLinuxOptions", "type"], problem: `SELinux type ${options.type}: baseline allows only container_t, container_init_t, container_kvm_t, container_engine_t or unset.` });
      for (const key of ["user", "role"] as const) if (options[key] !== undefined && options[key] !== "") found.push({ field: [...at, "seLinuxOptions", key], problem: `an SELinux ${key} may not be set at baseline.` });
      return found;
    }),
  },
  {
    id: "proc-mount", title: "/proc Mount Type", level: "baseline",
    check: (spec) => containerContexts(spec).flatMap(({ context, at }): Found[] =>
      context.procMount === undefined || context.procMount === "Default" ? [] : [{ field: [...at, "procMount"], problem: `procMount ${context.procMount} unmasks /proc; baseline allows only Default or unset.` }]),
  },
  {
    id: "seccomp-baseline", title: "Seccomp", level: "baseline",
    check: (spec) => securityContexts(spec).flatMap(({ context, at }): Found[] =>
      context.seccompProfile?.type === "Unconfined" ? [{ field: [...at, "seccompProfile", "type"], problem: "seccomp Unconfined turns system call filtering off; baseline allows RuntimeDefault, Localhost or unset." }] : []),
  },
  {
    id: "sysctls", title: "Sysctls", level: "baseline",
    check: (spec) => (spec.securityContext?.sysctls ?? []).flatMap(({ name }, index): Found[] =>
      SAFE_SYSCTLS.has(name) ? [] : [{ field: ["securityContext", "sysctls", index, "name"], problem: `sysctl ${name} is not in the safe set baseline allows.` }]),
  },
];
