import { formatPath, type Diagnostic, type Path, type Severity } from "../diagnostics/types.js";
import type { Fate } from "../convert/fates.js";
import { relativeTo } from "../emit/comments.js";
import { manualSteps, type ManualStep } from "./manual-steps.js";
import { migrationVerdict, type MigrationVerdict } from "./migration-verdict.js";
import { fateOfPath } from "./side-by-side.js";
import type { ViewInput } from "./view-input.js";
import { buildTraceIndex, isPrefix } from "./trace-index.js";

/**
 * The migration report (`kubepose convert --report report.json`). A stable, documented shape: fields are
 * only ever added, never renamed or removed, and `version` changes if that promise must be broken.
 * File names are relative to the directory kubepose ran in; lines are 1-based.
 */
export interface MigrationReport {
  format: "kubepose-migration-report";
  version: 1;
  project: string;
  services: ServiceReport[];
  /** Should this app be on Kubernetes at all? What the migration gains and takes on, with the rule of thumb. */
  onKubernetes: MigrationVerdict;
}

export interface ServiceReport {
  name: string;
  file?: string;
  line?: number;
  /** Every Compose key written for the service, in the order written; deploy keys spelled out ("deploy.replicas"). */
  keys: KeyReport[];
  /** Diagnostics about this service (warnings and notes; errors stop the conversion before a report exists). */
  warnings: ReportDiagnostic[];
  /** What the user must still do by hand. */
  manualSteps: ManualStep[];
}

export interface KeyReport {
  /** "ports", "deploy.resources.limits.cpus" */
  key: string;
  /** From the fate table; "ignored" for x- extensions and keys kubepose has no fate for. */
  fate: Fate["fate"] | "ignored";
  /** Mapped and approximated keys: what they become, in words. */
  to?: string;
  /** Not converted: what to do instead. */
  advice?: string;
  /** The explanation id (`kubepose explain ID`). */
  explanation?: string;
  /** Where the key is written: the service's file, or another (an override file, the file `extends` names). */
  file?: string;
  line?: number;
  /** The Kubernetes fields traced to this key; field "" is the whole object. */
  fields: { kind: string; name: string; field: string }[];
}

export interface ReportDiagnostic {
  severity: Severity;
  code: string;
  message: string;
  file?: string;
  line?: number;
}

export function migrationReport(input: ViewInput, diagnostics: readonly Diagnostic[], baseDir?: string): MigrationReport {
  const index = buildTraceIndex(input.manifests, input.sources);
  const locate = (path: Path) => input.sources?.locate(path);
  const services = (input.project?.services ?? []).map((service): ServiceReport => {
    const servicePath = ["services", service.name];
    const where = locate(servicePath);
    const keyPaths: Path[] = service.keys.flatMap((key) =>
      key === "deploy" && service.deployKeys.length > 0 ? service.deployKeys.map((deployKey) => [...servicePath, "deploy", ...deployKey.split(".")]) : [[...servicePath, key]],
    );
    const keys = keyPaths.map((path): KeyReport => {
      const key = path.slice(2).join(".");
      const fate = key.startsWith("x-") ? undefined : fateOfPath(path);
      const line = locate(path);
      const fields = index.fieldsFrom(path).map((ref) => {
        const object = input.manifests[ref.manifest]?.object;
        return { kind: object?.kind ?? "", name: object?.metadata.name ?? "", field: formatPath(ref.field) };
      });
      // Built in the documented order, so the JSON reads the same way for every key.
      const report: KeyReport = {
        key,
        fate: fate?.fate ?? "ignored",
        ...(fate && "to" in fate ? { to: fate.to } : {}),
        ...(fate && "advice" in fate ? { advice: fate.advice } : {}),
        ...(fate && "explanation" in fate && fate.explanation !== undefined ? { explanation: fate.explanation } : {}),
        ...(line ? { file: relativeTo(baseDir, line.file), line: line.line } : {}),
        fields,
      };
      return report;
    });
    const report: ServiceReport = {
      name: service.name,
      ...(where ? { file: relativeTo(baseDir, where.file), line: where.line } : {}),
      keys,
      warnings: diagnostics.filter((d) => isPrefix(servicePath, d.path) || (d.also ?? []).some((path) => isPrefix(servicePath, path))).map((d) => reportDiagnostic(d, baseDir)),
      manualSteps: manualSteps(service, input.manifests),
    };
    return report;
  });
  const onKubernetes = migrationVerdict(input.project, input.manifests, diagnostics, services.flatMap((service) => service.manualSteps));
  return { format: "kubepose-migration-report", version: 1, project: input.project?.name ?? "", services, onKubernetes };
}

function reportDiagnostic(d: Diagnostic, baseDir: string | undefined): ReportDiagnostic {
  return {
    severity: d.severity,
    code: d.code,
    message: d.message,
    ...(d.location ? { file: relativeTo(baseDir, d.location.file), line: d.location.line } : {}),
  };
}

export const migrationReportJson = (report: MigrationReport): string => `${JSON.stringify(report, null, 2)}\n`;
