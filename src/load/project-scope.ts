import type { Diagnostic } from "../diagnostics/types.js";
import type { Context } from "../model/context.js";
import type { Boundary } from "./file-access.js";
import type { Lookup } from "./interpolate.js";
import type { SecretSubstitution } from "./interpolate-document.js";
import type { Provenance as MergeProvenance } from "./merge.js";
import type { ParsedYaml } from "./parse.js";
import type { EnvSource } from "./project-env.js";
import type { FileUnit } from "./provenance.js";

/*
 * What loading one project's files needs and gives back, shared by project-files.ts (which loads them)
 * and include.ts (which loads each included project the same way).
 */

/** The main project, or one brought in by include. */
export interface ProjectScope {
  context: Context;
  /** What may be read (file-access.ts): the main project's boundary, included projects too. */
  boundary: Boundary;
  /** The project directory: what relative paths in its files are relative to. */
  workingDir: string;
  lookup: Lookup;
  /** Variables already warned about: docker compose warns once per name, not per use. */
  warnedUnset: Set<string>;
  /** The files that include this project, outermost first, to find include cycles. */
  includeChain: readonly string[];
  /** A file's name in messages. */
  display: (path: string) => string;
  /** --no-interpolate: values are kept as written. */
  noInterpolate?: boolean;
  /** Collects where credential-like variables were substituted, in every file read. */
  substitutions: SecretSubstitution[];
}

export interface LoadedFiles {
  /** The files merged, x- keys still in. */
  document: Record<string, unknown>;
  /** Which file (and path there) each merged value came from, as the merge saw it. */
  merged: MergeProvenance;
  /** The project's own files in merge order, with where their extended and included definitions were written. */
  units: FileUnit[];
  /** Every other Compose file read (extended, included). */
  documents: ParsedYaml[];
  envSources: EnvSource[];
  diagnostics: Diagnostic[];
}

/** How include.ts loads an included project: project-files.ts's loadProjectFiles, passed in. */
export type LoadProject = (files: readonly ParsedYaml[], scope: ProjectScope) => LoadedFiles;
