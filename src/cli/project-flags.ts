import type { PipelineOptions } from "../pipeline.js";

/** The flags that say which Compose project to read, shared by convert, validate and compare. */
export interface ProjectFlags {
  /** Each repeatable flag is absent until given once (no default, so --help shows none). */
  file?: string[];
  envFile?: string[];
  /** --allow-outside: folders outside the project that may be read. */
  allowOutside?: string[];
  projectName?: string;
  profile?: string[];
  /** false with --no-interpolate (commander's negated option). */
  interpolate?: boolean;
  /** --verbose: every diagnostic, none counted away. */
  verbose?: boolean;
}

/** The pipeline options those flags ask for. */
export function projectOptions(flags: ProjectFlags): PipelineOptions {
  const options: PipelineOptions = { files: flags.file ?? [], envFiles: flags.envFile ?? [], profiles: flags.profile ?? [], allowOutside: flags.allowOutside ?? [] };
  if (flags.projectName !== undefined) options.projectName = flags.projectName;
  if (flags.interpolate === false) options.noInterpolate = true;
  return options;
}
