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
  const containers: { container: JsonRecord; at: Readonly<Path> }[] = [];
  for (const list of ["initContainers", "containers"]) {
    arrayAt(podSpec, list).forEach((container, index) => {
      if (isRecord(container)) containers.push({ container, at: [...at, list, index] });
    });
  }
  // Init containers and containers share one name space within the pod.
  duplicates(containers, (c) => stringAt(c.container, "name"), (c, _index, name) =>
    report([...c.at, "name"], "duplicate-container-name", name),
  );
  for (const { container, at: containerAt } of containers) {
    const name = stringAt(container, "name");
    if (name !== undefined && !isDns1123Label(name)) report([...containerAt, "name"], "dns-label", name);
    checkContainerPorts(container, containerAt, report);
    checkMounts(container, containerAt, volumes, report);
    arrayAt(container, "env").forEach((variable, index) => {
      const variableName = stringAt(variable, "name");
      if (variableName !== undefined && !isEnvVarName(variableName)) report([...containerAt, "env", index, "name"], "env-name", variableName);
    });
  }
}

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

function checkContainerPorts(container: JsonRecord, at: Readonly<Path>, report: Report): void {
  const ports = arrayAt(container, "ports");
  ports.forEach((port, index) => {
    if (!isRecord(port)) return;
    const name = stringAt(port, "name");
    if (name !== undefined && !isIanaServiceName(name)) report([...at, "ports", index, "name"], "port-name", name);
    if (port.containerPort !== undefined && !isPortNumber(port.containerPort)) report([...at, "ports", index, "containerPort"], "port-number", port.containerPort);
    // hostPort 0 means "none"; the API server accepts it.
    if (port.hostPort !== undefined && port.hostPort !== 0 && !isPortNumber(port.hostPort)) report([...at, "ports", index, "hostPort"], "port-number", port.hostPort);
  });
  duplicates(ports, (p) => stringAt(p, "name"), (_p, index, name) => report([...at, "ports", index, "name"], "duplicate-port-name", name));
}

/** Every mount names a declared volume, once per path; a subPath stays inside the volume. */
function checkMounts(container: JsonRecord, at: Readonly<Path>, volumes: Set<string>, report: Report): void {
  const mounts = arrayAt(container, "volumeMounts");
  mounts.forEach((mount, index) => {
    const name = stringAt(mount, "name");
    if (name !== undefined && !volumes.has(name)) report([...at, "volumeMounts", index, "name"], "undeclared-volume", name);
    const subPath = stringAt(mount, "subPath");
    if (subPath !== undefined && (subPath.startsWith("/") || subPath.split("/").includes(".."))) report([...at, "volumeMounts", index, "subPath"], "sub-path", subPath);
  });
  duplicates(mounts, (m) => stringAt(m, "mountPath"), (_m, index, path) => report([...at, "volumeMounts", index, "mountPath"], "duplicate-mount-path", path));
}
