import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "../helpers/repository-boundary.js";

// The connection graph is a stage between normalize and convert: it may read the model floor and the
// diagnostics, never convert, emit, the views or the CLI, so convert and the views can both use it.
const folder = join(repositoryRoot, "src", "connect");
const allowed = /^(\.\/|\.\.\/model\/|\.\.\/diagnostics\/)/;

describe("src/connect imports only the model floor and diagnostics", () => {
  it.each(readdirSync(folder).filter((name) => name.endsWith(".ts")))("%s", (name) => {
    const imports = [...readFileSync(join(folder, name), "utf8").matchAll(/from "([^"]+)"/g)].map((match) => match[1] ?? "");
    expect(imports.filter((path) => !allowed.test(path))).toEqual([]);
  });
});
