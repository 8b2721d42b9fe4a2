import type { IContainer } from "kubernetes-models/v1/Container";
import type { ILifecycleHandler } from "kubernetes-models/v1/LifecycleHandler";
import type { ISecurityContext } from "kubernetes-models/v1/SecurityContext";
import { diagnostic } from "../../diagnostics/codes.js";
import type { Service, ServiceHook } from "../../model/project.js";
import type { Path } from "../../diagnostics/types.js";
import { CONTAINER, POD_SPEC, type Collector } from "../shared/collector.js";
import { dnsLabel } from "../shared/names.js";
import { shellQuote } from "../shared/shell.js";
import type { PodContext, PodDraft } from "../shared/pod-context.js";
import { pinnedImage } from "./image.js";


/** runAsUser/runAsGroup from a numeric user, privileged when asked; a user name warns, as for the service itself. */
function hookSecurityContext(hook: ServiceHook, fallbackUser: Service["user"], collector: Collector): ISecurityContext | undefined {
  const context: ISecurityContext = {};
  const user = hook.user ?? fallbackUser;
  if (user !== undefined) {
    if (user.uid !== undefined) context.runAsUser = user.uid;
    else collector.report(diagnostic("user-name", user.path, { user: user.user }));
    if (user.gid !== undefined) context.runAsGroup = user.gid;
  }
  if (hook.privileged) context.privileged = true;
  return Object.keys(context).length > 0 ? context : undefined;
}

/**
 * pre_start → init containers named "<workload>-pre-start-<n>", after the waits for dependencies. Each
 * runs the hook's image (the service's by default) with the hook's command as the full argv, the
 * service's environment plus the hook's, its working directory and user unless the hook sets its own,
 * and the service's mounts, since the hook prepares what the container will see.
 */
export function preStartContainers(context: PodContext, pod: PodDraft): void {
  const { app } = pod;
  const first = pod.initContainers.length;
  const { service, workload, collector } = context;
  const hooks = service.preStart ?? [];
  // Most services have no hook: they make no list of containers for it (the concerns run for every pod).
  if (hooks.length === 0) return;
  const containers = hooks.map((hook, index): IContainer => {
    // A hook's own image is pinned like the service's (--pin-digests); without one it runs the app's, pinned already.
    const own = hook.image === undefined ? undefined : pinnedImage(hook.image, context.options, collector, [...POD_SPEC, "initContainers", first + index, "image"]);
    const container: IContainer = { name: dnsLabel(`${workload}-pre-start-${index}`), image: own ?? app.image ?? service.name };
    tracePreStart(context, hook, app, [...POD_SPEC, "initContainers", first + index]);
    if (hook.command !== undefined && hook.command.length > 0) container.command = hook.command;
    const workingDir = hook.workingDir ?? service.workingDir;
    if (workingDir !== undefined) container.workingDir = workingDir;
    if (app.envFrom !== undefined) container.envFrom = app.envFrom;
    const env = Object.entries(hook.environment).map(([name, value]) => ({ name, value }));
    if (env.length > 0) container.env = env;
    // Another image does not run as the service's user by default (Compose: "the user declared in image").
    const securityContext = hookSecurityContext(hook, hook.image === undefined ? service.user : undefined, collector);
    if (securityContext !== undefined) container.securityContext = securityContext;
    if (app.volumeMounts !== undefined) container.volumeMounts = app.volumeMounts;
    return container;
  });
  if (hooks.some((hook) => hook.perReplica !== true)) collector.report(diagnostic("pre-start-per-pod", [...service.path, "pre_start"], { service: service.name }));
  if (containers.length > 0) collector.explain("lifecycle-hooks");
  pod.initContainers.push(...containers);
}

