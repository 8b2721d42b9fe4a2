import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic } from "../diagnostics/types.js";
import type { ConvertOptions, Manifest } from "../model/manifest.js";
import { evaluatePodSecurity, meetsLevel } from "../policy/pod-security.js";
import { podSpecOf } from "../policy/pod-spec-parts.js";

/** At most this many reasons in one warning; the report lists them all. */
const SHOWN = 4;

/**
 * With --pod-security, one warning per workload whose pod still falls short of the level: each reason
 * is a field the Compose file asked for (privileged, a host path, the image's own user…).
 */
export function podSecurityShortfalls(manifests: readonly Manifest[], options: ConvertOptions): Diagnostic[] {
  const wanted = options.podSecurity;
  if (wanted === undefined) return [];
  return manifests.flatMap((manifest): Diagnostic[] => {
    const pod = podSpecOf(manifest.object);
    if (pod === undefined) return [];
    const { level, findings } = evaluatePodSecurity(pod.spec);
    if (meetsLevel(level, wanted)) return [];
    const blocking = findings.filter((finding) => meetsLevel(wanted, finding.level));
    const shown = blocking.slice(0, SHOWN).map((finding) => finding.problem);
    const more = blocking.length > SHOWN ? ` …and ${blocking.length - SHOWN} more (see the report).` : "";
    const workload = `${manifest.object.kind}/${manifest.object.metadata.name}`;
    return [diagnostic("pod-security-short", manifest.source, { workload, level, wanted, reasons: `${shown.join(" ")}${more}` })];
  });
}
