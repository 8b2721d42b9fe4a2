import type { IConfigMap } from "kubernetes-models/v1/ConfigMap";
import type { ISecret } from "kubernetes-models/v1/Secret";
import type { IVolume } from "kubernetes-models/v1/Volume";
import { diagnostic } from "../../diagnostics/codes.js";
import type { BoundFile, VolumeMount } from "../../model/project.js";
import { defaultedTo, POD_SPEC, tracedTo, type Collector } from "../shared/collector.js";
import { configMapKey, derivedName, uniqueKeys } from "../shared/names.js";
import { objectMeta, widen, type Scope } from "../shared/object-meta.js";
import type { PodVolumes } from "../shared/pod-volumes.js";
import { declaredSecretFiles, isSensitiveFileName } from "../../model/credentials.js";
import { utf8Bytes } from "../../model/byte-size.js";

type Bind = Extract<VolumeMount, { type: "bind" }>;

/** A host path as the user wrote it, relative to the project when inside it: "/src/shop/conf" → "./conf". */
export function shownPath(path: string, workingDir: string): string {
  const base = workingDir.endsWith("/") ? workingDir : `${workingDir}/`;
  return path.startsWith(base) ? `./${path.slice(base.length)}` : path;
}

/** The most a ConfigMap or Secret may hold (the API server refuses larger ones). */
export const MAX_OBJECT_BYTES = 1024 * 1024;

/** Bytes of the copy: text as UTF-8, base64 as the bytes it stands for. */
const byteLength = (files: readonly BoundFile[]): number =>
  files.reduce((sum, file) => sum + utf8Bytes(file.path) + (file.encoding === "base64" ? Math.floor((file.content.length * 3) / 4) : utf8Bytes(file.content)), 0);

const baseName = (path: string): string => path.split("/").filter((part) => part !== "").pop() ?? path;

/**
 * The mode a copied file is mounted with: 0755 (493) when any execute bit is set in the project, so
 * scripts still run; otherwise the volume's default, 0644. Read bits are not narrowed to the project's
 * (0700, 0600): in the pod the files belong to root, and the container's user must still read them.
 */
export const mountedMode = (file: BoundFile): number | undefined => (file.mode !== undefined && (file.mode & 0o111) !== 0 ? 0o755 : undefined);

/**
 * A bind of project files ("./nginx.conf:/etc/nginx/nginx.conf:ro") → a ConfigMap `<svc>-bind-<n>`
 * holding a copy of them, or a Secret when any name looks secret (".env", "tls.key") or any file is
 * the `file:` of a Compose secret (a bound folder that holds secrets/db_password.txt). A single file is
 * mounted with subPath at its target; a folder file by file with `items` (nested paths → safe keys:
 * "conf.d/app.conf" is key "conf.d_app.conf", path "conf.d/app.conf"). Returns the kind written, or
 * undefined when the files cannot be copied (too large); the caller says which note fits the copy.
 */
export function bindFiles(
  bind: Bind,
  files: readonly BoundFile[],
  index: number,
  context: { workload: string; scope: Scope; volumes: PodVolumes; project: { workingDir: string; secrets: Readonly<Record<string, { file?: string }>> } },
  collector: Collector,
): "ConfigMap" | "Secret" | undefined {
  const { workload, scope, volumes } = context;
  const source = shownPath(bind.source, context.project.workingDir);
  const bytes = byteLength(files);
  const singleFile = files.length === 1 && files[0]?.path === "";
  if (bytes > MAX_OBJECT_BYTES) {
    const fallback = singleFile ? "the mount is left out, since an empty directory in place of the file would break the app" : "an emptyDir is mounted instead";
    collector.report(diagnostic("bind-too-large", bind.path, { source, bytes, fallback }));
    return undefined;
  }
  const keys = singleFile ? [configMapKey(baseName(bind.source))] : uniqueKeys(files.map((file) => configMapKey(file.path)));
  // Files that are not UTF-8 text travel base64-encoded: a ConfigMap's binaryData, a Secret's data.
  const entries = (encoded: boolean) => files.flatMap((file, at) => ((file.encoding === "base64") === encoded ? [[keys[at] ?? configMapKey(file.path), file.content] as const] : []));
  const data = Object.fromEntries(entries(false));
  const binary = entries(true).length > 0 ? Object.fromEntries(entries(true)) : undefined;
  // A Secret when a name looks secret, or when a file is one a `secrets:` definition reads (its folder bound).
  const secretFiles = declaredSecretFiles(context.project.secrets);
  const secret = files.some((file) => isSensitiveFileName(file.path === "" ? bind.source : file.path) || secretFiles.has(file.path === "" ? bind.source : `${bind.source}/${file.path}`));
  const name = derivedName(workload, "bind", index);
  const meta = objectMeta(name, scope, workload);
  const secretObject: ISecret = { apiVersion: "v1", kind: "Secret", metadata: meta, type: "Opaque", stringData: data, ...(binary ? { data: binary } : {}) };
  const configMapObject: IConfigMap = { apiVersion: "v1", kind: "ConfigMap", metadata: meta, data, ...(binary ? { binaryData: binary } : {}) };
  const object = widen(secret ? secretObject : configMapObject);
  collector.add({
    object,
    source: bind.path,
    explanations: ["bind-mount-to-configmap"],
    fieldNotes: [{ field: [secret ? "stringData" : "data"], text: `copy of ${source}; later edits are not seen` }],
    traces: [
      defaultedTo(["metadata", "name"], "named after the workload and the mount: <workload>-bind-<n>"),
      ...(secret ? [defaultedTo(["type"], "Opaque: any keys and values")] : []),
      tracedTo([secret ? "stringData" : "data"], bind.path),
      ...(binary ? [tracedTo([secret ? "data" : "binaryData"], bind.path)] : []),
    ],
  });
  collector.explain("bind-mount-to-configmap");

  const items = singleFile ? undefined : files.map((file, at) => {
    const mode = mountedMode(file);
    const item = { key: keys[at] ?? configMapKey(file.path), path: file.path };
    return mode === undefined ? item : { ...item, mode };
  });
  const fileMode = singleFile && files[0] !== undefined ? mountedMode(files[0]) : undefined;
  const modes = fileMode === undefined ? {} : { defaultMode: fileMode };
  const volumeSource: Omit<IVolume, "name"> = secret
    ? { secret: items === undefined ? { secretName: name, ...modes } : { secretName: name, items } }
    : { configMap: items === undefined ? { name, ...modes } : { name, items } };
  const executables = files.filter((file) => mountedMode(file) !== undefined).length;
  if (executables > 0) collector.note([...POD_SPEC, "volumes"], `${source}: ${executables === 1 && singleFile ? "executable, mounted" : `${executables} executable file(s) mounted`} with mode 0755 (493) as in the project`);
  const volumeName = volumes.volume(`bind-${index}`, volumeSource, bind.path);
  const key = keys[0];
  if (singleFile && key !== undefined) volumes.mount({ name: volumeName, mountPath: bind.target, subPath: key }, bind.path, bind.readOnly);
  else volumes.mount({ name: volumeName, mountPath: bind.target }, bind.path, bind.readOnly);
  return secret ? "Secret" : "ConfigMap";
}
