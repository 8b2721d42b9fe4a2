import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline.js";
import { memoryContext } from "../helpers/memory-context.js";
import { renderCompareText } from "../../src/views/compare-text.js";
import { renderCompareHtml } from "../../src/views/compare-html.js";
import { migrationReport } from "../../src/views/migration-report.js";
import { migrationReportMarkdown } from "../../src/views/migration-report-markdown.js";
import { sideBySideInput, sideBySideOutput, type SideBySideInput } from "../../src/views/view-input.js";

/*
 * Views must stay linear in their input (issue 10: a port range of 10,000 took 20 s in compare, 65,535
 * never ended). Time is no measure in a test, so this counts steps instead: every element an array
 * method or a for…of loop visits while a view renders. Doubling the input must about double the count;
 * a scan per line (quadratic) would quadruple it.
 */

const ITERATING = ["find", "findIndex", "filter", "some", "every", "map", "forEach", "flatMap", "reduce"] as const;

function countSteps(render: () => unknown): number {
  let steps = 0;
  const prototype = Array.prototype as unknown as Record<string | symbol, (...args: unknown[]) => unknown>;
  const saved = new Map<string | symbol, (...args: unknown[]) => unknown>();
  for (const name of ITERATING) {
    const original = prototype[name]!;
    saved.set(name, original);
    prototype[name] = function (this: unknown, callback: unknown, ...rest: unknown[]) {
      const counted = (...args: unknown[]) => {
        steps++;
        return (callback as (...a: unknown[]) => unknown)(...args);
      };
      return original.call(this, counted, ...rest);
    };
  }
  const iterate = prototype[Symbol.iterator]!;
  saved.set(Symbol.iterator, iterate);
  prototype[Symbol.iterator] = function (this: unknown) {
    const inner = iterate.call(this) as Iterator<unknown>;
    const counting: IterableIterator<unknown> = {
      next: () => {
        steps++;
        return inner.next();
      },
      [Symbol.iterator]: () => counting,
    };
    return counting;
  };
  try {
    render();
  } finally {
    for (const [name, original] of saved) prototype[name] = original;
  }
  return steps;
}

function viewInput(compose: string): SideBySideInput {
  const result = runPipeline({ files: [], output: sideBySideOutput }, memoryContext({ "/project/compose.yaml": compose }));
  const input = sideBySideInput(result);
  if (!input) throw new Error(JSON.stringify(result.diagnostics));
  return input;
}

const portRange = (n: number) => `services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "1-${n}:1-${n}"\n`;
const variables = (n: number) =>
  `services:\n  app:\n    image: nginx:1.27\n    environment:\n${Array.from({ length: n }, (_, i) => `      VAR_${i}: value-${i}\n`).join("")}`;
const services = (n: number) =>
  `services:\n${Array.from({ length: n }, (_, i) => `  s${i}:\n    image: nginx:1.27\n    ports: ["${8000 + i}:80"]\n    environment: { A: "1", DB_PASSWORD: pw-${i}-long }\n    healthcheck: { test: ["CMD", "true"] }\n`).join("")}`;

const views: [string, (input: SideBySideInput) => unknown][] = [
  ["compare", (input) => renderCompareText(input, { width: 120, color: false })],
  ["compare --html", (input) => renderCompareHtml(input, [], { title: "t" })],
  ["--report", (input) => migrationReportMarkdown(migrationReport(input, []))],
];

describe("every view is linear in its input", () => {
  describe.each([
    ["a port range", portRange, 150],
    ["environment variables", variables, 300],
    ["services", services, 40],
  ] as const)("%s", (_name, project, size) => {
    it.each(views)("%s: twice the input, at most about twice the steps", (_view, render) => {
      // Once first, on an input of its own, so that tables built on first use (the same for every input)
      // are not counted; then each size on a fresh input, so that what a view files per input (a memo
      // keyed by it) is counted in both runs alike.
      render(viewInput(project(size)));
      const [small, large] = [viewInput(project(size)), viewInput(project(2 * size))];
      const ratio = countSteps(() => render(large)) / countSteps(() => render(small));
      expect(ratio).toBeGreaterThan(1.5);
      expect(ratio).toBeLessThan(2.6);
    });
  });
});
