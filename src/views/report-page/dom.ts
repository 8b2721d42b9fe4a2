/*
 * The report page's DOM helpers. Every text goes in through textContent, so no value of the Compose
 * project can become markup.
 */

export function el(tag: string, className?: string | null, text?: string): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The element of a page id; the page's own markup has them all. */
export function byId(id: string): HTMLElement {
  const node = document.getElementById(id);
  if (!node) throw new Error(`the report page has no #${id}`);
  return node;
}

/** Row ids: Compose line `line` of file `file`, and line `line` of manifest `manifest`. */
export const composeId = (file: number, line: number): string => `c-${file}-${line}`;
export const manifestId = (manifest: number, line: number): string => `m-${manifest}-${line}`;

/** Removes every highlight and selection. */
export function clearMarks(): void {
  for (const node of Array.from(document.querySelectorAll(".highlight, .selected"))) {
    node.classList.remove("highlight");
    node.classList.remove("selected");
  }
}

/** Adds a class to the row with this id, if there is one, and returns it. */
export function mark(id: string, className: "highlight" | "selected"): HTMLElement | null {
  const node = document.getElementById(id);
  if (node) node.classList.add(className);
  return node;
}

/**
 * Scrolls only the column that holds the line (the page stays put); when columns do not scroll (narrow
 * or print layouts), the page scrolls instead.
 */
export function reveal(node: HTMLElement | null): void {
  if (!node) return;
  const column = node.closest(".column");
  if (column && column.scrollHeight > column.clientHeight) column.scrollTop = node.offsetTop - column.clientHeight / 2;
  else if (node.scrollIntoView) node.scrollIntoView({ block: "center" });
}
