import { diagnostic } from "../../diagnostics/codes.js";
import type { Service } from "../../model/project.js";
import { CONTAINER, type Collector } from "../shared/collector.js";

/**
 * The container image. kubepose never builds: `build` without `image` is an error (there is nothing to
 * pull), `build` with `image` warns that the image must be built and pushed first.
 */
const field = [...CONTAINER, "image"];

export function containerImage(service: Service, collector: Collector): string {
  if (service.image !== undefined) collector.trace(field, [...service.path, "image"]);
  else collector.defaulted(field, "no image in Compose: the service's name stands in; build and push one");
  if (service.build !== undefined) {
    collector.explain("build-and-image");
    if (service.image === undefined) {
      collector.report(diagnostic("build-without-image", service.build.path, { service: service.name }));
      return service.name;
    }
    collector.report(diagnostic("build-ignored", service.build.path, { service: service.name, image: service.image }));
    return service.image;
  }
  if (service.image === undefined) {
    collector.report(diagnostic("missing-image", service.path, { service: service.name }));
    return service.name;
  }
  return service.image;
}
