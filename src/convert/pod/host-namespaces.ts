import { diagnostic } from "../../diagnostics/codes.js";
import { POD_SPEC } from "../shared/collector.js";
import type { PodContext, PodDraft } from "../shared/pod-context.js";

const SAME_POD = "Containers that must share it belong in one pod: make one a sidecar container of the other by hand.";

/** What to do instead, for each mode that has no pod field: "service:db" is looked up by its prefix. */
const advice = {
  pid: { service: `${SAME_POD} Set spec.shareProcessNamespace: true to let them see each other's processes.`, container: SAME_POD, other: "Use pid: host (hostPID) or leave it out." },
  ipc: {
    service: `${SAME_POD} Containers of one pod always share their IPC namespace.`,
    container: SAME_POD,
    shareable: "Containers of one pod already share their IPC namespace, but other pods cannot join it; put the containers that share memory in one pod.",
    none: "Pods always have an IPC namespace; leave the key out.",
    other: "Use ipc: host (hostIPC) or leave it out.",
  },
  network_mode: {
    service: `${SAME_POD} Containers of one pod share one network namespace and reach each other on localhost.`,
    container: SAME_POD,
    none: "Pods always get a network interface; to cut traffic, add a NetworkPolicy that denies all ingress and egress for these pods.",
    network: "Pods share one flat network; restrict traffic between them with NetworkPolicies.",
    other: "Leave it out: each pod has its own network namespace, like bridge.",
  },
} as const satisfies Record<string, Record<string, string> & { other: string }>;

/** The modes that change nothing in Kubernetes: a pod has private namespaces already. */
const defaults = new Set(["private", "bridge", "default"]);

/** "service:vpn" when vpn shares this pod (network_mode, a Kompose group): the namespace is the pod's own. */
const sharedInPod = (context: PodContext, value: string): boolean =>
  value.startsWith("service:") && context.podmates?.has(value.slice("service:".length)) === true;

function reportMode(context: PodContext, key: keyof typeof advice, value: string): void {
  const table: Readonly<Record<string, string>> = advice[key];
  const kind = value.includes(":") ? value.slice(0, value.indexOf(":")) : value;
  const text = table[kind] ?? (key === "network_mode" ? advice.network_mode.network : advice[key].other);
  context.collector.report(diagnostic("namespace-mode", [...context.service.path, key], { key, value, advice: text }));
}

/**
 * pid: host → hostPID, ipc: host → hostIPC, network_mode: host → hostNetwork with dnsPolicy
 * ClusterFirstWithHostNet (without it a host-network pod resolves with the node's DNS and loses Service
 * names). Sharing with another service or container has no pod field: a warning says what to do.
 */
export function convertHostNamespaces(context: PodContext, { spec }: PodDraft): void {
  const { service, collector } = context;
  if (service.pid !== undefined) {
    if (service.pid === "host") {
      spec.hostPID = true;
      collector.trace([...POD_SPEC, "hostPID"], [...service.path, "pid"]);
    }
    else if (sharedInPod(context, service.pid)) {
      spec.shareProcessNamespace = true;
      collector.trace([...POD_SPEC, "shareProcessNamespace"], [...service.path, "pid"]);
    } else reportMode(context, "pid", service.pid);
  }
  if (service.ipc !== undefined) {
    if (service.ipc === "host") {
      spec.hostIPC = true;
      collector.trace([...POD_SPEC, "hostIPC"], [...service.path, "ipc"]);
    }
    else if (!defaults.has(service.ipc) && !sharedInPod(context, service.ipc)) reportMode(context, "ipc", service.ipc);
  }
  const mode = service.networkMode;
  if (mode !== undefined) {
    if (mode.kind === "host") {
      spec.hostNetwork = true;
      spec.dnsPolicy = "ClusterFirstWithHostNet";
      collector.trace([...POD_SPEC, "hostNetwork"], mode.path);
      collector.trace([...POD_SPEC, "dnsPolicy"], mode.path);
      collector.note([...POD_SPEC, "dnsPolicy"], "keeps Service names resolvable on the host network");
    } else if (mode.kind === "service" && context.podmates?.has(mode.name) === true) {
      collector.explain("pod-group");
    } else if (mode.kind !== "bridge") {
      reportMode(context, "network_mode", "name" in mode ? `${mode.kind === "network" ? "" : `${mode.kind}:`}${mode.name}` : mode.kind);
    }
  }
  if (spec.hostPID === true || spec.hostIPC === true || spec.hostNetwork === true) collector.explain("host-namespaces");
}
