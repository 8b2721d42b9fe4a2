import { formatPath } from "../diagnostics/types.js";
import type { Manifest } from "../model/manifest.js";
import { evaluatePodSecurity, type PodSecurityLevel } from "../policy/pod-security.js";
import { podSecurityShape } from "../policy/pod-security-shape.js";
import { podSpecOf } from "../policy/pod-spec-parts.js";

/** The Pod Security Standards level of one workload, as the report and compare show it. Fields are only ever added. */
export interface PodSecurityRow {
  /** "Deployment/web" */
  workload: string;
  level: PodSecurityLevel;
  /** What keeps it from the next level(s): the control, the level it blocks, the field in the object, and why. */
  findings: { control: string; level: "baseline" | "restricted"; field: string; problem: string }[];
}

/**
 * The workload made from each service (the first object traced to services.NAME that runs a pod) and its
 * pod spec, found by one pass over the manifests: the views ask once per service.
 */
function workloadPods(manifests: readonly Manifest[]): (service: string) => WorkloadPod | undefined {
  const workloads = new Map<string, WorkloadPod>();
  for (const manifest of manifests) {
    const [section, service] = manifest.source;
    if (manifest.source.length !== 2 || section !== "services" || workloads.has(String(service))) continue;
    const pod = podSpecOf(manifest.object);
    if (pod !== undefined) workloads.set(String(service), { manifest, pod });
  }
  return (service) => workloads.get(service);
}

interface WorkloadPod {
  manifest: Manifest;
  pod: NonNullable<ReturnType<typeof podSpecOf>>;
}

/** The level of the workload made from each service, with every finding and the field it is about. */
export function podSecurityByService(manifests: readonly Manifest[]): (service: string) => PodSecurityRow | undefined {
  const podOf = workloadPods(manifests);
  return (service) => {
    const found = podOf(service);
    if (found === undefined) return undefined;
    const { manifest, pod } = found;
    const { level, findings } = evaluatePodSecurity(pod.spec);
    return {
      workload: `${manifest.object.kind}/${manifest.object.metadata.name}`,
      level,
      findings: findings.map((finding) => ({ control: finding.control, level: finding.level, field: formatPath([...pod.at, ...finding.field]), problem: finding.problem })),
    };
  };
}

/**
 * podSecurityLine of the workload made from each service, from the evaluation itself: compare's footer asks it
 * for every service and shows no field, so no finding's field path is formatted (1000 services: ~10,000 paths).
 * The line names only the level and the failed controls, the same for pods of one podSecurityShape: each
 * shape is evaluated once (tests/policy/pod-security-shape.test.ts holds it to evaluating every pod).
 */
export function podSecurityLineByService(manifests: readonly Manifest[]): (service: string) => string | undefined {
  const podOf = workloadPods(manifests);
  const lineOfShape = new Map<string, string>();
  return (service) => {
    const found = podOf(service);
    if (found === undefined) return undefined;
    const shape = podSecurityShape(found.pod.spec);
    let line = lineOfShape.get(shape);
    if (line === undefined) lineOfShape.set(shape, (line = podSecurityLine(evaluatePodSecurity(found.pod.spec))));
    return line;
  };
}

/** One line: "Pod Security: baseline; restricted needs: allowPrivilegeEscalation, runAsNonRoot…". */
export function podSecurityLine(row: { level: PodSecurityLevel; findings: readonly { control: string; level: PodSecurityRow["findings"][number]["level"] }[] }): string {
  if (row.findings.length === 0) return `Pod Security: ${row.level} (meets every control)`;
  const next = row.level === "privileged" ? "baseline" : "restricted";
  const controls = [...new Set(row.findings.filter((finding) => finding.level === next).map((finding) => finding.control))];
  return `Pod Security: ${row.level}; ${next} is kept from it by ${controls.join(", ")} (kubepose explain pod-security-level)`;
}
