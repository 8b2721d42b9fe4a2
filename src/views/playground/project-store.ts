/*
 * The playground's project: the files people edit, kept in the page's localStorage so a reload (or
 * opening the page again) finds them where they left them. Nothing leaves the browser.
 */

export interface StoredProject {
  /** "/project" for one's own, "/voting-app" for an example. */
  directory: string;
  /** Absolute in-memory path → text. */
  files: Record<string, string>;
  /** The file open in the editor. */
  current: string;
}

const KEY = "kubepose-playground-project";

/** The stored project, or undefined when there is none, storage is off, or what is stored is not a project. */
export function loadProject(storage: Storage | undefined = safeStorage()): StoredProject | undefined {
  try {
    const value: unknown = JSON.parse(storage?.getItem(KEY) ?? "null");
    if (!isStoredProject(value)) return undefined;
    return value;
  } catch {
    return undefined;
  }
}

/** Saves the project; a full or disabled storage only loses the reload, never the page. */
export function saveProject(project: StoredProject, storage: Storage | undefined = safeStorage()): void {
  try {
    storage?.setItem(KEY, JSON.stringify(project));
  } catch {
    // Quota exceeded or storage disabled: the project stays in the page.
  }
}

function isStoredProject(value: unknown): value is StoredProject {
  if (typeof value !== "object" || value === null) return false;
  const { directory, files, current } = value as Record<string, unknown>;
  if (typeof directory !== "string" || typeof current !== "string" || typeof files !== "object" || files === null) return false;
  return Object.entries(files).every(([path, text]) => path.startsWith(`${directory}/`) && typeof text === "string");
}

/** localStorage, when the page may use it (a sandboxed frame or a strict privacy mode throws). */
function safeStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * A file name people type or drop, made a path inside the project: "config/app.env" → "/project/config/app.env".
 * Undefined for names that leave the project or are empty ("../x", "/etc/passwd", "a//b").
 */
export function projectPath(directory: string, name: string): string | undefined {
  const relative = name.trim().replace(/\\/g, "/").replace(/^\.\//, "");
  const parts = relative.split("/");
  if (relative === "" || relative.startsWith("/") || parts.some((part) => part === "" || part === "." || part === "..")) return undefined;
  return `${directory}/${relative}`;
}
