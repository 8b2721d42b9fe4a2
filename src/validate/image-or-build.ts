import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic } from "../diagnostics/types.js";
import type { ComposeFile } from "./schema.js";

/**
 * `docker compose` refuses a service with neither `image` nor `build` — it has nothing to run.
 * The wording of `missing-image` lives in the convert table, which already defined the code.
 * Services run by a `provider` (e.g. {type: model}) are the exception: the provider supplies them.
 */
export function checkImageOrBuild(file: ComposeFile): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const services = file.services ?? {};
  // A loop by index over the names, not flatMap over entries: no arrays for the services that pass (all, mostly).
  const names = Object.keys(services);
  for (let index = 0; index < names.length; index++) {
    const name = names[index] as string;
    const service = services[name] as (typeof services)[string];
    // `image: ""` names nothing: docker compose stops with "invalid reference format", the API server too.
    if (typeof service.image === "string" && service.image.trim() === "") diagnostics.push(diagnostic("empty-image", ["services", name, "image"], { service: name }));
    else if (service.image === undefined && service.build === undefined && service.provider === undefined) diagnostics.push(diagnostic("missing-image", ["services", name], { service: name }));
  }
  return diagnostics;
}
