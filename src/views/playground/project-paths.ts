/**
 * Where a pasted project lives: "/project/compose.yaml". An example lives in a folder named after it
 * ("/voting-app/compose.yaml"), so its project name falls back to that name, as the CLI's would.
 */
export const DEFAULT_PROJECT_DIR = "/project";
