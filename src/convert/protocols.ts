import type { Protocol } from "../normalize/model.js";

/** Compose writes protocols in lowercase ("53/udp"), Kubernetes in uppercase. */
export const kubernetesProtocols = { tcp: "TCP", udp: "UDP", sctp: "SCTP" } as const satisfies Record<Protocol, string>;
