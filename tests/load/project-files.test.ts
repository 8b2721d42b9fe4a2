import { describe, expect, it } from "vitest";
import { load, type LoadOptions } from "../../src/load/index.js";
import { composeFileVariable } from "../../src/load/discover.js";
import { memoryContext } from "../helpers/memory-context.js";

const files = {
  "compose.yaml": "services:\n  web: {image: a}",
  "compose.prod.yaml": "services:\n  web: {image: b}",
  "other/extra.yaml": "services:\n  db: {image: c}",
};

describe("COMPOSE_FILE", () => {
  it.each([
    ["one file", { COMPOSE_FILE: "compose.prod.yaml" }, ["/project/compose.prod.yaml"]],
    ["a ':' list", { COMPOSE_FILE: "compose.yaml:compose.prod.yaml" }, ["/project/compose.yaml", "/project/compose.prod.yaml"]],
    ["COMPOSE_PATH_SEPARATOR", { COMPOSE_FILE: "compose.yaml;other/extra.yaml", COMPOSE_PATH_SEPARATOR: ";" }, ["/project/compose.yaml", "/project/other/extra.yaml"]],
    ["empty parts skipped", { COMPOSE_FILE: "compose.yaml::" }, ["/project/compose.yaml"]],
    ["empty means discovery", { COMPOSE_FILE: "" }, ["/project/compose.yaml"]],
  ])("%s", (_label, env, expected) => {
    const result = load({ files: [] }, memoryContext(files, env));
    expect(result.diagnostics).toEqual([]);
    expect(result.value?.files).toEqual(expected);
  });

  it("is read from the .env of the working directory, the shell winning", () => {
    const withDotEnv = { ...files, ".env": "COMPOSE_FILE=compose.yaml:compose.prod.yaml" };
    expect(load({ files: [] }, memoryContext(withDotEnv)).value?.files).toEqual(["/project/compose.yaml", "/project/compose.prod.yaml"]);
    expect(load({ files: [] }, memoryContext(withDotEnv, { COMPOSE_FILE: "other/extra.yaml" })).value?.files).toEqual(["/project/other/extra.yaml"]);
  });

  it("is read from --env-file files instead of .env", () => {
    const withEnvFiles = { ...files, ".env": "COMPOSE_FILE=other/extra.yaml", "prod.env": "COMPOSE_FILE=compose.prod.yaml" };
    const options: LoadOptions = { files: [], envFiles: ["prod.env"] };
    expect(load(options, memoryContext(withEnvFiles)).value?.files).toEqual(["/project/compose.prod.yaml"]);
  });

  it("is ignored when -f is given", () => {
    const result = load({ files: ["compose.yaml"] }, memoryContext(files, { COMPOSE_FILE: "compose.prod.yaml" }));
    expect(result.value?.files).toEqual(["/project/compose.yaml"]);
  });

  it("reports a missing file as written", () => {
    const result = load({ files: [] }, memoryContext(files, { COMPOSE_FILE: "compose.yaml:nope.yaml" }));
    expect(result.diagnostics.map((d) => [d.code, d.message.startsWith("nope.yaml")])).toEqual([["file-not-found", true]]);
  });

  it("splits with the default separator", () => {
    expect(composeFileVariable({ COMPOSE_FILE: "a.yaml:b.yaml" })).toEqual(["a.yaml", "b.yaml"]);
  });
});

describe("obsolete version", () => {
  it.each([
    ["in the only file", { "compose.yaml": "version: '3.8'\nservices: {}" }, "/project/compose.yaml", 1],
    ["in the override", { "compose.yaml": "services: {}", "compose.override.yaml": "services: {}\nversion: '3'" }, "/project/compose.override.yaml", 2],
  ])("is a note pointing at it, %s", (_label, texts, file, line) => {
    const result = load({ files: [] }, memoryContext(texts));
    const notes = result.diagnostics.map((d) => [d.code, d.severity, result.value?.sources.locate(d.path)?.file, result.value?.sources.locate(d.path)?.line]);
    expect(notes).toEqual([["obsolete-version", "note", file, line]]);
  });
});
