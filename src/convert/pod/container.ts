import type { IContainer } from "kubernetes-models/v1/Container";
import type { IContainerPort } from "kubernetes-models/v1/ContainerPort";
import type { IVolumeMount } from "kubernetes-models/v1/VolumeMount";
import type { Service } from "../../model/project.js";
import { CONTAINER, type Collector } from "../shared/collector.js";
import type { EnvironmentFragment } from "../shared/pod-context.js";
import { withReferences, type SecretReferences } from "../shared/secret-references.js";
import { containerImage, type ImageContext } from "./image.js";
import { convertHealthcheck } from "./probes.js";
import { convertResources } from "./resources.js";
import { fillResources } from "./default-resources.js";
import { convertSecurityContext } from "./security-context.js";
import { pathUnder } from "../../model/paths.js";


const COMMAND = [...CONTAINER, "command"];
const ARGS = [...CONTAINER, "args"];

/** What other concerns built for the container: its ports, variables and mounts. */
export interface ContainerParts {
  ports: IContainerPort[];
  environment: EnvironmentFragment;
  mounts: IVolumeMount[];
  /** Credentials substituted into command, entrypoint and healthcheck, referenced from the env Secret. */
  secrets: SecretReferences;
}

/**
 * entrypoint → command and command → args, the same split as Docker's ENTRYPOINT and CMD: with only
 * `command`, the image's ENTRYPOINT still runs with it, as in Compose; with only `entrypoint`, the
 * image's CMD is dropped, as in Compose.
 */
function commandAndArgs(service: Service, container: IContainer, secrets: SecretReferences, collector: Collector): void {
  // Literal "$(" escaped, credentials substituted by Compose referenced from the Secret as $(NAME).
  const argv = (key: string, field: typeof COMMAND, words: readonly string[]): string[] => {
    const path = pathUnder(service.path, key);
    const uses = secrets.under(path);
    if (uses.length > 0) collector.note(field, `$(${[...new Set(uses.map((use) => use.name))].join("), $(")}) from the Secret, not the value Compose substituted`);
    collector.trace(field, path);
    return words.map((word, index) => withReferences(word, secrets.inWord(path, index)));
  };
  if (service.entrypoint !== undefined) container.command = argv("entrypoint", COMMAND, service.entrypoint);
  if (service.command !== undefined) container.args = argv("command", ARGS, service.command);
  if (service.entrypoint === undefined && service.command === undefined) return;
  collector.explain("command-and-entrypoint");
  if (service.entrypoint === undefined) collector.note(ARGS, "Compose command: the image ENTRYPOINT still runs first");
  else collector.note(COMMAND, "Compose entrypoint: replaces the image ENTRYPOINT");
}

/** The pod's one container, named after the workload. */
export function convertContainer(service: Service, name: string, parts: ContainerParts, context: ImageContext): IContainer {
  const { collector } = context;
  const container: IContainer = { name, image: containerImage(service, context) };
  commandAndArgs(service, container, parts.secrets, collector);
  if (service.workingDir !== undefined) {
    container.workingDir = service.workingDir;
    collector.trace([...CONTAINER, "workingDir"], [...service.path, "working_dir"]);
  }
  if (parts.ports.length > 0) container.ports = parts.ports;
  if (parts.environment.envFrom.length > 0) container.envFrom = parts.environment.envFrom;
  if (parts.environment.env.length > 0) container.env = parts.environment.env;
  if (parts.mounts.length > 0) container.volumeMounts = parts.mounts.slice();
  const probe = convertHealthcheck(service, parts.secrets, collector);
  if (probe !== undefined) container.readinessProbe = probe;
  const resources = fillResources(service, convertResources(service, collector), context.options.defaultResources, collector);
  if (resources !== undefined) container.resources = resources;
  const securityContext = convertSecurityContext(service, collector, context.options.podSecurity);
  if (securityContext !== undefined) container.securityContext = securityContext;
  if (service.stdinOpen) {
    container.stdin = true;
    collector.trace([...CONTAINER, "stdin"], [...service.path, "stdin_open"]);
  }
  if (service.tty) {
    container.tty = true;
    collector.trace([...CONTAINER, "tty"], [...service.path, "tty"]);
  }
  if (service.stdinOpen || service.tty) collector.explain("stdin-tty");
  return container;
}
