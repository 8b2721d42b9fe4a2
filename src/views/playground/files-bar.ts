import { element } from "./dom.js";
import { filesOfDrop, filesOfList, type DroppedFile } from "./dropped-files.js";
import type { FileChange, Workspace } from "./workspace.js";

/*
 * The file bar: which file is open, and the project's files as people manage them — a new project, a new
 * file, rename, delete, add files or a folder (or drop them anywhere on the page). Names are asked with
 * the browser's prompt; refusals are shown in the status line.
 */

export interface FilesBarHooks {
  workspace(): Workspace;
  /** A file was opened, created, renamed, removed or added: reload the editor, save, convert. */
  changed(): void;
  /** A new empty project replaces this one. */
  newProject(): void;
  /** Tells the user why an action was refused. */
  refuse(reason: string): void;
}

export function wireFilesBar(bar: HTMLElement, menu: HTMLSelectElement, hooks: FilesBarHooks): { render(): void } {
  const render = (): void => {
    const workspace = hooks.workspace();
    const paths = [...workspace.files.keys()].sort();
    menu.replaceChildren(...paths.map((path) => element("option", { text: workspace.relative(path), attributes: { value: path } })));
    menu.value = workspace.current;
  };
  const apply = (change: FileChange): void => {
    if (change.ok) hooks.changed();
    else hooks.refuse(change.reason);
  };
  const button = (label: string, title: string, action: () => void): HTMLButtonElement => {
    const node = element("button", { text: label, attributes: { type: "button", title, "data-action": label.toLowerCase().replace(/[^a-z]+/g, "-") } });
    node.addEventListener("click", action);
    return node;
  };
  const picker = (folder: boolean): HTMLInputElement => {
    const input = element("input", { attributes: { type: "file", multiple: "", hidden: "", ...(folder ? { webkitdirectory: "" } : {}) } });
    input.addEventListener("change", () => {
      if (input.files) void filesOfList(input.files).then(addFiles);
      input.value = "";
    });
    return input;
  };
  const addFiles = (files: DroppedFile[]): void => {
    if (files.length === 0) return hooks.refuse("nothing to add: no text file up to 1 MB was dropped");
    hooks.workspace().add(files);
    hooks.changed();
  };
  const filePicker = picker(false);
  const folderPicker = picker(true);

  menu.addEventListener("change", () => {
    hooks.workspace().current = menu.value;
    hooks.changed();
  });
  bar.append(
    button("New project", "Start an empty project of your own (replaces the files shown)", hooks.newProject),
    button("New file", "Add an empty file (an env_file, a mounted config…)", () => {
      const name = prompt("Name of the new file, relative to the project (for example web.env or config/nginx.conf):");
      if (name !== null) apply(hooks.workspace().create(name));
    }),
    button("Rename", "Rename the open file", () => {
      const workspace = hooks.workspace();
      const name = prompt("New name of the file:", workspace.relative(workspace.current));
      if (name !== null) apply(workspace.rename(workspace.current, name));
    }),
    button("Delete", "Remove the open file from the project", () => {
      const workspace = hooks.workspace();
      if (confirm(`Remove ${workspace.relative(workspace.current)} from the project?`)) apply(workspace.remove(workspace.current));
    }),
    button("Add files", "Add files from your computer (or drop them on the page)", () => filePicker.click()),
    button("Add folder", "Open a project folder from your computer (or drop it on the page)", () => folderPicker.click()),
    filePicker,
    folderPicker,
  );
  document.addEventListener("dragover", (event) => {
    event.preventDefault();
    document.body.classList.add("dropping");
  });
  document.addEventListener("dragleave", (event) => {
    if (event.relatedTarget === null) document.body.classList.remove("dropping");
  });
  document.addEventListener("drop", (event) => {
    event.preventDefault();
    document.body.classList.remove("dropping");
    if (event.dataTransfer) void filesOfDrop(event.dataTransfer).then(addFiles);
  });
  return { render };
}
