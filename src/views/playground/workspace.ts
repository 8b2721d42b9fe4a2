import type { DroppedFile } from "./dropped-files.js";
import { projectPath, type StoredProject } from "./project-store.js";

/*
 * The files of the project in the playground and the one open in the editor. Every change goes through
 * here so the page can save it; names are checked to stay inside the project.
 */

export const COMPOSE_NAMES = ["compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"];

export type FileChange = { ok: true; path: string } | { ok: false; reason: string };

export class Workspace {
  constructor(
    public directory: string,
    public files: Map<string, string>,
    public current: string,
  ) {
    if (!files.has(current)) this.current = Workspace.mainFile(directory, files);
    if (!this.files.has(this.current)) this.files.set(this.current, "");
  }

  static fromStored(stored: StoredProject): Workspace {
    return new Workspace(stored.directory, new Map(Object.entries(stored.files)), stored.current);
  }

  /** A Compose file of the project (the one `docker compose` would pick first), else the first file. */
  static mainFile(directory: string, files: ReadonlyMap<string, string>): string {
    return COMPOSE_NAMES.map((name) => `${directory}/${name}`).find((path) => files.has(path)) ?? [...files.keys()].sort()[0] ?? `${directory}/compose.yaml`;
  }

  toStored(): StoredProject {
    return { directory: this.directory, files: Object.fromEntries(this.files), current: this.current };
  }

  relative(path: string): string {
    return path.startsWith(`${this.directory}/`) ? path.slice(this.directory.length + 1) : path;
  }

  create(name: string, text = ""): FileChange {
    const path = projectPath(this.directory, name);
    if (!path) return { ok: false, reason: `"${name}" is not a file name inside the project: use a relative path such as web.env or config/nginx.conf` };
    if (this.files.has(path)) return { ok: false, reason: `${this.relative(path)} already exists` };
    this.files.set(path, text);
    this.current = path;
    return { ok: true, path };
  }

  rename(from: string, name: string): FileChange {
    const path = projectPath(this.directory, name);
    if (!path) return { ok: false, reason: `"${name}" is not a file name inside the project: use a relative path such as web.env or config/nginx.conf` };
    if (path === from) return { ok: true, path };
    if (this.files.has(path)) return { ok: false, reason: `${this.relative(path)} already exists` };
    const text = this.files.get(from) ?? "";
    this.files = new Map([...this.files].map(([key, value]): [string, string] => (key === from ? [path, text] : [key, value])));
    if (this.current === from) this.current = path;
    return { ok: true, path };
  }

  /** Removes a file; the last file cannot go (the editor always shows one). */
  remove(path: string): FileChange {
    if (this.files.size <= 1) return { ok: false, reason: "the project needs at least one file" };
    this.files.delete(path);
    if (this.current === path) this.current = Workspace.mainFile(this.directory, this.files);
    return { ok: true, path };
  }

  /**
   * Dropped files: one folder holding a Compose file at its top becomes the project (named after the
   * folder, as `docker compose` names it); anything else is added to the project, replacing files of
   * the same name. Returns the paths added.
   */
  add(dropped: readonly DroppedFile[]): string[] {
    const tops = new Set(dropped.map((file) => file.path.split("/")[0]));
    const [top] = [...tops];
    const folderProject = tops.size === 1 && top !== undefined && dropped.some((file) => COMPOSE_NAMES.some((name) => file.path === `${top}/${name}`));
    if (folderProject && /^[A-Za-z0-9._-]+$/.test(top)) {
      this.directory = `/${top}`;
      this.files = new Map();
    }
    const added: string[] = [];
    for (const file of dropped) {
      const relative = folderProject ? file.path.slice(`${top}/`.length) : file.path;
      const path = projectPath(this.directory, relative);
      if (!path) continue;
      this.files.set(path, file.text);
      added.push(path);
    }
    if (folderProject || !this.files.has(this.current)) this.current = Workspace.mainFile(this.directory, this.files);
    else if (added.length > 0 && added.every((path) => !COMPOSE_NAMES.some((name) => path === `${this.directory}/${name}`))) this.current = added[0] ?? this.current;
    return added;
  }
}
