import type { Diagnostic } from "../../diagnostics/types.js";
import { relativeTo } from "../../diagnostics/format.js";
import { element } from "./dom.js";

/**
 * Above the manifests while the project has errors: the errors, each a link to its line, and a note that
 * the manifests below (dimmed) are the last ones that converted. Empty when there are no errors.
 */
export function renderStale(container: HTMLElement, errors: readonly Diagnostic[], projectDir: string, onClick: (diagnostic: Diagnostic) => void): void {
  if (errors.length === 0) {
    container.replaceChildren();
    container.hidden = true;
    return;
  }
  container.hidden = false;
  const items = errors.map((error) => {
    const where = error.location ? `${relativeTo(error.location.file, projectDir)}:${error.location.line}:${error.location.column}` : "";
    const item = element("li", {}, [element("span", { className: "where", text: where }), element("span", { text: ` ${error.message}` })]);
    if (error.location) {
      item.tabIndex = 0;
      item.addEventListener("click", () => onClick(error));
    }
    return item;
  });
  container.replaceChildren(
    element("p", { text: `${errors.length === 1 ? "An error" : `${errors.length} errors`}: the manifests below are the last ones that converted.` }),
    element("ul", {}, items),
  );
}
