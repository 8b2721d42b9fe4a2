import type { Path } from "../diagnostics/types.js";
import type { KubernetesObject } from "../model/manifest.js";
import { utf8Bytes } from "../model/byte-size.js";
import { isDns1035Label, isDns1123Label, isDns1123Subdomain, isLabelValue, isQualifiedName } from "../model/kubernetes-names.js";
import { arrayAt, isRecord, recordAtPath, stringAt, stringEntries, type Report } from "./object-access.js";

/** Where each workload keeps its pod template. */
export const podTemplatePaths: Readonly<Record<string, readonly string[]>> = {
  Deployment: ["spec", "template"],
  StatefulSet: ["spec", "template"],
  DaemonSet: ["spec", "template"],
  Job: ["spec", "template"],
  CronJob: ["spec", "jobTemplate", "spec", "template"],
};

/**
 * Object names: Services become DNS labels that must start with a letter ("web", not "1web"); namespaces
 * are DNS labels; a CronJob name leaves room for the suffix of its Jobs; everything else is a subdomain.
 */
export function checkName(object: KubernetesObject, report: Report): void {
  const name = stringAt(object.metadata, "name");
  const at = ["metadata", "name"];
  if (name === undefined) return;
  if (object.kind === "Service") {
    if (!isDns1035Label(name)) report(at, "service-name", name);
  } else if (object.kind === "Namespace" || object.kind === "Job") {
    // A Job's name is also written to its pods' job-name label, which allows 63 characters.
    if (!isDns1123Label(name)) report(at, "dns-label", name);
  } else if (!isDns1123Subdomain(name)) {
    report(at, "dns-subdomain", name);
  } else if (object.kind === "CronJob" && name.length > 52) {
    report(at, "cron-job-name", name);
  } else if (object.kind === "StatefulSet" && name.length > 52) {
    report(at, "stateful-set-name", name);
  }
  const namespace = stringAt(object.metadata, "namespace");
  if (namespace !== undefined && !isDns1123Label(namespace)) report(["metadata", "namespace"], "dns-label", namespace);
}

/** Every metadata block an object holds: its own, its pod template's, a CronJob's job template's, claim templates'. */
function metadataBlocks(object: KubernetesObject): { at: Path; metadata: unknown }[] {
  const blocks: { at: Path; metadata: unknown }[] = [{ at: ["metadata"], metadata: object.metadata }];
  const template = podTemplatePaths[object.kind];
  if (template) blocks.push({ at: [...template, "metadata"], metadata: recordAtPath(object, [...template, "metadata"]) });
  if (object.kind === "CronJob") blocks.push({ at: ["spec", "jobTemplate", "metadata"], metadata: recordAtPath(object, ["spec", "jobTemplate", "metadata"]) });
  arrayAt(object.spec, "volumeClaimTemplates").forEach((claim, index) => {
    blocks.push({ at: ["spec", "volumeClaimTemplates", index, "metadata"], metadata: isRecord(claim) ? claim.metadata : undefined });
  });
  return blocks;
}

/** Label maps used as selectors; their keys and values follow label syntax too. */
function selectorMaps(object: KubernetesObject): { at: Path; labels: unknown }[] {
  const maps: { at: Path; labels: unknown }[] = [];
  const spec = isRecord(object.spec) ? object.spec : undefined;
  if (object.kind === "Service") maps.push({ at: ["spec", "selector"], labels: spec?.selector });
  else if (object.kind === "NetworkPolicy") maps.push({ at: ["spec", "podSelector", "matchLabels"], labels: recordAtPath(spec, ["podSelector", "matchLabels"]) });
  else if (podTemplatePaths[object.kind]) {
    const selectorAt = object.kind === "CronJob" ? ["spec", "jobTemplate", "spec", "selector"] : ["spec", "selector"];
    maps.push({ at: [...selectorAt, "matchLabels"], labels: recordAtPath(object, [...selectorAt, "matchLabels"]) });
  }
  return maps;
}

const maxAnnotationBytes = 256 * 1024;

export function checkLabelsAndAnnotations(object: KubernetesObject, report: Report): void {
  const labelMaps = selectorMaps(object);
  for (const { at, metadata } of metadataBlocks(object)) {
    labelMaps.push({ at: [...at, "labels"], labels: isRecord(metadata) ? metadata.labels : undefined });
    const annotations = stringEntries(isRecord(metadata) ? metadata.annotations : undefined);
    let bytes = 0;
    for (const [key, value] of annotations) {
      if (!isQualifiedName(key)) report([...at, "annotations", key], "annotation-key", key);
      bytes += utf8Bytes(key) + utf8Bytes(value);
    }
    if (bytes > maxAnnotationBytes) report([...at, "annotations"], "annotations-size", bytes);
  }
  for (const { at, labels } of labelMaps) {
    for (const [key, value] of stringEntries(labels)) {
      if (!isQualifiedName(key)) report([...at, key], "label-key", key);
      if (!isLabelValue(value)) report([...at, key], "label-value", value);
    }
  }
}

/** A workload's selector must pick its own pods: every matchLabels entry is on the template. */
export function checkSelectorMatchesTemplate(object: KubernetesObject, report: Report): void {
  const template = podTemplatePaths[object.kind];
  if (!template) return;
  const specAt = template.slice(0, -1);
  const selector = recordAtPath(object, [...specAt, "selector", "matchLabels"]);
  const labels = recordAtPath(object, [...template, "metadata", "labels"]) ?? {};
  for (const [key, value] of stringEntries(selector)) {
    if (labels[key] !== value) report([...specAt, "selector", "matchLabels", key], "selector-mismatch", `${key}=${value}`);
  }
}
