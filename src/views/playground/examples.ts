/** One project from examples/, embedded in the page by scripts/playground.mjs: relative path → text. */
export interface PlaygroundExample {
  name: string;
  files: Record<string, string>;
}

// Replaced at build time by esbuild's `define` with the examples read from disk (see scripts/playground.mjs).
declare const KUBEPOSE_PLAYGROUND_EXAMPLES: PlaygroundExample[];

export function embeddedExamples(): PlaygroundExample[] {
  return typeof KUBEPOSE_PLAYGROUND_EXAMPLES === "undefined" ? [] : KUBEPOSE_PLAYGROUND_EXAMPLES;
}

/** The example opened first: the voting app shows the most (several services, networks, healthchecks). */
export const DEFAULT_EXAMPLE = "voting-app";

/** An example as an in-memory project: "compose.yaml" → "/voting-app/compose.yaml". */
export function exampleProject(example: PlaygroundExample): { directory: string; files: Map<string, string> } {
  const directory = `/${example.name}`;
  return { directory, files: new Map(Object.entries(example.files).map(([path, text]) => [`${directory}/${path}`, text])) };
}
