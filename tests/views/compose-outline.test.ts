import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { composeOutline, entryAtDepthCovering, entryCovering, entryStartingAt } from "../../src/views/compose-outline.js";

const TEXT = `# comment
services:
  web:
    image: nginx
    command: |
      one
      two

    ports:
      - "80:80"
      - target: 443
        published: 8443
  db:
    image: postgres
volumes:
  data:
`;
const outline = composeOutline(TEXT);
const extent = (path: string) => {
  const entry = outline.find((e) => e.path.join(".") === path);
  return entry && [entry.start, entry.end];
};

describe("composeOutline", () => {
  it.each([
    ["services", [2, 14]],
    ["services.web", [3, 12]],
    ["services.web.image", [4, 4]],
    ["services.web.command", [5, 7]],
    ["services.web.ports", [9, 12]],
    ["services.web.ports.0", [10, 10]],
    ["services.web.ports.1", [11, 12]],
    ["services.web.ports.1.published", [12, 12]],
    ["services.db", [13, 14]],
    ["volumes.data", [16, 16]],
  ])("%s covers lines %j", (path, lines) => {
    expect(extent(path)).toEqual(lines);
  });

  it.each([
    [1, undefined],
    [3, "services.web"],
    [6, undefined],
    [11, "services.web.ports.1.target"],
    [12, "services.web.ports.1.published"],
  ])("line %i starts %s", (line, path) => {
    expect(entryStartingAt(outline, line)?.path.join(".")).toBe(path);
  });

  it.each([
    [6, "services.web.command"],
    [8, "services.web"],
    [1, undefined],
  ])("line %i lies in %s", (line, path) => {
    expect(entryCovering(outline, line)?.path.join(".")).toBe(path);
  });

  // entryCovering and entryStartingAt against a plain scan of the outline: the deepest entry on the line,
  // the last in document order among equals for covering, the first for starting.
  it("answers every line of every example's Compose files as a scan of the outline does", () => {
    const examples = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "examples");
    const files = readdirSync(examples, { recursive: true, encoding: "utf8" }).filter((file) => /(^|\/)(compose|docker-compose)[^/]*\.ya?ml$/.test(file));
    expect(files.length).toBeGreaterThan(0);
    for (const text of [TEXT, 'a: [1, {b: [2, 3]}]\nc:\n  - d: {e: 1}\n    f: |\n      x\n', ...files.map((file) => readFileSync(join(examples, file), "utf8"))]) {
      const entries = composeOutline(text);
      const last = Math.max(0, ...entries.map((entry) => entry.end)) + 1;
      for (let line = 0; line <= last; line++) {
        const covering = entries.filter((entry) => entry.start <= line && line <= entry.end);
        const deepest = covering.reduce<(typeof entries)[number] | undefined>((best, entry) => (!best || entry.path.length >= best.path.length ? entry : best), undefined);
        expect(entryCovering(entries, line)).toBe(deepest);
        const starting = entries.filter((entry) => entry.start === line);
        const first = starting.reduce<(typeof entries)[number] | undefined>((best, entry) => (!best || entry.path.length > best.path.length ? entry : best), undefined);
        expect(entryStartingAt(entries, line)).toBe(first);
      }
    }
  });

  // The look-ups keep the outline asked last at hand (compose-outline.ts `last`): asking two in turn must
  // answer each from its own, as must an outline asked again after another.
  it("answers each of two outlines asked in turn from its own lines", () => {
    const other = composeOutline("services:\n  api:\n    image: a\n\n    ports:\n      - 1\n");
    for (let round = 0; round < 2; round++) {
      expect(entryCovering(outline, 6)?.path.join(".")).toBe("services.web.command");
      expect(entryCovering(other, 6)?.path.join(".")).toBe("services.api.ports.0");
      expect(entryAtDepthCovering(other, 2, 4)?.path.join(".")).toBe("services.api");
      expect(entryAtDepthCovering(outline, 2, 14)?.path.join(".")).toBe("services.db");
      expect(entryCovering(other, 4)?.path.join(".")).toBe("services.api");
      expect(entryStartingAt(other, 3)?.path.join(".")).toBe("services.api.image");
      expect(entryCovering(outline, 8)?.path.join(".")).toBe("services.web");
    }
  });
});
