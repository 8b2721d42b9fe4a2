import type { Diagnostic, StageResult } from "../diagnostics/types.js";
import { hasErrors } from "../diagnostics/types.js";
import { compareInDocument } from "./document-paths.js";
import { checkImageOrBuild } from "./image-or-build.js";
import { issuesToDiagnostics } from "./issues.js";
import { checkReferences } from "./references.js";
import { composeFileSchema, type ComposeFile } from "./schema.js";

/** Checks the document against the Compose schema and cross-references. value is undefined on errors. */
export function validate(document: unknown): StageResult<ComposeFile | undefined> {
  const parsed = composeFileSchema.safeParse(document);
  if (!parsed.success) return { value: undefined, diagnostics: inDocumentOrder(document, issuesToDiagnostics(parsed.error.issues, document)) };
  // Cross-references need the shape the schema guarantees, so they run only on a well-typed file.
  const diagnostics = inDocumentOrder(document, [...checkReferences(parsed.data), ...checkImageOrBuild(parsed.data)]);
  // The schema only checks (no transforms or defaults), so the document itself is returned: zod's copy
  // would list keys in schema order, and converters report keys in the order the user wrote them.
  return { value: hasErrors(diagnostics) ? undefined : (document as ComposeFile), diagnostics };
}

const inDocumentOrder = (document: unknown, diagnostics: Diagnostic[]): Diagnostic[] =>
  diagnostics.sort((a, b) => compareInDocument(document, a.path, b.path));
