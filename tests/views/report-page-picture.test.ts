import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline.js";
import { appGraph, type AppGraph } from "../../src/views/graph/app-graph.js";
import { renderGraphSvg } from "../../src/views/graph/svg.js";
import { graphOfPicture, pictureOf } from "../../src/views/report-page/picture.js";
import { viewInput } from "../../src/views/view-input.js";
import { viewProjects, projectContext } from "../helpers/view-projects.js";

// The HTML page embeds the picture of the app as a compact graph and its script draws it
// (report-page/graph.ts): what it draws must be the markup renderGraphSvg writes for the whole graph.
/** The graph through the page's form and back, as JSON carries it. */
const throughPage = (graph: AppGraph): AppGraph => graphOfPicture(JSON.parse(JSON.stringify(pictureOf(graph))));

describe("the page's picture of the app", () => {
  it.each(viewProjects)("draws what renderGraphSvg draws for %s", (project) => {
    const result = runPipeline({ files: [], envFiles: [] }, projectContext(project));
    const input = viewInput(result);
    if (!input) return; // a project that does not convert has no page
    const graph = appGraph(input);
    expect(renderGraphSvg(throughPage(graph))).toBe(renderGraphSvg(graph));
  });

  it("keeps shared ids, labels, derived nodes and edges to ids no node has", () => {
    const graph: AppGraph = {
      nodes: [
        { id: "service:a", side: "compose", kind: "service", label: "a" },
        { id: "service:b", side: "compose", kind: "service", label: '<b>&"' },
        { id: "Deployment/a", side: "kubernetes", kind: "Deployment", label: "a", manifest: 0 },
        { id: "Deployment/a", side: "kubernetes", kind: "Deployment", label: "a again", manifest: 1 },
        { id: "Pod/Deployment/a", side: "kubernetes", kind: "Pod", label: "a-<hash>-<id> ×2", manifest: 0, derived: true },
      ],
      edges: [
        { from: "service:a", to: "service:b", kind: "connects", label: ":80" },
        { from: "service:b", to: "service:a", kind: "connects" },
        { from: "Deployment/a", to: "Pod/Deployment/a", kind: "creates" },
        { from: "Pod/Deployment/a", to: "Secret/missing", kind: "reads" },
      ],
    };
    expect(renderGraphSvg(throughPage(graph))).toBe(renderGraphSvg(graph));
    expect(throughPage(graph).edges).toEqual([...graph.edges.slice(0, 3), { from: "Pod/Deployment/a", to: "", kind: "reads" }]);
  });
});
