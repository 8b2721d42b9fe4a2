import type { IContainer } from "kubernetes-models/v1/Container";
import { diagnostic } from "../../diagnostics/codes.js";
import type { DependsOn, Project, Service } from "../../model/project.js";
import { POD_SPEC, childField } from "../shared/collector.js";
import { portsOfImage } from "../../model/image-ports.js";
import { dnsLabel } from "../shared/names.js";
import type { PodContext, PodDraft } from "../shared/pod-context.js";
import { firstOfferedTcpPort } from "../networking/service.js";
import { helperImages, pinned } from "../../model/helper-images.js";
import { chooseController, completionWaiters } from "../workloads/controller-choice.js";
import { jobWaitContainer } from "./job-wait.js";
import type { ConnectionGraph } from "../../model/connections.js";

/** A small image with sh, timeout and nc -z, pinned by digest (src/model/helper-images.ts). ConvertOptions.waitImage overrides it. */
export const DEFAULT_WAIT_IMAGE = pinned(helperImages.tcpWait);
/** Five minutes: long enough for a database to start, short enough that a wrong name or port shows up as an error. */
export const DEFAULT_WAIT_SECONDS = 300;

const firstPortsOfGraph = new WeakMap<ConnectionGraph, Map<Service, number | undefined>>();

/**
 * The port peers reach a service on, the container port as in Compose: its first TCP port ("8080:80" → 80,
 * expose "6379" → 6379), or the first port its peers use (the connection graph: references, EXPOSE).
 */
function firstTcpPort(dependency: Service, connections: ConnectionGraph): number | undefined {
  // Worked out once per graph and dependency (a service that many others wait for is asked many times).
  let ports = firstPortsOfGraph.get(connections);
  if (ports === undefined) {
    ports = new Map();
    firstPortsOfGraph.set(connections, ports);
  }
  if (ports.has(dependency)) return ports.get(dependency);
  // The dependency's own conversion reports its port problems, once.
  const port = firstOfferedTcpPort(dependency, connections);
  ports.set(dependency, port);
  return port;
}

/**
 * The shell loop of one wait: poll host:port with nc -z every 2 s, give up after `seconds` with a
 * message in the init container's log. `timeout` bounds the whole loop, a failed connect included.
 * No "$(" appears, so Kubernetes' $(VAR) expansion leaves the script alone.
 */
export function waitScript(host: string, port: number, seconds: number): string {
  const target = `${host}:${port}`;
  // One join, not a template: a template of this length is a tree of a dozen string pieces that lives
  // until emit (12,000 objects for 1000 services); join writes one flat string.
  return [
    `timeout ${seconds} sh -c 'until nc -z -w 2 ${host} ${port};`,
    ` do echo waiting for ${target}; sleep 2; done'`,
    ` || { echo '${target} did not answer within ${seconds}s' >&2; exit 1; }`,
  ].join("");
}

const WAIT_NAME = "wait-for-<dependency>";
const WAIT_IMAGE = `${helperImages.tcpWait.image} pinned by digest, a small image with sh and nc (--wait-image)`;
const JOB_WAIT_IMAGE = `${helperImages.jobWait.image} pinned by digest, sh and curl with TLS (--job-wait-image)`;
const WAIT_COMMAND = `polls the dependency's Service port every 2s, at most ${DEFAULT_WAIT_SECONDS}s (--wait-seconds)`;
const JOB_WAIT_COMMAND = `reads the Job from the API server every 2s until it succeeded, at most ${DEFAULT_WAIT_SECONDS}s (--wait-seconds)`;

/** Name → service, built once per project: each dependency is one look-up, not a scan of every service. */
const byNameOfProject = new WeakMap<Project, ReadonlyMap<string, Service>>();
function servicesByName(project: Project): ReadonlyMap<string, Service> {
  let byName = byNameOfProject.get(project);
  if (byName === undefined) {
    const names = new Map<string, Service>();
    // The first service of a name, as Array.find found it.
    for (const service of project.services) if (!names.has(service.name)) names.set(service.name, service);
    byName = names;
    byNameOfProject.set(project, byName);
  }
  return byName;
}

/** "wait-for-db"; long names are cut so the container name stays a 63-character DNS label. */
const waitName = (dependency: string): string => dnsLabel(`wait-for-${dependency}`);

/**
 * depends_on → one init container per dependency that waits until the dependency's Service accepts
 * connections. Init containers run one after another before the app container, as Compose starts
 * dependencies first. service_healthy needs nothing more: a Service only sends connections to ready
 * pods, and the dependency's healthcheck is its readinessProbe, so "the Service answers" means "a pod
 * is healthy". service_completed_successfully cannot be observed from a pod (warning); a dependency
 * without a TCP port has no Service to poll (warning); required: false never blocks (note).
 */
