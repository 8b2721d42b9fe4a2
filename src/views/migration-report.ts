import { formatPath, type Diagnostic, type Path, type Severity } from "../diagnostics/types.js";
import type { Fate } from "../convert/fates.js";
import { relativeNames } from "./relative-names.js";
import { chartValueSources } from "../emit/index.js";
import { manifestsByOwner, manualSteps, type ManualStep } from "./manual-steps.js";
import { migrationVerdict, type MigrationVerdict } from "./migration-verdict.js";
import { fateOfPath } from "./side-by-side.js";
import type { ViewInput } from "./view-input.js";
import type { Manifest } from "../model/manifest.js";
import { keyFields } from "./migration-report-fields.js";
import { connectionRows, type ConnectionRow } from "./connections.js";
import { podSecurityByService, type PodSecurityRow } from "./pod-security.js";

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
  /** Who reaches whom, on which port, from which line: the evidence for each Service (src/connect/). */
  connections: ConnectionRow[];
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
  /** The Pod Security Standards level its workload meets, and what keeps it from the next (src/policy/). */
  podSecurity?: PodSecurityRow;
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
  /** The values.yaml paths this key sets in the chart `kubepose convert -c` writes (only when there are some). */
  chartValues?: string[];
}

export interface ReportDiagnostic {
  severity: Severity;
  code: string;
  message: string;
  file?: string;
  line?: number;
}

export function migrationReport(input: ViewInput, diagnostics: readonly Diagnostic[], baseDir?: string): MigrationReport {
  const locate = (path: Path) => input.sources?.locate(path);
  const owners = manifestsByOwner(input.manifests);
  const relative = relativeNames(baseDir);
  // Diagnostics by the service they are about, found once (a filter per service would be quadratic).
  const diagnosticsOf = new Map<string, Diagnostic[]>();
  const file = (name: string, d: Diagnostic) => {
    const list = diagnosticsOf.get(name);
    if (list) list.push(d);
    else diagnosticsOf.set(name, [d]);
  };
  for (const d of diagnostics) {
    // A diagnostic shared by several services (one cause) is listed under each of them.
    const names = new Set([d.path, ...(d.also ?? [])].filter((path) => path[0] === "services" && path.length >= 2).map((path) => String(path[1])));
    for (const name of names) file(name, d);
  }
  const valuesOf = chartValuesByPath(input.manifests);
  const podSecurityOf = podSecurityByService(input.manifests);
  const projectServices = input.project?.services ?? [];
  const keyPathsOf = projectServices.map((service): Path[] =>
    service.keys.flatMap((key) =>
      key === "deploy" && service.deployKeys.length > 0 ? service.deployKeys.map((deployKey) => ["services", service.name, "deploy", ...deployKey.split(".")]) : [["services", service.name, key]],
    ),
  );
  // Field paths are shared arrays (src/model/part-tree.ts): each is formatted once, and its text shared.
  const fieldTexts = new Map<Path, string>();
  const fieldText = (field: Path): string => {
    let text = fieldTexts.get(field);
    if (text === undefined) fieldTexts.set(field, (text = formatPath(field)));
    return text;
  };
  const fieldsOf = keyFields(input.manifests, keyPathsOf.flat(), (manifest, field) => {
    const object = input.manifests[manifest]?.object;
    return { kind: object?.kind ?? "", name: object?.metadata.name ?? "", field: fieldText(field) };
  });
  const services = projectServices.map((service, serviceIndex): ServiceReport => {
    const where = locate(["services", service.name]);
    const keys = keyPathsOf[serviceIndex]!.map((path): KeyReport => {
      const key = path.slice(2).join(".");
      const fate = key.startsWith("x-") ? undefined : fateOfPath(path);
      const line = locate(path);
      const fields = fieldsOf(path);
      // Built in the documented order, so the JSON reads the same way for every key; fields set one by one
      // (in that order) rather than spread from small objects, four copies per key of ~9,000 on 1000 services.
      const report = { key, fate: fate?.fate ?? "ignored" } as KeyReport;
      if (fate && "to" in fate) report.to = fate.to;
      if (fate && "advice" in fate) report.advice = fate.advice;
      if (fate && "explanation" in fate && fate.explanation !== undefined) report.explanation = fate.explanation;
      if (line) {
        report.file = relative(line.file);
        report.line = line.line;
      }
      report.fields = fields;
      const values = valuesOf(path);
      if (values.length > 0) report.chartValues = values;
      return report;
    });
    const report: ServiceReport = {
      name: service.name,
      ...(where ? { file: relative(where.file), line: where.line } : {}),
      keys,
      warnings: (diagnosticsOf.get(service.name) ?? []).map((d) => reportDiagnostic(d, relative)),
      manualSteps: manualSteps(service, owners, input.project?.workingDir),
    };
    const podSecurity = podSecurityOf(service.name);
    if (podSecurity !== undefined) report.podSecurity = podSecurity;
    return report;
  });
  const connections = connectionRows(input.connections, input.sources, baseDir);
  const onKubernetes = migrationVerdict(input.project, input.manifests, diagnostics, services.flatMap((service) => service.manualSteps));
  return { format: "kubepose-migration-report", version: 1, project: input.project?.name ?? "", services, connections, onKubernetes };
}

function reportDiagnostic(d: Diagnostic, relative: (file: string) => string): ReportDiagnostic {
  return {
    severity: d.severity,
    code: d.code,
    message: d.message,
    ...(d.location ? { file: relative(d.location.file), line: d.location.line } : {}),
  };
}

export const migrationReportJson = (report: MigrationReport): string => `${JSON.stringify(report, null, 2)}\n`;

/**
 * The chart values each Compose key sets, found by one pass over the chart's value sources: every value
 * is filed under its source path and each ancestor of it ("services.web.ports[0]" also under
 * "services.web.ports"), so a key's values are one lookup, not a scan per key. A key asked is a service's
 * ("services.NAME.KEY…", two dots at least), so the shorter ancestors ("services", "services.web") are
 * never asked and not filed: "services" alone would list every value of the chart.
 */
function chartValuesByPath(manifests: readonly Manifest[]): (path: Path) => string[] {
  const byPath = new Map<string, string[]>();
  const sources = chartValueSources(manifests);
  for (let index = 0; index < sources.length; index++) {
    const { value, from } = sources[index]!;
    let dots = 0;
    for (let end = 0; end <= from.length; end++) {
      const char = from[end];
      if (end < from.length && char !== "." && char !== "[") continue;
      if (dots >= 2) {
        const key = from.slice(0, end);
        const list = byPath.get(key);
        if (list) list.push(value);
        else byPath.set(key, [value]);
      }
      if (char === ".") dots++;
    }
  }
  return (path) => byPath.get(formatPath(path)) ?? [];
}
