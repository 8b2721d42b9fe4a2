import type { Project, Service } from "../../model/project.js";
import type { Collector } from "./collector.js";
import type { ConvertOptions } from "../../model/manifest.js";
import type { ConnectionGraph } from "../../model/connections.js";

/** What the pod-level concerns of one service need: the project (to look at other services), the options, the collector. */
export interface PodContext {
  project: Project;
  service: Service;
  workload: string;
  options: ConvertOptions;
  collector: Collector;
  /** Who reaches whom (src/connect/): the ports peers use, for Services and waits. */
  connections: ConnectionGraph;
}
