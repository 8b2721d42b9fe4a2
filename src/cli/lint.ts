import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { runPipeline } from "../pipeline.js";
import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Severity } from "../diagnostics/types.js";
import { lintProject, lintTargets, policyPodSecurity, sortFindings, type Finding, type LintTarget } from "../lint/index.js";
import { renderFindings, type LintFormat } from "../lint/report.js";
import { yamlTargets } from "../lint/yaml-targets.js";
import { nodeContext } from "./node-context.js";
import { EXIT, printDiagnostics } from "./io.js";
import { projectOptions, type ProjectFlags } from "./project-flags.js";

export interface LintFlags extends ProjectFlags {
  format: LintFormat;
  failOn: Severity | "none";
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

/**
 * `kubepose lint`: the Compose project (converted in memory, each finding at its Compose line), or,
 * with paths, Kubernetes manifests written by hand (each finding at its line in the file). Findings
 * go to stdout in the chosen format; exit 1 when one reaches --fail-on, or when the input is invalid.
 */
export function lintCommand(paths: string[], flags: LintFlags, version: string): number {
  const context = nodeContext();
  if (paths.length > 0 && (flags.file ?? []).length > 0) {
    process.stderr.write("kubepose lint: give either -f Compose files or manifest paths, not both; for example kubepose lint -f compose.yaml, or kubepose lint k8s/\n");
    return EXIT.usage;
  }
  const read = paths.length > 0 ? fromManifests(paths, context.cwd) : fromCompose(flags, context);
  if (read.kind === "invalid") {
    printDiagnostics(read.diagnostics, read.sources, context.cwd, flags.verbose === true);
    return EXIT.invalidInput;
  }
  const findings = sortFindings(read.findings);
  process.stdout.write(renderFindings(findings, flags.format, context.cwd, version));
  const threshold = flags.failOn;
  return threshold !== "none" && findings.some((finding) => RANK[finding.severity] <= RANK[threshold]) ? EXIT.invalidInput : EXIT.ok;
}

type Read = { kind: "findings"; findings: Finding[] } | { kind: "invalid"; diagnostics: Diagnostic[]; sources?: Parameters<typeof printDiagnostics>[1] };

function fromCompose(flags: LintFlags, context: ReturnType<typeof nodeContext>): Read {
  const result = runPipeline(projectOptions(flags), context);
  if (result.manifests === undefined || result.project === undefined) return { kind: "invalid", diagnostics: result.diagnostics, sources: result.sources };
  return { kind: "findings", findings: lintProject(result.project, result.manifests, context, { podSecurity: policyPodSecurity, sources: result.sources }) };
}

function fromManifests(paths: string[], cwd: string): Read {
  const targets: LintTarget[] = [];
  const diagnostics: Diagnostic[] = [];
  const files = paths.flatMap((path) => manifestFiles(resolve(cwd, path)));
  for (const file of files) {
    if (file.kind === "missing") {
      diagnostics.push(diagnostic("lint-path-missing", [], { path: file.path }));
      continue;
    }
    const read = yamlTargets(file.path, readFileSync(file.path, "utf8"));
    targets.push(...read.targets);
    for (const problem of read.problems) diagnostics.push(diagnostic(problem.kind === "syntax" ? "lint-manifest-syntax" : "lint-not-an-object", [], { detail: problem.detail }, problem.location));
  }
  if (diagnostics.length === 0 && targets.length === 0) diagnostics.push(diagnostic("lint-no-manifests", [], { paths: paths.join(", ") }));
  if (diagnostics.length > 0) return { kind: "invalid", diagnostics };
  return { kind: "findings", findings: lintTargets(targets, { podSecurity: policyPodSecurity }) };
}

/** A file as given, or the .yaml, .yml and .json files under a directory (sorted, recursively). */
function manifestFiles(path: string): { kind: "file" | "missing"; path: string }[] {
  let directory: boolean;
  try {
    directory = statSync(path).isDirectory();
  } catch {
    return [{ kind: "missing", path }];
  }
  if (!directory) return [{ kind: "file", path }];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const child = join(path, entry.name);
      if (entry.isDirectory()) return entry.name.startsWith(".") ? [] : manifestFiles(child);
      return /\.(ya?ml|json)$/.test(entry.name) ? [{ kind: "file" as const, path: child }] : [];
    });
}
