import type { IPodSpec } from "kubernetes-models/v1/PodSpec";

/**
 * A text equal for two pod specs when every Pod Security control reads the same values from both, so
 * both meet the same level and fail the same controls (their findings differ only in names, paths and
 * host ports). Views that show only the level and the failed controls evaluate each shape once: the pods
 * of a project mostly share one (1000 services: 1000 evaluations of 17 controls, each building findings
 * for every container, ~20 ms of `compare`).
 *
 * It holds every value a control reads besides names: the three host namespace flags, the pod's and each
 * container's securityContext whole (JSON, which keeps null, numbers and strings apart), each volume's
 * sources with what each holds (null, undefined or a value: hostPath is tested against undefined), and
 * which host ports are open. Each part ends where the next one's mark starts (JSON and quoted keys are
 * self-delimiting), so two different specs never run together into one text. Whatever JSON cannot hold apart (a function, NaN) no YAML document makes.
 */
export function podSecurityShape(spec: IPodSpec): string {
  let shape = `${spec.hostNetwork === true ? 1 : 0}${spec.hostPID === true ? 1 : 0}${spec.hostIPC === true ? 1 : 0}${json(spec.securityContext)}`;
  for (const volume of spec.volumes ?? []) {
    shape += "|v";
    for (const key of Object.keys(volume)) if (key !== "name") shape += `${JSON.stringify(key)}${held((volume as unknown as Record<string, unknown>)[key])},`;
  }
  shape += containers("|c", spec.containers) + containers("|i", spec.initContainers) + containers("|e", spec.ephemeralContainers);
  return shape;
}

/** The containers of one list: each one's securityContext and, per port, whether it opens a host port. */
function containers(mark: string, list: IPodSpec["containers"] | undefined): string {
  let shape = "";
  for (const container of list ?? []) {
    shape += `${mark}${json(container.securityContext)}`;
    for (const port of container.ports ?? []) shape += port.hostPort === undefined || port.hostPort === 0 ? "-" : "+";
  }
  return shape;
}

const json = (value: unknown): string => (value === undefined ? "~" : JSON.stringify(value));
const held = (value: unknown): string => (value === undefined ? "~" : value === null ? "null" : "=");
