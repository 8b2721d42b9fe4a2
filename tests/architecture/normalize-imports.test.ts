import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "../helpers/repository-boundary.js";

const source = (folder: string) =>
  readdirSync(join(repositoryRoot, "src", folder))
    .filter((name) => name.endsWith(".ts"))
    .map((name) => ({ name: `${folder}/${name}`, text: readFileSync(join(repositoryRoot, "src", folder, name), "utf8") }));

/** Every `import … from "…"` statement of a file, whole (multi-line imports included). */
const imports = (text: string): string[] => [...text.matchAll(/^import\s[^;]*?from\s+"([^"]+)";/gms)].map((match) => match[0]);

describe("normalize reads the schema's types, not the validate stage", () => {
  it("imports from validate only types, and only from the schema module", () => {
    const wrong = source("normalize").flatMap(({ name, text }) =>
      imports(text)
        .filter((line) => line.includes('from "../validate/'))
        .filter((line) => !/^import type \{[^}]*\} from "\.\.\/validate\/schema\.js";$/s.test(line))
        .map((line) => `${name}: ${line}`),
    );
    expect(wrong).toEqual([]);
  });

  it("is not imported by the model floor, which normalize builds on", () => {
    const upward = source("model").flatMap(({ name, text }) =>
      imports(text).filter((line) => /from "\.\.\/(normalize|validate)\//.test(line)).map((line) => `${name}: ${line}`),
    );
    expect(upward).toEqual([]);
  });

  it("finds the type imports it checks (the scan is not empty)", () => {
    const typed = source("normalize").filter(({ text }) => imports(text).some((line) => line.includes('from "../validate/schema.js"')));
    expect(typed.length).toBeGreaterThan(10);
  });
});
