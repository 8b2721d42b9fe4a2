import { describe, expect, it } from "vitest";
import { shellSplit } from "../../src/normalize/shell-split.js";
import { run } from "./collect.js";

describe("shellSplit", () => {
  it.each([
    [`echo "a b" 'c'`, ["echo", "a b", "c"]],
    ["npm run start", ["npm", "run", "start"]],
    ["  spaced   out  ", ["spaced", "out"]],
    ["", []],
    ["a\\ b", ["a b"]],
    [`""`, [""]],
    [`''`, [""]],
    [`a""b`, ["ab"]],
    [`'$HOME'`, ["$HOME"]],
    [`"$HOME"`, ["$HOME"]],
    [`"say \\"hi\\""`, ['say "hi"']],
    [`"keep \\n"`, ["keep \\n"]],
    [`'it\\'`, ["it\\"]],
    [`sh -c 'echo "nested" && exit 1'`, ["sh", "-c", 'echo "nested" && exit 1']],
    ["tab\tseparated\nlines", ["tab", "separated", "lines"]],
    ["line \\\ncontinued", ["line", "continued"]],
    [`mixed"quo ted"'parts'`, ["mixedquo tedparts"]],
  ])("%j → %j", (input, words) => {
    expect(run((out) => shellSplit(input, [], out))).toMatchObject({ value: words, codes: [] });
  });

  it.each([[`echo "unterminated`], [`echo 'unterminated`], ["trailing\\"], [`"a" 'b`]])("%j → command-syntax", (input) => {
    const result = run((out) => shellSplit(input, ["services", "web", "command"], out));
    expect(result.value).toBeUndefined();
    expect(result.codes).toEqual(["command-syntax"]);
    expect(result.paths).toEqual([["services", "web", "command"]]);
  });
});
