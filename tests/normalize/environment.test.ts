import { describe, expect, it } from "vitest";
import { parseServiceEnvironment } from "../../src/normalize/environment.js";
import { memoryContext } from "../helpers/memory-context.js";
import { run } from "./collect.js";

const S = ["services", "app"];
const files = {
  "/project/app.env": "A=from-file\nB=file-b\nREF=${SHELL_VAR}-x\n",
  "/project/later.env": "B=later-b\nC=later-c\n",
  "/project/raw.env": "# comment\nQ='quoted ${SHELL_VAR}'\n\nRAW=a=b\n",
};
const context = (() => {
  const memory = memoryContext(files);
  return { workingDir: "/project", env: { SHELL_VAR: "shell", EMPTY: "" }, readFile: memory.readFile };
})();

describe("parseServiceEnvironment", () => {
  it.each<[string, Record<string, unknown>, Record<string, string>, Record<string, (string | number)[]>]>([
    ["list", { environment: ["A=1", "B=x=y", "C="] }, { A: "1", B: "x=y", C: "" },
      { A: [...S, "environment", 0], B: [...S, "environment", 1], C: [...S, "environment", 2] }],
    ["list from the shell", { environment: ["SHELL_VAR", "UNSET_VAR", "EMPTY"] }, { SHELL_VAR: "shell", EMPTY: "" },
      { SHELL_VAR: [...S, "environment", 0], EMPTY: [...S, "environment", 2] }],
    ["map with scalars", { environment: { N: 3, T: true, F: false, S: "s", X: 1.5 } }, { N: "3", T: "true", F: "false", S: "s", X: "1.5" },
      { N: [...S, "environment", "N"], T: [...S, "environment", "T"], F: [...S, "environment", "F"], S: [...S, "environment", "S"], X: [...S, "environment", "X"] }],
    ["map null from the shell", { environment: { SHELL_VAR: null, UNSET_VAR: null } }, { SHELL_VAR: "shell" },
      { SHELL_VAR: [...S, "environment", "SHELL_VAR"] }],
    ["env_file string", { env_file: "app.env" }, { A: "from-file", B: "file-b", REF: "shell-x" },
      { A: [...S, "env_file"], B: [...S, "env_file"], REF: [...S, "env_file"] }],
    ["later env_file wins", { env_file: ["./app.env", "later.env"] }, { A: "from-file", B: "later-b", REF: "shell-x", C: "later-c" },
      { A: [...S, "env_file", 0], B: [...S, "env_file", 1], REF: [...S, "env_file", 0], C: [...S, "env_file", 1] }],
    ["environment wins over env_file", { env_file: ["app.env"], environment: { B: "env-b" } }, { A: "from-file", B: "env-b", REF: "shell-x" },
      { A: [...S, "env_file", 0], B: [...S, "environment", "B"], REF: [...S, "env_file", 0] }],
    ["optional missing file", { env_file: [{ path: "nope.env", required: false }, { path: "/project/later.env" }] }, { B: "later-b", C: "later-c" },
      { B: [...S, "env_file", 1], C: [...S, "env_file", 1] }],
    ["required as text", { env_file: [{ path: "nope.env", required: "false" }] }, {}, {}],
    ["raw format", { env_file: [{ path: "raw.env", format: "raw" }] }, { Q: "'quoted ${SHELL_VAR}'", RAW: "a=b" },
      { Q: [...S, "env_file", 0], RAW: [...S, "env_file", 0] }],
  ])("%s", (_name, service, environment, paths) => {
    const result = run((out) => parseServiceEnvironment(service, S, context, out));
    expect(result.codes).toEqual([]);
    expect(result.value.environment).toEqual(environment);
    expect(result.value.environmentPaths).toEqual(paths);
  });

  it.each<[string, Record<string, unknown>, string, (string | number)[]]>([
    ["missing required file", { env_file: "missing.env" }, "env-file-missing", [...S, "env_file"]],
    ["missing long form", { env_file: ["app.env", { path: "missing.env" }] }, "env-file-missing", [...S, "env_file", 1, "path"]],
    ["unknown format", { env_file: [{ path: "app.env", format: "json" }] }, "env-file-format", [...S, "env_file", 0, "format"]],
    ["empty key", { environment: ["=value"] }, "environment-syntax", [...S, "environment", 0]],
    ["bad required", { env_file: [{ path: "app.env", required: "maybe" }] }, "boolean-syntax", [...S, "env_file", 0, "required"]],
  ])("%s → %s", (_name, service, code, path) => {
    const result = run((out) => parseServiceEnvironment(service, S, context, out));
    expect(result.codes).toEqual([code]);
    expect(result.paths).toEqual([path]);
  });

  it("reports the missing file by its absolute path", () => {
    const result = run((out) => parseServiceEnvironment({ env_file: "../up/x.env" }, S, context, out));
    expect(result.diagnostics[0]?.message).toContain("/up/x.env");
  });
});