/** Where each field of a pre_start init container came from: the hook, else the service it prepares for. */
function tracePreStart(context: PodContext, hook: ServiceHook, app: IContainer, at: Path): void {
  const { service, collector } = context;
  collector.trace(at, hook.path);
  collector.defaulted([...at, "name"], "<workload>-pre-start-<n>");
  if (hook.image !== undefined) collector.trace([...at, "image"], [...hook.path, "image"]);
  else collector.trace([...at, "image"], [...service.path, "image"]);
  if (hook.command !== undefined) collector.trace([...at, "command"], [...hook.path, "command"]);
  if (hook.workingDir !== undefined) collector.trace([...at, "workingDir"], [...hook.path, "working_dir"]);
  else if (service.workingDir !== undefined) collector.trace([...at, "workingDir"], [...service.path, "working_dir"]);
  if (Object.keys(hook.environment).length > 0) collector.trace([...at, "env"], [...hook.path, "environment"]);
  if (app.envFrom !== undefined) collector.trace([...at, "envFrom"], [...service.path, "environment"]);
  if (app.volumeMounts !== undefined) collector.defaulted([...at, "volumeMounts"], "the service's own mounts: the hook prepares what the container will see");
  const user = hook.user ?? (hook.image === undefined ? service.user : undefined);
  if (user !== undefined) collector.trace([...at, "securityContext"], user.path);
  if (hook.privileged) collector.trace([...at, "securityContext", "privileged"], [...hook.path, "privileged"]);
}

const dropped = { user: "user", privileged: "privileged", environment: "environment", workingDir: "working_dir" } as const;

/**
 * post_start or pre_stop → one exec handler. Kubernetes allows one handler per event, so several hooks
 * run one after the other through sh -c "a && b" (the image needs a shell then). A hook's own user,
 * privileges, environment and working directory cannot be set for a handler: a warning names them.
 */
function handler(hooks: readonly ServiceHook[], key: "post_start" | "pre_stop", collector: Collector): ILifecycleHandler | undefined {
  const commands: string[][] = [];
  for (const hook of hooks) {
    if (hook.command === undefined || hook.command.length === 0) {
      collector.report(diagnostic("hook-without-command", hook.path, { hook: key }));
      continue;
    }
    commands.push(hook.command);
    const set = [
      hook.user !== undefined ? dropped.user : undefined,
      hook.privileged ? dropped.privileged : undefined,
      Object.keys(hook.environment).length > 0 ? dropped.environment : undefined,
      hook.workingDir !== undefined ? dropped.workingDir : undefined,
    ].filter((option) => option !== undefined);
    if (set.length > 0) collector.report(diagnostic("hook-options-dropped", hook.path, { hook: key, options: set.join(", ") }));
  }
  const [only] = commands;
  if (only === undefined) return undefined;
  if (commands.length === 1) return { exec: { command: only } };
  return { exec: { command: ["sh", "-c", commands.map((command) => command.map(shellQuote).join(" ")).join(" && ")] } };
}

/** post_start → lifecycle.postStart, pre_stop → lifecycle.preStop, on the app container. */
export function applyLifecycleHooks(context: PodContext, { app }: PodDraft): void {
  const { service, collector } = context;
  // Without hooks there is no handler to build (the concerns run for every pod).
  if ((service.postStart === undefined || service.postStart.length === 0) && (service.preStop === undefined || service.preStop.length === 0)) return;
  const postStart = handler(service.postStart ?? [], "post_start", collector);
  const preStop = handler(service.preStop ?? [], "pre_stop", collector);
  if (postStart === undefined && preStop === undefined) return;
  app.lifecycle = { ...(postStart === undefined ? {} : { postStart }), ...(preStop === undefined ? {} : { preStop }) };
  if (postStart !== undefined) collector.trace([...CONTAINER, "lifecycle", "postStart"], [...service.path, "post_start"]);
  if (preStop !== undefined) collector.trace([...CONTAINER, "lifecycle", "preStop"], [...service.path, "pre_stop"]);
  collector.explain("lifecycle-hooks");
  if (postStart !== undefined) collector.note([...CONTAINER, "lifecycle", "postStart"], "runs beside the entrypoint, not after it; a failure restarts the container");
  if (preStop !== undefined) collector.note([...CONTAINER, "lifecycle", "preStop"], "a failure does not stop the shutdown, unlike Compose");
}
