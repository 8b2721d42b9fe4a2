import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Path } from "../diagnostics/types.js";
import { isInside, resolve } from "../load/paths.js";
import { splitVolumeSpec } from "../model/volume-spec.js";
import { readBoundFiles, type BindReadContext } from "./bind-files.js";
import type { VolumeMount } from "../model/project.js";
import type { ComposeService, ComposeServiceVolume } from "../validate/schema.js";
import { parseBoolean, parseMode, shown } from "./scalars.js";
import { parseSize } from "./sizes.js";
import { childPath } from "./exact.js";

export interface MountContext extends BindReadContext {
  workingDir: string;
}

/** Mode options of the short syntax; "ro" is the only one Kubernetes can express, the rest tune Docker. */
const shortOptions = new Set([
  "ro", "rw", "z", "Z", "nocopy", "consistent", "cached", "delegated",
  "shared", "slave", "private", "rshared", "rslave", "rprivate",
]);

const windowsPath = /^[A-Za-z]:[\\/]|^\\\\/;

const isTarget = (target: string): boolean => target.startsWith("/") || windowsPath.test(target);

/**
 * A bind source: "./conf" and "conf/x" resolve against the project directory and are read when they stay
 * inside it; "~/x" (home is unknown here) and Windows paths ("C:\x") are kept as written, outside the project.
 */
function bindMount(source: string, target: string, readOnly: boolean, path: Path, context: MountContext, out: Diagnostic[]): VolumeMount {
  if (source.startsWith("~") || windowsPath.test(source)) {
    return { type: "bind", source, target, readOnly, insideProject: false, path };
  }
  const absolute = resolve(context.workingDir, source);
  const insideProject = isInside(context.workingDir, absolute);
  const bound = insideProject ? readBoundFiles(absolute, path, context, out) : {};
  return { type: "bind", source: absolute, target, readOnly, insideProject, ...bound, path };
}

/**
 * Short syntax [SOURCE:]TARGET[:MODE]: "data:/var/lib/x:ro" (named volume), "./conf:/etc/conf" and
 * "/abs:/x:rw" and "~/x:/y" (binds: sources starting with ".", "/" or "~"), "/only/target" (anonymous).
 */
export function parseVolumeShort(text: string, path: Path, context: MountContext, out: Diagnostic[]): VolumeMount | undefined {
  const fail = (reason: string): undefined => {
    out.push(diagnostic("volume-syntax", path, { value: text, reason }));
    return undefined;
  };
  const parts = splitVolumeSpec(text);
  if (parts.length > 3) return fail("it has more than three colon-separated parts");
  if (parts.length === 1) {
    return isTarget(text) ? { type: "anonymous", target: text, readOnly: false, path } : fail("the container path must be absolute");
  }
  const [source = "", target = "", options = ""] = parts;
  if (source === "") return fail("the source is empty");
  if (!isTarget(target)) return fail(`the container path "${target}" must be absolute`);
  const modes = options === "" ? [] : options.split(",");
  const unknown = modes.find((mode) => !shortOptions.has(mode));
  if (unknown !== undefined) return fail(`"${unknown}" is not a mode (expected ro, rw, z, Z, nocopy…)`);
  const readOnly = modes.includes("ro");
  if (/^[./~]/.test(source) || windowsPath.test(source)) return bindMount(source, target, readOnly, path, context, out);
  return { type: "volume", source, target, readOnly, path };
}

/** Long syntax: { type, source, target, read_only, bind: {...}, volume: { subpath }, tmpfs: { size, mode } }. */
export function parseVolumeLong(item: ComposeServiceVolume, path: Path, context: MountContext, out: Diagnostic[]): VolumeMount | undefined {
  const { type, source, target } = item;
  if (target === undefined || !isTarget(target)) {
    out.push(diagnostic("volume-syntax", childPath(path, "target"), { value: shown(item), reason: "an absolute target is required" }));
    return undefined;
  }
  const readOnly = parseBoolean(item.read_only, childPath(path, "read_only"), out) ?? false;
  if (type === "tmpfs") {
    const options = item.tmpfs ?? {};
    const sizeBytes = parseSize(options.size, [...path, "tmpfs", "size"], out);
    const mode = parseMode(options.mode, [...path, "tmpfs", "mode"], out);
    return { type: "tmpfs", target, ...(sizeBytes === undefined ? {} : { sizeBytes }), ...(mode === undefined ? {} : { mode }), path };
  }
  if (type === "volume") {
    if (source === undefined || source === "") return { type: "anonymous", target, readOnly, path };
    const subpath = item.volume?.subpath;
    return { type: "volume", source, target, readOnly, ...(subpath === undefined ? {} : { subpath }), path };
  }
  if (type === "bind") {
    if (source === undefined || source === "") {
      out.push(diagnostic("volume-syntax", childPath(path, "source"), { value: shown(item), reason: "a bind mount needs a source" }));
      return undefined;
    }
    return bindMount(source, target, readOnly, path, context, out);
  }
  // npipe, cluster and image: kept as written for the converters to report.
  return { type, ...(source === undefined ? {} : { source }), target, readOnly, path };
}

/** Service `volumes:` — short strings and long maps, in order. */
export function parseVolumes(value: ComposeService["volumes"], path: Path, context: MountContext, out: Diagnostic[]): VolumeMount[] {
  return (value ?? []).flatMap((item, index) => {
    const itemPath = childPath(path, index);
    const mount = typeof item === "string" ? parseVolumeShort(item, itemPath, context, out) : parseVolumeLong(item, itemPath, context, out);
    return mount ? [mount] : [];
  });
}

/** Options of `--tmpfs` Kubernetes cannot honour but that change nothing when dropped. */
const harmlessTmpfsOptions = new Set(["rw"]);

/** Service `tmpfs:` — "/run" or ["/run:size=64m,mode=1777", "/tmp"]; other options are warned about and dropped. */
export function parseTmpfs(value: ComposeService["tmpfs"], path: Path, out: Diagnostic[]): VolumeMount[] {
  const items: [string, Path][] =
    typeof value === "string" ? [[value, path]] : (value ?? []).map((item, index): [string, Path] => [item, childPath(path, index)]);
  return items.flatMap(([text, itemPath]): VolumeMount[] => {
    const colon = text.indexOf(":");
    const target = colon < 0 ? text : text.slice(0, colon);
    if (!target.startsWith("/")) {
      out.push(diagnostic("volume-syntax", itemPath, { value: text, reason: "the container path must be absolute" }));
      return [];
    }
    const mount: VolumeMount & { type: "tmpfs" } = { type: "tmpfs", target, path: itemPath };
    for (const option of colon < 0 ? [] : text.slice(colon + 1).split(",")) {
      const [name = "", setting] = option.split("=", 2);
      if (name === "size" && setting !== undefined) {
        const sizeBytes = parseSize(setting, itemPath, out);
        if (sizeBytes !== undefined) mount.sizeBytes = sizeBytes;
      } else if (name === "mode" && setting !== undefined) {
        const mode = parseMode(setting, itemPath, out);
        if (mode !== undefined) mount.mode = mode;
      } else if (option !== "" && !harmlessTmpfsOptions.has(name)) {
        out.push(diagnostic("tmpfs-option", itemPath, { option }));
      }
    }
    return [mount];
  });
}
