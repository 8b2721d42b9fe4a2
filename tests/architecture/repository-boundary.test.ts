import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { composeSpecFile } from "../helpers/compose-spec.js";
import { isBesideRepository, repositoryRoot } from "../helpers/repository-boundary.js";

const sibling = join(dirname(repositoryRoot), "shared", "compose-spec", "compose-spec.json");
// A clone directly in the temporary directory (/tmp/kubepose) has the tests' own temporary folders as its
// siblings: the guard must let those through, so it cannot tell ../shared from them, and these two checks
// cannot hold there (the guard still works for every clone outside the temporary directory).
const temporary = resolve(tmpdir());
const cloneInTemporary = dirname(repositoryRoot) === temporary || dirname(repositoryRoot).startsWith(temporary + sep);

describe("tests read only what the repository carries", () => {
  it.skipIf(cloneInTemporary)("tells a sibling folder from the repository itself", () => {
    expect(isBesideRepository(sibling)).toBe(true);
    expect(isBesideRepository(join(repositoryRoot, "spec", "compose-spec.json"))).toBe(false);
    expect(isBesideRepository(`${repositoryRoot}-copy/x`)).toBe(true);
  });

  it.skipIf(cloneInTemporary)("throws on a read beside the repository, through named imports and fs/promises alike", async () => {
    expect(() => readFileSync(sibling, "utf8")).toThrow(/outside the repository/);
    await expect(readFile(sibling, "utf8")).rejects.toThrow(/outside the repository/);
  });

  it("reads the vendored Compose schema from spec/", () => {
    expect(composeSpecFile.startsWith(repositoryRoot)).toBe(true);
    expect(JSON.parse(readFileSync(composeSpecFile, "utf8"))).toHaveProperty("$defs.service");
  });
});
