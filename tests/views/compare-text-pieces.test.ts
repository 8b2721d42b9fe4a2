import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline.js";
import { renderCompareText, renderCompareTextPieces } from "../../src/views/compare-text.js";
import { sideBySideInput, sideBySideOutput } from "../../src/views/view-input.js";
import { memoryContext } from "../helpers/memory-context.js";

// Two services, a volume (a block of its own) and a service its profiles disable (a stub after the blocks).
const COMPOSE = `services:
  web:
    image: nginx:1.27
    ports:
      - "8080:80"
    volumes:
      - data:/data
  api:
    image: node:20
  debug:
    image: busybox:1.36
    profiles: [debug]
volumes:
  data: {}
`;

describe("renderCompareTextPieces", () => {
  const input = sideBySideInput(runPipeline({ files: [], envFiles: [], output: sideBySideOutput }, memoryContext({ "compose.yaml": COMPOSE })));
  if (!input) throw new Error("does not convert");

  it("is one piece per block and stub, joined into the text the blocks joined by a blank line made", () => {
    for (const width of [40, 80, 100, 140]) {
      for (const color of [false, true]) {
        const options = { width, color, baseDir: "/project" };
        const pieces = renderCompareTextPieces(input, options);
        expect(pieces.join("")).toBe(renderCompareText(input, options));
        // The blocks as they were written before: each ends in "\n", a blank line between two of them.
        const blocks = pieces.map((piece, i) => (i === 0 ? piece : piece.slice(1)));
        pieces.slice(1).forEach((piece) => expect(piece.startsWith("\n")).toBe(true));
        blocks.forEach((block) => expect(block.endsWith("\n")).toBe(true));
        expect(pieces.join("")).toBe(blocks.join("\n"));
        expect(pieces.length).toBe(4);
        expect(pieces[3]).toContain("services.debug");
      }
    }
  });

  it("is no piece for no block", () => {
    const empty = sideBySideInput(runPipeline({ files: [], envFiles: [], output: sideBySideOutput }, memoryContext({ "compose.yaml": "services: {}\n" })));
    if (empty) expect(renderCompareTextPieces(empty, { width: 80, color: false }).join("")).toBe(renderCompareText(empty, { width: 80, color: false }));
  });
});
