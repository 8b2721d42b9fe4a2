import type { StageResult } from "../diagnostics/types.js";
import type { ComposeFile } from "./schema.js";

/** Checks the document against the Compose schema and cross-references. value is undefined on errors. */
export function validate(document: unknown): StageResult<ComposeFile | undefined> {
  void document;
  throw new Error("validate: not implemented yet");
}
