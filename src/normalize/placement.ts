import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Path } from "../diagnostics/types.js";
import type { Placement, PlacementConstraint, Platform } from "../model/project.js";
import type { ComposeDeploy } from "../validate/schema.js";
import { parseInteger } from "./scalars.js";
import { childPath } from "./exact.js";

/** "linux/arm64/v8" → { os: linux, arch: arm64, variant: v8 }; "linux" → { os: linux }. Case is folded, as docker does. */
export function parsePlatform(value: string | undefined, path: Path, out: Diagnostic[]): Platform | undefined {
  const text = value?.trim();
  if (text === undefined || text === "") return undefined;
  const parts = text.toLowerCase().split("/");
  const [os, arch, variant] = parts;
  if (os === undefined || parts.length > 3 || parts.some((part) => !/^[a-z0-9_.-]+$/.test(part))) {
    out.push(diagnostic("platform-syntax", path, { value: text }));
    return undefined;
  }
  return { os, ...(arch === undefined ? {} : { arch }), ...(variant === undefined ? {} : { variant }), path };
}

/** "node.labels.zone==eu-1", "node.role != manager" (spaces optional) → attribute, operator, value. */
const CONSTRAINT = /^\s*([^\s=!]+)\s*(==|!=)\s*(\S(?:.*\S)?)\s*$/;

export function parseConstraint(text: string, path: Path, out: Diagnostic[]): PlacementConstraint | undefined {
  const match = CONSTRAINT.exec(text);
  const [, attribute, operator, value] = match ?? [];
  if (attribute === undefined || (operator !== "==" && operator !== "!=") || value === undefined) {
    out.push(diagnostic("placement-constraint-syntax", path, { value: text }));
    return undefined;
  }
  return { attribute, operator, value, path };
}

/**
 * `deploy.placement`: constraints (strings), preferences ([{ spread: node.labels.zone }]) and
 * max_replicas_per_node (a number). Undefined when deploy has no placement.
 */
export function parsePlacement(deploy: ComposeDeploy | null | undefined, deployPath: Path, out: Diagnostic[]): Placement | undefined {
  const placement = deploy?.placement;
  if (placement === undefined) return undefined;
  const path = childPath(deployPath, "placement");
  const constraints = (placement.constraints ?? []).flatMap((text, index) => {
    const parsed = parseConstraint(text, [...path, "constraints", index], out);
    return parsed === undefined ? [] : [parsed];
  });
  const spreads = (placement.preferences ?? []).flatMap((item, index) => {
    const attribute = item.spread?.trim();
    return attribute === undefined || attribute === "" ? [] : [{ attribute, path: [...path, "preferences", index, "spread"] }];
  });
  const maxPath = childPath(path, "max_replicas_per_node");
  const max = parseInteger(placement.max_replicas_per_node, maxPath, out);
  return { constraints, spreads, ...(max === undefined ? {} : { maxReplicasPerNode: { value: max, path: maxPath } }), path };
}
