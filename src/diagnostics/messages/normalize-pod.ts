import type { MessageRows } from "./table.js";

/** Normalize diagnostics of pod and container details: sysctls, platform, placement, GPUs, hooks. */
export const normalizePodMessages = {
  "sysctl-syntax": {
    severity: "error",
    text: (p: { value: string }) =>
      `cannot read the sysctl "${p.value}". Expected NAME=VALUE in a list or NAME: VALUE in a mapping, for example net.core.somaxconn=1024.`,
  },
  "platform-syntax": {
    severity: "error",
    text: (p: { value: string }) =>
      `cannot read the platform "${p.value}". Expected OS[/ARCH[/VARIANT]], for example linux/amd64 or linux/arm64/v8.`,
  },
  "placement-constraint-syntax": {
    severity: "error",
    text: (p: { value: string }) =>
      `cannot read the placement constraint "${p.value}". Expected ATTRIBUTE == VALUE or ATTRIBUTE != VALUE, for example node.labels.zone == eu-west-1 or node.role != manager.`,
  },
  "device-count-syntax": {
    severity: "error",
    text: (p: { value: string }) =>
      `cannot read the device count "${p.value}". Expected a whole number or "all", for example count: 1.`,
  },
} satisfies MessageRows;
