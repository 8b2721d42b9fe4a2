import { diagnostic } from "../../diagnostics/codes.js";
import type { Path } from "../../diagnostics/types.js";
import { relative } from "../../load/paths.js";
import type { Project, Service } from "../../model/project.js";
import { CONTAINER, type Collector } from "../shared/collector.js";
import type { ConvertOptions } from "../../model/manifest.js";
import { pathUnder } from "../../model/paths.js";

/**
 * The container image. kubepose never builds. `build` with `image` warns that the image must be built
 * and pushed first; `build` without `image` runs the name `docker compose build` tags the image with
 * (compose's api.GetImageNameOrDefault: project name + "-" + service name), prefixed by
 * `--image-registry` when given, and warns with the commands that build and push it.
 */
const field = [...CONTAINER, "image"];

/** What the image choice needs beside the service. */
export interface ImageContext {
  project: Pick<Project, "name" | "workingDir">;
  options: Pick<ConvertOptions, "imageRegistry" | "imageDigests" | "podSecurity" | "defaultResources">;
  collector: Collector;
}

/** `docker compose build`'s tag for a service without `image`, under `registry` when given. */
export function builtImageName(projectName: string, serviceName: string, registry?: string): string {
  const name = `${projectName}-${serviceName}`;
  return registry === undefined ? name : `${registry.replace(/\/+$/, "")}/${name}`;
}

export function containerImage(service: Service, { project, options, collector }: ImageContext): string {
  if (service.image !== undefined) collector.trace(field, pathUnder(service.path, "image"));
  if (service.build !== undefined) {
    collector.explain("build-and-image");
    if (service.image === undefined) {
      const image = builtImageName(project.name, service.name, options.imageRegistry);
      collector.defaulted(field, "no image in Compose: the name docker compose build gives it (project-service)");
      const context = buildContext(project.workingDir, service.build.context);
      const push = options.imageRegistry === undefined ? "push-local" : "push";
      collector.report(diagnostic("build-without-image", service.build.path, { service: service.name, image, context, push }));
      return image;
    }
    collector.report(diagnostic("build-ignored", service.build.path, { service: service.name, image: service.image }));
    return pinnedImage(service.image, options, collector, field);
  }
  if (service.image === undefined) {
    collector.defaulted(field, "no image in Compose: the service's name stands in");
    collector.report(diagnostic("missing-image", service.path, { service: service.name }));
    return service.name;
  }
  return pinnedImage(service.image, options, collector, field);
}

/**
 * With --pin-digests the CLI resolved each tag to its manifest digest before converting; the
 * container runs `repository:tag@sha256:…`, which the kubelet pulls by digest (the tag is kept
 * for the reader). An image the CLI could not resolve is not in the map and stays as written.
 */
export function pinnedImage(image: string, options: Pick<ConvertOptions, "imageDigests">, collector: Collector, at: Path): string {
  const digest = options.imageDigests?.[image];
  if (digest === undefined || image.includes("@")) return image;
  collector.explain("image-digest");
  collector.note(at, `pinned: the digest the registry gave for ${image} (--pin-digests)`);
  return `${image}@${digest}`;
}

/** The build context as `docker build` takes it from the project directory: "./api", ".", or a URL as written. */
function buildContext(workingDir: string, context: string): string {
  if (!context.startsWith("/")) return context;
  const path = relative(workingDir, context);
  if (path === ".") return ".";
  return path.startsWith("../") ? path : `./${path}`;
}
