import { describe, expect, it } from "vitest";
import { Workspace } from "../../../src/views/playground/workspace.js";
import { loadProject, projectPath, saveProject } from "../../../src/views/playground/project-store.js";

const fresh = () => new Workspace("/project", new Map([["/project/compose.yaml", "services: {}\n"]]), "/project/compose.yaml");

/** A Storage in memory, as localStorage behaves. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe("playground workspace", () => {
  it("creates, renames and removes files inside the project only", () => {
    const workspace = fresh();
    expect(workspace.create("config/web.env", "A=1\n")).toEqual({ ok: true, path: "/project/config/web.env" });
    expect(workspace.current).toBe("/project/config/web.env");
    expect(workspace.create("config/web.env").ok).toBe(false);
    for (const bad of ["../x", "/etc/passwd", "a//b", "", "./../x"]) expect(workspace.create(bad).ok).toBe(false);
    expect(workspace.rename("/project/config/web.env", "web.env")).toEqual({ ok: true, path: "/project/web.env" });
    expect(workspace.files.get("/project/web.env")).toBe("A=1\n");
    expect(workspace.rename("/project/web.env", "compose.yaml").ok).toBe(false);
    expect(workspace.remove("/project/web.env").ok).toBe(true);
    expect(workspace.current).toBe("/project/compose.yaml");
    expect(workspace.remove("/project/compose.yaml")).toEqual({ ok: false, reason: "the project needs at least one file" });
  });

  it("a dropped folder with a Compose file at its top becomes the project, named after it", () => {
    const workspace = fresh();
    workspace.add([
      { path: "shop/docker-compose.yml", text: "services:\n  web:\n    image: nginx:1.27\n" },
      { path: "shop/conf/nginx.conf", text: "events {}\n" },
    ]);
    expect(workspace.directory).toBe("/shop");
    expect([...workspace.files.keys()].sort()).toEqual(["/shop/conf/nginx.conf", "/shop/docker-compose.yml"]);
    expect(workspace.current).toBe("/shop/docker-compose.yml");
  });

  it("dropped files without a Compose folder join the project and the first is opened", () => {
    const workspace = fresh();
    workspace.add([{ path: "web.env", text: "A=1\n" }, { path: "../evil", text: "" }]);
    expect([...workspace.files.keys()].sort()).toEqual(["/project/compose.yaml", "/project/web.env"]);
    expect(workspace.current).toBe("/project/web.env");
  });

  it("is saved and loaded whole; anything else stored is ignored", () => {
    const storage = memoryStorage();
    const workspace = fresh();
    workspace.create("web.env", "A=1\n");
    saveProject(workspace.toStored(), storage);
    expect(Workspace.fromStored(loadProject(storage)!).toStored()).toEqual(workspace.toStored());
    storage.setItem("kubepose-playground-project", '{"directory":"/p","files":{"/elsewhere/x":"y"},"current":"/p/x"}');
    expect(loadProject(storage)).toBeUndefined();
    storage.setItem("kubepose-playground-project", "not json");
    expect(loadProject(storage)).toBeUndefined();
  });

  it("makes typed names project paths", () => {
    expect(projectPath("/project", " ./conf\\app.env ")).toBe("/project/conf/app.env");
  });
});
