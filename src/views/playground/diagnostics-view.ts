import type { Diagnostic } from "../../diagnostics/types.js";
import { element } from "./dom.js";
import { relativeTo } from "../../diagnostics/format.js";

/** The list of diagnostics, compiler style; a click on one with a location is reported with it. */
export function renderDiagnostics(
  list: HTMLElement,
  diagnostics: readonly Diagnostic[],
  projectDir: string,
  onClick: (diagnostic: Diagnostic) => void,
): void {
  const items = diagnostics.map((diagnostic) => {
    const where = diagnostic.location
      ? `${relativeTo(diagnostic.location.file, projectDir)}:${diagnostic.location.line}:${diagnostic.location.column}`
      : "";
    const item = element("li", { className: `diagnostic ${diagnostic.severity}` }, [
      element("span", { className: "where", text: where }),
      element("span", { className: "severity", text: `${diagnostic.severity}[${diagnostic.code}]` }),
      element("span", { className: "message", text: diagnostic.message }),
    ]);
    if (diagnostic.location) {
      item.dataset["file"] = diagnostic.location.file;
      item.dataset["line"] = String(diagnostic.location.line);
      item.tabIndex = 0;
      item.addEventListener("click", () => onClick(diagnostic));
      item.addEventListener("keydown", (event) => {
        if (event.key === "Enter") onClick(diagnostic);
      });
    }
    return item;
  });
  list.replaceChildren(...(items.length > 0 ? items : [element("li", { className: "none", text: "No warnings." })]));
}