export function startupWaits(context: PodContext, pod: PodDraft): void {
  const { project, service, options, collector } = context;
  const first = pod.initContainers.length;
  const containers: IContainer[] = [];
  for (const dependency of service.dependsOn) {
    const target = servicesByName(project).get(dependency.service);
    if (dependency.restart) collector.report(diagnostic("depends-on-restart", [...dependency.path, "restart"], { service: service.name, dependency: dependency.service }));
    // A missing dependency was reported by validate (or is an optional one left out by a profile).
    if (target === undefined) continue;
    if (context.podmates?.has(target.name) === true) {
      collector.report(diagnostic("depends-on-same-pod", dependency.path, { service: service.name, dependency: dependency.service }));
      continue;
    }
    const container = waitFor(dependency, target, context, pod);
    if (container === undefined) continue;
    const at = childField(INIT_CONTAINERS, first + containers.length);
    const forJob = container.env !== undefined;
    collector.trace(at, dependency.path);
    collector.defaulted(childField(at, "name"), WAIT_NAME);
    if (forJob) collector.defaulted(childField(at, "image"), options.jobWaitImage === undefined ? JOB_WAIT_IMAGE : "the --job-wait-image option");
    else collector.defaulted(childField(at, "image"), options.waitImage === undefined ? WAIT_IMAGE : "the --wait-image option");
    const command = forJob ? JOB_WAIT_COMMAND : WAIT_COMMAND;
    collector.defaulted(childField(at, "command"), options.waitSeconds === undefined ? command : `${command.replace(/, at most.*/, "")}, as long as --wait-seconds says`);
    if (forJob) collector.defaulted([...at, "env"], "the pod's namespace from the downward API, for the Job's URL");
    if (options.podSecurity === "restricted") {
      // kubepose's own waits need no privilege at all: they meet restricted as user nobody.
      container.securityContext = { allowPrivilegeEscalation: false, runAsNonRoot: true, runAsUser: 65534, capabilities: { drop: ["ALL"] } };
      collector.defaulted([...at, "securityContext"], "--pod-security restricted: the wait (sh, nc or curl) needs no privilege, so it runs as nobody (65534) with nothing");
    }
    containers.push(container);
  }
  if (service.dependsOn.length > 0) collector.explain("depends-on");
  if (containers.length > 0) collector.note(INIT_CONTAINERS, waitNote(pod.jobWaits.length > 0 ? "Service or Job" : "Service", options.waitSeconds ?? DEFAULT_WAIT_SECONDS));
  pod.initContainers.push(...containers);
}

const INIT_CONTAINERS = [...POD_SPEC, "initContainers"];
/** The note's text per kind of wait and time limit, worded once: every service with depends_on has it. */
const waitNoteTexts = { Service: new Map<number, string>(), "Service or Job": new Map<number, string>() };
function waitNote(what: keyof typeof waitNoteTexts, seconds: number): string {
  const texts = waitNoteTexts[what];
  let text = texts.get(seconds);
  if (text === undefined) texts.set(seconds, (text = `wait for each dependency's ${what}, at most ${seconds}s each (Compose depends_on)`));
  return text;
}

function waitFor(dependency: DependsOn, target: Service, context: PodContext, pod: PodDraft): IContainer | undefined {
  const { project, service, options, collector } = context;
  const names = { service: service.name, dependency: dependency.service };
  if (!dependency.required) {
    collector.report(diagnostic("depends-on-optional", dependency.path, names));
    return undefined;
  }
  if (dependency.condition === "service_completed_successfully") {
    const kind = chooseController(target, options, completionWaiters(project, target)).kind;
    if (kind !== "Job") {
      collector.report(diagnostic("depends-on-completion", dependency.path, { ...names, kind }));
      return undefined;
    }
    const job = dnsLabel(target.name);
    pod.jobWaits.push(job);
    return jobWaitContainer(waitName(job), job, options.waitSeconds ?? DEFAULT_WAIT_SECONDS, options);
  }
  const port = firstTcpPort(target, context.connections);
  if (port === undefined) {
    const known = target.image === undefined ? undefined : portsOfImage(target.image)?.ports[0];
    collector.report(diagnostic("depends-on-no-port", dependency.path, { ...names, port: known === undefined ? "PORT" : String(known), image: known === undefined ? "" : (target.image ?? "") }));
    return undefined;
  }
  const host = dnsLabel(target.name);
  return {
    name: waitName(host),
    image: options.waitImage ?? DEFAULT_WAIT_IMAGE,
    command: ["sh", "-c", waitScript(host, port, options.waitSeconds ?? DEFAULT_WAIT_SECONDS)],
  };
}
