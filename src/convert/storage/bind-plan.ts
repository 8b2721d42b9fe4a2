import type { BoundFile, Project, Service, VolumeMount } from "../../model/project.js";
import { utf8Bytes } from "../../model/byte-size.js";
import { dnsLabel } from "../shared/names.js";
import { MAX_OBJECT_BYTES } from "./bind-files.js";
import { bindOverride, VOLUME_LABEL_PREFIX } from "./bind-override.js";
import { imageDataDirectory } from "./image-data-directories.js";
import { claimName } from "./volume-claim.js";
import { volumeKind } from "./volume-labels.js";
import type { VolumeKind } from "../kompose-labels.js";

export type Bind = Extract<VolumeMount, { type: "bind" }>;

/** Why a project directory is data: the first rule that applies, in this order (see bind-mount-to-pvc). */
export type DataReason = "label" | "missing" | "empty" | "image-data" | "binary" | "variable-data" | "too-large";

/** A project directory that becomes one PersistentVolumeClaim, shared by every service that mounts it. */
export interface DirectoryClaim {
  source: string;
  claim: string;
  reason: DataReason;
  /** The reason in words, for messages: "postgres keeps its data in /var/lib/postgresql/data". */
  detail: string;
  /** The mounts that use the claim, in Compose order; the first one traces the claim. */
  mounts: { service: Service; mount: Bind }[];
  /** The files it holds in the project, to be copied by hand (git placeholders left out). */
  files: BoundFile[];
}

/** What one bind mount becomes. */
export type BindUse =
  | { use: "claim"; directory: DirectoryClaim }
  | { use: "copy"; files: readonly BoundFile[]; why: "file" | "read-only" | "config-files" | "label" }
  | { use: "host" };

/**
 * Directories of the Filesystem Hierarchy Standard 3.0 whose contents programs change while they run:
 * /var/lib (state), /var/log, /var/spool, /var/cache, and /srv (data a service serves). A directory of the
 * project mounted read-write below one of them is written to, so it is data.
 */
const variableDataRoots = ["/var/lib", "/var/log", "/var/spool", "/var/cache", "/srv"] as const;

/** Files git users add only so that git keeps an otherwise empty directory; they are not content. */
const placeholderNames = new Set([".gitkeep", ".keep", ".gitignore"]);

const baseName = (path: string): string => path.slice(path.lastIndexOf("/") + 1);
export const contentFiles = (files: readonly BoundFile[]): BoundFile[] => files.filter((file) => !placeholderNames.has(baseName(file.path)));
/** Bytes that are not UTF-8 come as base64 (load/file-access), and text files never hold NUL. */
const isBinary = (file: BoundFile): boolean => file.encoding === "base64" || file.content.includes("\u0000");
const under = (root: string, target: string): boolean => target === root || target.startsWith(`${root}/`);

export function sourceKindOf(mount: Bind): Bind["sourceKind"] {
  if (mount.sourceKind !== undefined || mount.files === undefined) return mount.sourceKind;
  return mount.files.length === 1 && mount.files[0]?.path === "" ? "file" : "directory";
}

const tooLarge = { reason: "too-large", detail: "is too large for a ConfigMap and mounted read-write" } as const;

/** Why this one mount makes its directory data, or undefined when it does not (see DataReason). */
function mountReason(service: Service, mount: Bind): { reason: DataReason; detail: string } | undefined {
  const override = bindOverride(service, mount.target);
  const kind = sourceKindOf(mount);
  if (!mount.insideProject || override === "configmap" || kind === "file" || kind === undefined) return undefined;
  if (override === "pvc") return { reason: "label", detail: `is named by the label ${VOLUME_LABEL_PREFIX}${mount.target}: pvc` };
  if (kind === "missing") return { reason: "missing", detail: "does not exist yet, so Compose creates it empty" };
  if (mount.files === undefined) {
    return mount.readOnly ? undefined : tooLarge;
  }
  if (contentFiles(mount.files).length === 0) return { reason: "empty", detail: "is empty, so only the app can fill it" };
  if (mount.readOnly) return undefined;
  const data = imageDataDirectory(service.image, mount.target);
  if (data !== undefined) return { reason: "image-data", detail: `is mounted read-write where ${data.row.image} keeps its data (${data.path})` };
  const binary = mount.files.find(isBinary);
  if (binary !== undefined) return { reason: "binary", detail: `is mounted read-write and holds binary files (${binary.path})` };
  const root = variableDataRoots.find((candidate) => under(candidate, mount.target));
  if (root !== undefined) return { reason: "variable-data", detail: `is mounted read-write under ${root}, where programs write their data` };
  if (mount.files.reduce((sum, file) => sum + utf8Bytes(file.content), 0) > MAX_OBJECT_BYTES) return tooLarge;
  return undefined;
}

