import { findExplanation } from "../../explain/catalogue.js";
import { formatPath } from "../../diagnostics/types.js";
import type { Origin } from "../trace-index.js";
import { element } from "./dom.js";
import { relativeTo } from "../../diagnostics/format.js";
import type { ManifestView } from "./session.js";

/** What is selected, in words, and the objects it concerns. */
export interface ExplanationSubject {
  /** "compose.yaml:12 services.vote.ports[0]" or "Service/vote spec.ports[0]". */
  heading: string;
  /** Each line of a list: the fields a Compose line produced, or where a manifest field came from. */
  mappings: string[];
  /** Indexes of the manifests whose explanations are shown. */
  manifests: number[];
  /** The explanation of the selected Compose key itself (ports-to-service for a port line), shown first. */
  first?: string;
  /** Shown instead of the mappings when there are none. */
  empty?: string;
}

/** "from compose.yaml:12 services.vote.ports" or "default: one replica, Compose runs one container". */
export function describeOrigin(origin: Origin, projectDir: string): string {
  const where = origin.location ? `${relativeTo(origin.location.file, projectDir)}:${origin.location.line} ` : "";
  if (origin.kind === "default") return `default chosen by kubepose: ${origin.reason}`;
  const how = origin.via === "object" ? " (the object as a whole)" : origin.via === "ancestor" ? " (via an enclosing field)" : "";
  return `from ${where}${formatPath(origin.path)}${how}`;
}

/** The explanation panel: the selection, then each concerned object's explanations from the catalogue. */
export function renderExplanation(container: HTMLElement, views: readonly ManifestView[], subject: ExplanationSubject | undefined): void {
  if (!subject) {
    container.replaceChildren(element("p", { className: "hint", text: "Click a line of the Compose file or of a manifest to see where it went and why." }));
    return;
  }
  const parts: HTMLElement[] = [element("h3", { className: "subject", text: subject.heading })];
  if (subject.mappings.length > 0) parts.push(element("ul", { className: "mappings" }, subject.mappings.map((text) => element("li", { text }))));
  else parts.push(element("p", { className: "hint", text: subject.empty ?? "Nothing in the manifests comes from this line." }));
  const shown = new Set<string>();
  const ids = subject.manifests.flatMap((index) => views[index]?.manifest.explanations ?? []);
  for (const id of subject.first === undefined ? ids : [subject.first, ...ids]) {
    if (shown.has(id)) continue;
    shown.add(id);
    const entry = findExplanation(id);
    if (!entry) continue;
    parts.push(
      element("section", { className: "explanation", attributes: { "data-explanation": id } }, [
        element("h4", { text: entry.title }),
        element("p", { text: entry.summary }),
        element("details", {}, [element("summary", { text: "More" }), element("div", { className: "detail", text: entry.detail })]),
        element(
          "ul",
          { className: "docs" },
          entry.docs.map((url) => element("li", {}, [element("a", { text: url, attributes: { href: url, target: "_blank", rel: "noopener" } })])),
        ),
      ]),
    );
  }
  container.replaceChildren(...parts);
}
