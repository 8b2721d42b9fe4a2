import type { IContainer } from "kubernetes-models/v1/Container";
import type { IContainerPort } from "kubernetes-models/v1/ContainerPort";
import type { IPodSpec } from "kubernetes-models/v1/PodSpec";
import type { Project, Service } from "../../model/project.js";
import type { Collector } from "./collector.js";
import type { ConvertOptions } from "../../model/manifest.js";
import type { IEnvFromSource } from "kubernetes-models/v1/EnvFromSource";
import type { IEnvVar } from "kubernetes-models/v1/EnvVar";
import type { SecretReferences } from "./secret-references.js";
import type { VolumeKind } from "../kompose-labels.js";
import type { Scope } from "./object-meta.js";
import type { PodVolumes } from "./pod-volumes.js";
import type { ConnectionGraph } from "../../model/connections.js";

/** What the environment concern gives the container: the ConfigMap and Secret it reads its variables from. */
export interface EnvironmentFragment {
  envFrom: IEnvFromSource[];
  /** Variables whose value holds a credential substituted from elsewhere: written here with $(NAME) references. */
  env: IEnvVar[];
}

/** What the pod-level concerns of one service need: the project (to look at other services), the options, the collector. */
export interface PodContext {
  project: Project;
  service: Service;
  workload: string;
  scope: Scope;
  options: ConvertOptions;
  collector: Collector;
  /** kompose.volume.type / --volumes and kompose.volume.sub-path, for the service's mounts. */
  mountOptions: { kind?: VolumeKind; subPath?: string; projectKind?: VolumeKind };
  /** The other Compose services whose containers share this pod (network_mode: service:x, a Kompose group). */
  podmates?: ReadonlySet<string>;
  /** Who reaches whom (src/connect/): the ports peers use, for Services and waits. */
  connections: ConnectionGraph;
}

/** Pod-level fields, written in the order the concerns run: that is their order in the output. */
export type PodFields = Omit<IPodSpec, "containers" | "initContainers">;

/**
 * The pod of one service while the concerns build it: what earlier concerns made for later ones
 * (ports, variables and mounts for the container; the container for hooks and init containers), the
 * init containers in the order they run, and the pod-level fields.
 */
export interface PodDraft {
  ports: IContainerPort[];
  environment: EnvironmentFragment;
  volumes: PodVolumes;
  /** The app container: empty until the "container" concern builds it. */
  app: IContainer;
  initContainers: IContainer[];
  /** The Jobs the init containers wait for (depends_on service_completed_successfully): the pod needs to read them. */
  jobWaits: string[];
  /** Where credentials were substituted into this service's values: referenced from its Secret, not inlined. */
  secrets: SecretReferences;
  spec: PodFields;
}
