import type { Diagnostic, Path, StageResult } from "../diagnostics/types.js";
import { hasErrors } from "../diagnostics/types.js";
import { compareInDocument, isMapping } from "./document-paths.js";

export { valueAt } from "./document-paths.js";
import { checkImageOrBuild } from "./image-or-build.js";
import { issuesToDiagnostics } from "./issues.js";
import { foldMisplacedKeys } from "./misplaced.js";
import { checkReferences } from "./references.js";
import type { ComposeFile } from "./schema.js";
// Loaded on first use in the bundle (scripts/bundle.mjs): only a document the generated check refuses
// needs the zod schema, and zod's own initialiser is ~1 ms of every start.
import * as zodSchema from "./schema.js";
import { acceptsComposeFile } from "./compose-check.generated.js";

/** Checks the document against the Compose schema and cross-references. value is undefined on errors. */
export function validate(document: unknown): StageResult<ComposeFile | undefined> {
  // The generated check answers "would zod accept it?" in a few ms where zod takes ~70 (1000 services).
  // zod's value equals the document wherever the check says yes (no transforms or defaults, and the
  // check says no to the "__proto__" keys zod's copy drops), so the cross-checks read the document.
  if (acceptsComposeFile(document)) return crossChecked(document, document as ComposeFile);
  return validateWithZod(document);
}

/** The zod path alone: its issues become the diagnostics. Exported for the tests that compare both paths. */
export function validateWithZod(document: unknown): StageResult<ComposeFile | undefined> {
  const parsed = zodSchema.composeFileSchema().safeParse(document);
  if (!parsed.success) return { value: undefined, diagnostics: inDocumentOrder(document, foldMisplacedKeys(document, issuesToDiagnostics(parsed.error.issues, document))) };
  return crossChecked(document, parsed.data);
}

/** Cross-references need the shape the schema guarantees, so they run only on a well-typed file. */
function crossChecked(document: unknown, file: ComposeFile): StageResult<ComposeFile | undefined> {
  const diagnostics = inDocumentOrder(document, [...checkReferences(file), ...checkImageOrBuild(file)]);
  // The schema only checks (no transforms or defaults), so the document itself is returned: zod's copy
  // would list keys in schema order, and converters report keys in the order the user wrote them.
  return { value: hasErrors(diagnostics) ? undefined : (document as ComposeFile), diagnostics };
}

const inDocumentOrder = (document: unknown, diagnostics: Diagnostic[]): Diagnostic[] =>
  diagnostics.sort((a, b) => compareInDocument(document, a.path, b.path));

/**
 * A copy of the document without the values at `paths` (list items removed, keys deleted): what is
 * left once every reported error is taken out, so the stages after validate can still look at the
 * rest and one run reports every independent error. Undefined when a path is the whole document.
 */
export function withoutPaths(document: unknown, paths: readonly Path[]): unknown {
  if (paths.some((path) => path.length === 0)) return undefined;
  const drop = (value: unknown, at: Path): unknown => {
    const here = paths.filter((path) => path.length > at.length && at.every((part, index) => path[index] === part));
    if (here.length === 0) return value;
    const removed = new Set(here.filter((path) => path.length === at.length + 1).map((path) => path[at.length]));
    if (Array.isArray(value)) return value.flatMap((item, index) => (removed.has(index) ? [] : [drop(item, [...at, index])]));
    if (!isMapping(value)) return value;
    return Object.fromEntries(Object.entries(value).filter(([key]) => !removed.has(key)).map(([key, item]) => [key, drop(item, [...at, key])]));
  };
  return drop(document, []);
}
