import type { ISecurityContext } from "kubernetes-models/v1/SecurityContext";
import { diagnostic } from "../../diagnostics/codes.js";
import type { Service } from "../../model/project.js";
import { CONTAINER, type Collector } from "../shared/collector.js";
import type { ConvertOptions } from "../../model/manifest.js";
import { applyRestricted } from "./restricted-settings.js";

/** "CAP_NET_ADMIN" and "net_admin" → "NET_ADMIN": Kubernetes names capabilities without the prefix. */
export const capabilityName = (name: string): string => name.toUpperCase().replace(/^CAP_/, "");

/**
 * user, cap_add/cap_drop, privileged and read_only → the container's securityContext. Only numeric
 * ids can be expressed ("1000:1000"); a user or group name ("postgres") warns and is left to the image.
 * With --pod-security restricted, the settings that level needs and the app allows (restricted-settings.ts).
 */
export function convertSecurityContext(service: Service, collector: Collector, level?: ConvertOptions["podSecurity"]): ISecurityContext | undefined {
  const context: ISecurityContext = {};
  const at = [...CONTAINER, "securityContext"];
  const user = service.user;
  if (user !== undefined) {
    if (user.uid !== undefined) context.runAsUser = user.uid;
    if (user.gid !== undefined) context.runAsGroup = user.gid;
    for (const field of ["runAsUser", "runAsGroup"] as const) if (context[field] !== undefined) collector.trace([...at, field], user.path);
    const names = [user.uid === undefined ? user.user : undefined, user.group !== undefined && user.gid === undefined ? user.group : undefined];
    for (const name of names) if (name !== undefined) collector.report(diagnostic("user-name", user.path, { user: name }));
    if (user.uid !== undefined || user.gid !== undefined) collector.explain("user-to-security-context");
  }
  if (service.capAdd.length > 0 || service.capDrop.length > 0) {
    context.capabilities = {};
    if (service.capAdd.length > 0) context.capabilities.add = service.capAdd.map(capabilityName);
    if (service.capDrop.length > 0) context.capabilities.drop = service.capDrop.map(capabilityName);
    if (service.capAdd.length > 0) collector.trace([...at, "capabilities", "add"], [...service.path, "cap_add"]);
    if (service.capDrop.length > 0) collector.trace([...at, "capabilities", "drop"], [...service.path, "cap_drop"]);
    collector.explain("capabilities");
  }
  if (service.privileged) {
    context.privileged = true;
    collector.trace([...at, "privileged"], [...service.path, "privileged"]);
    collector.explain("capabilities");
  }
  if (service.readOnly) {
    context.readOnlyRootFilesystem = true;
    collector.trace([...at, "readOnlyRootFilesystem"], [...service.path, "read_only"]);
  }
  if (level === "restricted") applyRestricted(service, context, collector);
  return Object.keys(context).length > 0 ? context : undefined;
}
