import type { MessageRows } from "./table.js";

/** Diagnostics of the connection graph (src/connect/) and of the Services it asks for. */
export const connectMessages = {
  "connection-no-port": {
    severity: "warning",
    text: (p: { service: string; peer: string; name: string; through: string }) =>
      `'${p.service}' reaches '${p.peer}'${p.name === p.peer ? "" : ` as '${p.name}'`} through ${p.through}, but nothing says which port '${p.peer}' listens on, so it gets no Service and the name '${p.name}' does not resolve in the cluster. Add the port to '${p.peer}', for example expose: ["8080"], or write it in the reference (${p.name}:8080).`,
  },
  "alias-not-service": {
    severity: "warning",
    text: (p: { service: string; alias: string; reason: string }) =>
      `'${p.alias}', a name '${p.service}' answers to in Compose, cannot be a Service name: ${p.reason}, so peers that call '${p.alias}' will not find it. Use '${p.service}' in those references, or rename the alias to a lowercase name of letters, digits and '-', for example '${p.service}-primary'.`,
  },
  "probe-own-name": {
    severity: "note",
    text: (p: { service: string }) =>
      `the healthcheck of '${p.service}' calls its own service name; in Kubernetes only ready pods stand behind a Service, so a probe through it could never pass the first time. It calls localhost instead.`,
  },
} satisfies MessageRows;
