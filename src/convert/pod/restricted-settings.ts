import type { ISecurityContext } from "kubernetes-models/v1/SecurityContext";
import type { Service } from "../../model/project.js";
import { CONTAINER, type Collector } from "../shared/collector.js";

const AT = [...CONTAINER, "securityContext"];

/** A user: the Compose file names a numeric uid other than 0, so the app is known not to need root. */
const nonRootUid = (service: Service): boolean => service.user?.uid !== undefined && service.user.uid !== 0;

/**
 * What --pod-security restricted may add to a container without changing what the Compose file says
 * the app does:
 * - allowPrivilegeEscalation: false (Docker's no-new-privileges): setuid programs can no longer gain
 *   privileges. Not with privileged or cap_add SYS_ADMIN: the API server refuses the pair, and the app
 *   asked for those powers.
 * - runAsNonRoot: true only when `user:` is a non-root uid: with the image's own user, kubepose cannot
 *   know it is not root, and the kubelet would refuse to start a root image.
 * - capabilities drop [ALL] (cap_add stays added) only for such a non-root uid: a process that is not
 *   root has none of the runtime's default capabilities in effect anyway, while an image that starts as
 *   root often needs CHOWN, SETUID or SETGID to drop to its own user (postgres, nginx).
 * Everything it leaves out is reported by the Pod Security evaluation after convert.
 */
export function applyRestricted(service: Service, context: ISecurityContext, collector: Collector): void {
  const why = "--pod-security restricted, and the Compose file does not need it otherwise";
  collector.explain("pod-security-level");
  const add = context.capabilities?.add ?? [];
  if (!service.privileged && !add.includes("SYS_ADMIN")) {
    context.allowPrivilegeEscalation = false;
    collector.defaulted([...AT, "allowPrivilegeEscalation"], why);
  }
  if (!nonRootUid(service)) return;
  context.runAsNonRoot = true;
  collector.trace([...AT, "runAsNonRoot"], service.user?.path ?? service.path);
  const drop = context.capabilities?.drop ?? [];
  if (!drop.includes("ALL")) {
    context.capabilities = { ...context.capabilities, drop: ["ALL"] };
    collector.defaulted([...AT, "capabilities", "drop"], `${why}: user ${service.user?.user ?? ""} is not root, so the default capabilities were not in effect`);
  }
}
