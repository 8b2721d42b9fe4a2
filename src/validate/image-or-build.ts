import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic } from "../diagnostics/types.js";
import type { ComposeFile } from "./schema.js";

/**
 * `docker compose` refuses a service with neither `image` nor `build` — it has nothing to run.
 * The wording of `missing-image` lives in the convert table, which already defined the code.
 * Services run by a `provider` (e.g. {type: model}) are the exception: the provider supplies them.
 */
export function checkImageOrBuild(file: ComposeFile): Diagnostic[] {
  return Object.entries(file.services ?? {})
    .filter(([, service]) => service.image === undefined && service.build === undefined && service.provider === undefined)
    .map(([name]) => diagnostic("missing-image", ["services", name], { service: name }));
}