/** "./data/uploads" → "data-uploads", made unique against named volumes' claims and earlier directories. */
function directoryClaimName(source: string, project: Project, taken: Set<string>): string {
  const relative = source.startsWith(`${project.workingDir}/`) ? source.slice(project.workingDir.length + 1) : "";
  const base = dnsLabel(relative === "" ? project.name : relative.replace(/\//g, "-"));
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base.slice(0, 60)}-${n}`;
  taken.add(name);
  return name;
}

/** Services whose mounts kompose.volume.type or --volumes turn into emptyDirs or hostPaths use no claims. */
const usesDirectoryClaims = (service: Service, projectKind: VolumeKind | undefined): boolean => {
  const kind = volumeKind(service, projectKind === undefined ? {} : { volumes: projectKind });
  return kind !== "emptyDir" && kind !== "hostPath";
};

function buildPlan(project: Project, projectKind: VolumeKind | undefined): Map<string, DirectoryClaim> {
  const taken = new Set(Object.entries(project.volumes).map(([key, definition]) => claimName(key, definition)));
  const users = new Map<string, { service: Service; mount: Bind }[]>();
  const reasons = new Map<string, { reason: DataReason; detail: string }>();
  for (const service of project.services) {
    if (!usesDirectoryClaims(service, projectKind)) continue;
    for (const mount of service.volumes) {
      if (mount.type !== "bind" || !mount.insideProject || bindOverride(service, mount.target) === "configmap") continue;
      const sourceUsers = users.get(mount.source);
      if (sourceUsers === undefined) users.set(mount.source, [{ service, mount }]);
      else sourceUsers.push({ service, mount });
      const reason = mountReason(service, mount);
      if (reason !== undefined && !reasons.has(mount.source)) reasons.set(mount.source, reason);
    }
  }
  const plan = new Map<string, DirectoryClaim>();
  for (const [source, reason] of reasons) {
    const mounts = users.get(source) ?? [];
    const files = contentFiles(mounts.find((user) => user.mount.files !== undefined)?.mount.files ?? []);
    plan.set(source, { source, claim: directoryClaimName(source, project, taken), ...reason, mounts, files });
  }
  return plan;
}

const plans = new WeakMap<Project, Map<string, Map<string, DirectoryClaim>>>();

/**
 * The project directories that become claims, by absolute source; worked out once per project and
 * --volumes value (`projectKind`).
 */
export function directoryClaims(project: Project, projectKind?: VolumeKind): Map<string, DirectoryClaim> {
  const byKind = plans.get(project) ?? new Map<string, Map<string, DirectoryClaim>>();
  plans.set(project, byKind);
  const key = projectKind ?? "";
  const known = byKind.get(key);
  if (known !== undefined) return known;
  const plan = buildPlan(project, projectKind);
  byKind.set(key, plan);
  return plan;
}

/** Each plan's directories by claim name (the first of a name, as a scan in source order finds it), filed once per plan. */
const byClaimOfPlan = new WeakMap<Map<string, DirectoryClaim>, Map<string, DirectoryClaim>>();

/** The project directory that became the claim `claim`, if one did: one look-up per claim, not a scan of the plan. */
export function directoryClaimNamed(project: Project, claim: string, projectKind?: VolumeKind): DirectoryClaim | undefined {
  const plan = directoryClaims(project, projectKind);
  let byClaim = byClaimOfPlan.get(plan);
  if (byClaim === undefined) {
    byClaim = new Map();
    for (const directory of plan.values()) if (!byClaim.has(directory.claim)) byClaim.set(directory.claim, directory);
    byClaimOfPlan.set(plan, byClaim);
  }
  return byClaim.get(claim);
}

/** What a bind mount of `service` becomes: a directory's claim, a copy of its files, or a host path. */
export function bindUse(project: Project, service: Service, mount: Bind, projectKind?: VolumeKind): BindUse {
  if (!mount.insideProject) return { use: "host" };
  const override = bindOverride(service, mount.target);
  const directory = override === "configmap" ? undefined : directoryClaims(project, projectKind).get(mount.source);
  if (directory !== undefined) return { use: "claim", directory };
  if (mount.files === undefined) return { use: "host" };
  const files = mount.files;
  if (sourceKindOf(mount) === "file") return { use: "copy", files, why: "file" };
  if (override === "configmap") return { use: "copy", files, why: "label" };
  return { use: "copy", files, why: mount.readOnly ? "read-only" : "config-files" };
}
