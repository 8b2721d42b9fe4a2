import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic } from "../diagnostics/types.js";
import type { ComposeFile } from "./schema.js";

/**
 * `docker compose` refuses a service with neither `image` nor `build` — it has nothing to run.
 * The wording of `missing-image` lives in the convert table, which already defined the code.
 * Services run by a `provider` (e.g. {type: model}) are the exception: the provider supplies them.
 */
export function checkImageOrBuild(file: ComposeFile): Diagnostic[] {
  return Object.entries(file.services ?? {}).flatMap(([name, service]) => {
    // `image: ""` names nothing: docker compose stops with "invalid reference format", the API server too.
    if (typeof service.image === "string" && service.image.trim() === "") return [diagnostic("empty-image", ["services", name, "image"], { service: name })];
    if (service.image === undefined && service.build === undefined && service.provider === undefined) return [diagnostic("missing-image", ["services", name], { service: name })];
    return [];
  });
}
