import type { IPodSpec } from "kubernetes-models/v1/PodSpec";
import type { Path } from "../diagnostics/types.js";
import { placedContainers } from "./pod-spec-parts.js";
import type { PodSecurityControl } from "./pod-security-types.js";

type Found = { field: Path; problem: string };

/** Volume sources restricted allows (the docs' "Volume Types" row); any other source is refused. */
export const RESTRICTED_VOLUME_SOURCES: ReadonlySet<string> = new Set(["configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret"]);

/** A container's value of a field that the pod's securityContext may also set: the container's wins. */
function effective<K extends "runAsNonRoot" | "runAsUser" | "seccompProfile">(spec: IPodSpec, container: { securityContext?: { [key in K]?: unknown } }, key: K): unknown {
  return container.securityContext?.[key] ?? spec.securityContext?.[key];
}

export const restrictedControls: readonly PodSecurityControl[] = [
  {
    id: "volume-types", title: "Volume Types", level: "restricted",
    check: (spec) => (spec.volumes ?? []).flatMap((volume, index): Found[] => {
      const sources = Object.keys(volume).filter((key) => key !== "name");
      const refused = sources.filter((source) => !RESTRICTED_VOLUME_SOURCES.has(source));
      return refused.map((source) => ({ field: ["volumes", index, source], problem: `volume ${volume.name} is a ${source}; restricted allows only ${[...RESTRICTED_VOLUME_SOURCES].join(", ")}.` }));
    }),
  },
  {
    id: "privilege-escalation", title: "Privilege Escalation", level: "restricted",
    check: (spec) => placedContainers(spec).flatMap(({ container, at }): Found[] =>
      container.securityContext?.allowPrivilegeEscalation === false ? [] : [{ field: [...at, "securityContext", "allowPrivilegeEscalation"], problem: `container ${container.name} may gain privileges (setuid files); restricted needs allowPrivilegeEscalation: false.` }]),
  },
  {
    id: "run-as-non-root", title: "Running as Non-root", level: "restricted",
    check: (spec) => placedContainers(spec).flatMap(({ container, at }): Found[] =>
      effective(spec, container, "runAsNonRoot") === true ? [] : [{ field: [...at, "securityContext", "runAsNonRoot"], problem: `container ${container.name} may run as root; restricted needs runAsNonRoot: true on it or on the pod.` }]),
  },
  {
    id: "run-as-non-root-user", title: "Running as Non-root user", level: "restricted",
    check: (spec) => {
      const pod: Found[] = spec.securityContext?.runAsUser === 0 ? [{ field: ["securityContext", "runAsUser"], problem: "the pod runs as user 0 (root); restricted allows any other id." }] : [];
      return [...pod, ...placedContainers(spec).flatMap(({ container, at }): Found[] =>
        container.securityContext?.runAsUser === 0 ? [{ field: [...at, "securityContext", "runAsUser"], problem: `container ${container.name} runs as user 0 (root); restricted allows any other id.` }] : [])];
    },
  },
  {
    id: "seccomp-restricted", title: "Seccomp", level: "restricted",
    check: (spec) => placedContainers(spec).flatMap(({ container, at }): Found[] => {
      const profile = effective(spec, container, "seccompProfile") as { type?: string } | undefined;
      return profile?.type === "RuntimeDefault" || profile?.type === "Localhost" ? [] :
        [{ field: [...at, "securityContext", "seccompProfile"], problem: `container ${container.name} names no seccomp profile; restricted needs RuntimeDefault or Localhost on it or on the pod.` }];
    }),
  },
  {
    id: "capabilities-restricted", title: "Capabilities", level: "restricted",
    check: (spec) => placedContainers(spec).flatMap(({ container, at }): Found[] => {
      const capabilities = container.securityContext?.capabilities;
      const at_ = [...at, "securityContext", "capabilities"];
      const drop: Found[] = (capabilities?.drop ?? []).includes("ALL") ? [] : [{ field: [...at_, "drop"], problem: `container ${container.name} keeps the runtime's default capabilities; restricted needs drop: [ALL].` }];
      const add = (capabilities?.add ?? []).flatMap((name, index): Found[] => name === "NET_BIND_SERVICE" ? [] : [{ field: [...at_, "add", index], problem: `adding ${name}: restricted allows adding back only NET_BIND_SERVICE.` }]);
      return [...drop, ...add];
    }),
  },
];
