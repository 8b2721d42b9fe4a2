import type { Path } from "../diagnostics/types.js";
import { isDns1123Label, isEnvVarName, isIanaServiceName, isPortNumber } from "../model/kubernetes-names.js";
import { arrayAt, duplicates, isRecord, stringAt, type JsonRecord, type Report } from "./object-access.js";
import { checkPodNetworkFields } from "./pod-network-rules.js";

/**
 * The API server's rules for a pod spec (validation.ValidatePodSpec) that the schema leaves out:
 * names, ports, mounts and env var names. `at` is where the pod spec sits in its object, for example
 * ["spec", "template", "spec"] in a Deployment; `claimTemplates` are the names of a StatefulSet's claim templates.
 */
export function checkPodSpec(podSpec: JsonRecord, at: Readonly<Path>, claimTemplates: readonly string[], report: Report): void {
  // A StatefulSet's volumeClaimTemplates add volumes of those names to each pod.
  const volumes = checkVolumes(podSpec, at, report);
  for (const claim of claimTemplates) volumes.add(claim);
  checkPodNetworkFields(podSpec, at, report);
  // A container's path is built for a finding only, and the loops are indexed: the eager paths and the
  // forEach closures made this a 32-38 ms TurboFan compile on 1000 services (--trace-opt).
  const containers: PlacedContainer[] = [];
  for (const list of containerLists) {
    const items = arrayAt(podSpec, list);
    for (let index = 0; index < items.length; index++) {
      const container = items[index];
      if (isRecord(container)) containers.push({ container, list, index });
    }
  }
  // Init containers and containers share one name space within the pod.
  duplicates(containers, (c) => stringAt(c.container, "name"), (c, _index, name) =>
    report([...at, c.list, c.index, "name"], "duplicate-container-name", name),
  );
  for (const placed of containers) {
    const container = placed.container;
    const name = stringAt(container, "name");
    if (name !== undefined && !isDns1123Label(name)) report([...at, placed.list, placed.index, "name"], "dns-label", name);
    checkContainerPorts(container, at, placed, report);
    checkMounts(container, at, placed, volumes, report);
    const env = arrayAt(container, "env");
    for (let index = 0; index < env.length; index++) {
      const variableName = stringAt(env[index], "name");
      if (variableName !== undefined && !isEnvVarName(variableName)) report([...at, placed.list, placed.index, "env", index, "name"], "env-name", variableName);
    }
  }
}

/** A container of the pod spec and where it sits in it: ("containers", 0). */
interface PlacedContainer {
  container: JsonRecord;
  list: string;
  index: number;
}

const containerLists = ["initContainers", "containers"] as const;

/** Volume names: DNS labels, once each. Returns the declared names for the mount check. */
function checkVolumes(podSpec: JsonRecord, at: Readonly<Path>, report: Report): Set<string> {
  const volumes = arrayAt(podSpec, "volumes");
  const names = new Set<string>();
  for (let index = 0; index < volumes.length; index++) {
    const name = stringAt(volumes[index], "name");
    if (name === undefined) continue;
    if (!isDns1123Label(name)) report([...at, "volumes", index, "name"], "dns-label", name);
    names.add(name);
  }
  duplicates(volumes, (v) => stringAt(v, "name"), (_v, index, name) => report([...at, "volumes", index, "name"], "duplicate-volume-name", name));
  return names;
}

function checkContainerPorts(container: JsonRecord, at: Readonly<Path>, { list, index: containerIndex }: PlacedContainer, report: Report): void {
  const ports = arrayAt(container, "ports");
  for (let index = 0; index < ports.length; index++) {
    const port = ports[index];
    if (!isRecord(port)) continue;
    const name = stringAt(port, "name");
    if (name !== undefined && !isIanaServiceName(name)) report([...at, list, containerIndex, "ports", index, "name"], "port-name", name);
    if (port.containerPort !== undefined && !isPortNumber(port.containerPort)) report([...at, list, containerIndex, "ports", index, "containerPort"], "port-number", port.containerPort);
    // hostPort 0 means "none"; the API server accepts it.
    if (port.hostPort !== undefined && port.hostPort !== 0 && !isPortNumber(port.hostPort)) report([...at, list, containerIndex, "ports", index, "hostPort"], "port-number", port.hostPort);
  }
  duplicates(ports, (p) => stringAt(p, "name"), (_p, index, name) => report([...at, list, containerIndex, "ports", index, "name"], "duplicate-port-name", name));
}

/** Every mount names a declared volume, once per path; a subPath stays inside the volume. */
function checkMounts(container: JsonRecord, at: Readonly<Path>, { list, index: containerIndex }: PlacedContainer, volumes: Set<string>, report: Report): void {
  const mounts = arrayAt(container, "volumeMounts");
  for (let index = 0; index < mounts.length; index++) {
    const mount = mounts[index];
    const name = stringAt(mount, "name");
    if (name !== undefined && !volumes.has(name)) report([...at, list, containerIndex, "volumeMounts", index, "name"], "undeclared-volume", name);
    const subPath = stringAt(mount, "subPath");
    if (subPath !== undefined && (subPath.startsWith("/") || subPath.split("/").includes(".."))) report([...at, list, containerIndex, "volumeMounts", index, "subPath"], "sub-path", subPath);
  }
  duplicates(mounts, (m) => stringAt(m, "mountPath"), (_m, index, path) => report([...at, list, containerIndex, "volumeMounts", index, "mountPath"], "duplicate-mount-path", path));
}
