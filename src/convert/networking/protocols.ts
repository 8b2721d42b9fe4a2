import type { Protocol } from "../../model/project.js";

/** Compose writes protocols in lowercase ("53/udp"), Kubernetes in uppercase. */
export const kubernetesProtocols = { tcp: "TCP", udp: "UDP", sctp: "SCTP" } as const satisfies Record<Protocol, string>;
