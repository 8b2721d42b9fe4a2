import type { Path } from "../../diagnostics/types.js";
import { parseImageReference } from "../../model/image-reference.js";
import type { ContainerView, Hit, PodView, SecurityContextView } from "../types.js";

/** Every container of the pod (init containers after the others) with its path in the object. */
export function containersOf(pod: PodView, withInit = pod.initContainers): { container: ContainerView; path: Path; init: boolean }[] {
  const list = (key: "containers" | "initContainers") =>
    (pod.spec[key] ?? []).map((container, index) => ({ container, path: [...pod.specPath, key, index], init: key === "initContainers" }));
  return [...list("containers"), ...(withInit ? list("initContainers") : [])];
}

const named = (container: ContainerView) => `container '${container.name ?? "?"}'`;

/** The container's setting, else the pod's (a container's securityContext overrides the pod's). */
function effective<K extends keyof SecurityContextView>(pod: PodView, container: ContainerView, key: K): SecurityContextView[K] {
  return container.securityContext?.[key] ?? pod.spec.securityContext?.[key];
}

export function imageLatest(pod: PodView): Hit[] {
  return containersOf(pod).flatMap(({ container, path }) => {
    const image = container.image ?? "";
    const reference = parseImageReference(image);
    if (reference === undefined || reference.digest !== undefined) return [];
    if (reference.tag !== undefined && reference.tag !== "latest") return [];
    const written = reference.tag === undefined ? "has no tag, so it means latest" : "uses the tag latest";
    return [{ field: [...path, "image"], message: `${named(container)}: image ${image} ${written}, which moves with every push; nodes started on different days run different code. Expected a version tag, ${image.replace(/:latest$/, "")}:<version>, and for Compose images kubepose convert --pin-digests.` }];
  });
}

/** What each missing probe costs, and where it comes from: kubepose makes a Compose healthcheck the readinessProbe only. */
const PROBE_ADVICE = {
  readinessProbe: "Services send it traffic as soon as it starts (in Compose, a healthcheck becomes the readinessProbe, for example healthcheck: { test: [\"CMD\", \"wget\", \"-qO-\", \"http://localhost:8080/health\"] })",
  livenessProbe: "nothing restarts it when it hangs (add a livenessProbe that checks the process itself, not the services it calls)",
} as const;

export function probesMissing(pod: PodView): Hit[] {
  if (!pod.longRunning) return [];
  return containersOf(pod, false).flatMap(({ container, path }) => {
    const missing = (["readinessProbe", "livenessProbe"] as const).filter((probe) => container[probe] === undefined);
    if (missing.length === 0) return [];
    return [{ field: path, message: `${named(container)} has no ${missing.join(" and no ")}: ${missing.map((probe) => PROBE_ADVICE[probe]).join("; ")}.` }];
  });
}

export function resourcesMissing(pod: PodView): Hit[] {
  return containersOf(pod).flatMap(({ container, path }) => {
    const missing = (["requests", "limits"] as const).flatMap((kind) => (["cpu", "memory"] as const).filter((resource) => container.resources?.[kind]?.[resource] === undefined).map((resource) => `${kind}.${resource}`));
    if (missing.length === 0) return [];
    return [{ field: [...path, "resources"], message: `${named(container)} sets no ${missing.join(", ")}: the scheduler cannot place it by what it needs, and without limits one pod can starve its node. Expected resources.requests and resources.limits for cpu and memory; in Compose deploy.resources, for example reservations: { cpus: "0.25", memory: 128M } and limits: { cpus: "1", memory: 256M }.` }];
  });
}

export function runAsRoot(pod: PodView): Hit[] {
  return containersOf(pod).flatMap(({ container, path }) => {
    const user = effective(pod, container, "runAsUser");
    if (user !== undefined && user !== 0) return [];
    if (user === undefined && effective(pod, container, "runAsNonRoot") === true) return [];
    const why = user === 0 ? "runs as user 0 (root)" : "may run as root: neither runAsNonRoot nor a non-zero runAsUser is set, so the image's USER decides";
    return [{ field: [...path, "securityContext"], message: `${named(container)} ${why}. Expected runAsNonRoot: true with a non-zero runAsUser; in Compose, for example user: "1000:1000".` }];
  });
}

export function privileged(pod: PodView): Hit[] {
  return containersOf(pod).flatMap(({ container, path }) =>
    container.securityContext?.privileged === true
      ? [{ field: [...path, "securityContext", "privileged"], message: `${named(container)} is privileged: it has every capability and the host's devices, so escaping it means owning the node. Expected only the capabilities it needs, for example cap_add: [NET_ADMIN] instead of privileged: true.` }]
      : [],
  );
}

export function writableRootFilesystem(pod: PodView): Hit[] {
  return containersOf(pod).flatMap(({ container, path }) =>
    effective(pod, container, "readOnlyRootFilesystem") === true
      ? []
      : [{ field: [...path, "securityContext"], message: `${named(container)} can write to its root filesystem, so an attacker can change its binaries. Expected readOnlyRootFilesystem: true with volumes for the paths it writes; in Compose read_only: true and for example tmpfs: [/tmp].` }],
  );
}
