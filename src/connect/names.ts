import type { HostName } from "../model/connections.js";
import type { Project } from "../model/project.js";

/**
 * Every name that answers for a service on Compose's networks, indexed once: the service name, its
 * network aliases, the aliases other services give it in `links`, and its container_name. Lowercase, as
 * Docker's DNS ignores case. A name two services claim resolves to the first (Compose would round-robin).
 */
export class NameIndex {
  readonly byName = new Map<string, HostName>();
  /** Every alias as written, also those another name already claims (convert says why they get no Service). */
  private readonly written: HostName[] = [];

  constructor(project: Project) {
    for (const service of project.services) this.add({ name: service.name, service: service.name, kind: "service", path: service.path });
    for (const service of project.services) {
      for (const network of service.networks) {
        network.aliases.forEach((alias, index) => this.add({ name: alias, service: service.name, kind: "network-alias", path: [...network.path, "aliases", index] }));
      }
      if (service.containerName !== undefined) this.add({ name: service.containerName, service: service.name, kind: "container_name", path: [...service.path, "container_name"] });
    }
    for (const service of project.services) {
      for (const link of service.links) {
        if (link.alias !== link.service) this.add({ name: link.alias, service: link.service, kind: "link-alias", path: link.path });
      }
    }
  }

  private add(name: HostName): void {
    if (name.kind !== "service") this.written.push(name);
    const key = name.name.toLowerCase();
    if (!this.byName.has(key)) this.byName.set(key, name);
  }

  readonly isName = (candidate: string): boolean => this.byName.has(candidate);

  get(name: string): HostName | undefined {
    return this.byName.get(name.toLowerCase());
  }

  /** The names that are not a service's own name, in the order they were written. */
  aliases(): HostName[] {
    return [...this.written];
  }
}
