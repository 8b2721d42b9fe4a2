import { describe, expect, it } from "vitest";
import { parseEnvFile } from "../../src/load/env-file.js";

const outside: Record<string, string> = { HOME: "/home/me", SHELL_ONLY: "shell" };
const lookup = (name: string) => outside[name];
const parse = (text: string) => parseEnvFile(text, "/project/.env", lookup);

describe("parseEnvFile", () => {
  it.each([
    ["simple", "A=1", { A: "1" }],
    ["several lines and CRLF", "A=1\r\nB=2\r\n", { A: "1", B: "2" }],
    ["export prefix", "export A=1", { A: "1" }],
    ["comments and blank lines", "# note\n\n  # indented note\nA=1\n", { A: "1" }],
    ["unquoted value is trimmed", "A=   spaced out   ", { A: "spaced out" }],
    ["trailing comment after unquoted value", "A=value # comment", { A: "value" }],
    ["# without a space is part of the value", "A=abc#def", { A: "abc#def" }],
    ["empty value", "A=", { A: "" }],
    ["spaces around =", "A = 1", { A: "1" }],
    ["dots and dashes in names", "a.b-c=1", { "a.b-c": "1" }],
    ["single quotes are literal", "A='${HOME} \\n $x'", { A: "${HOME} \\n $x" }],
    ["double quotes with escapes", 'A="a\\nb \\"q\\" \\\\ \\t"', { A: 'a\nb "q" \\ \t' }],
    ["double quotes keep # and spaces", 'A=" x # y "', { A: " x # y " }],
    ["comment after closing quote", 'A="x" # c', { A: "x" }],
    ["double quotes spanning lines", 'A="line 1\nline 2"\nB=2', { A: "line 1\nline 2", B: "2" }],
    ["single quotes spanning lines", "A='one\ntwo'", { A: "one\ntwo" }],
    ["reference to outside variable", "A=${HOME}/x", { A: "/home/me/x" }],
    ["$VAR form", "A=$HOME", { A: "/home/me" }],
    ["earlier variable of the file wins over outside", "HOME=/root\nA=${HOME}/x", { HOME: "/root", A: "/root/x" }],
    ["reference in double quotes", 'B=b\nA="${B}-c"', { B: "b", A: "b-c" }],
    ["escaped dollar in double quotes", 'A="\\${HOME}"', { A: "${HOME}" }],
    ["default in a reference", "A=${NOPE:-fallback}", { A: "fallback" }],
    ["unset reference is blank", "A=x${NOPE}y", { A: "xy" }],
    ["stray dollar stays literal", "A=pa$1word", { A: "pa$1word" }],
    ["key alone takes the outside value", "SHELL_ONLY", { SHELL_ONLY: "shell" }],
    ["key alone, unset outside, is skipped", "NOPE\nA=1", { A: "1" }],
    ["later definition wins", "A=1\nA=2", { A: "2" }],
    ["byte order mark", "\uFEFFA=1", { A: "1" }],
  ])("%s", (_label, text, expected) => {
    const result = parse(text);
    expect(result.diagnostics).toEqual([]);
    expect(result.value).toEqual(expected);
  });

  it.each([
    ["no name", "=value", 1, 1],
    ["space inside the name", "MY KEY=1", 1, 4],
    ["digit first", "1A=1", 1, 1],
    ["unclosed double quote", 'OK=1\nA="never closed\nB=2', 2, 3],
    ["text after the closing quote", 'A="x" y', 1, 7],
    ["text after a multi-line quote", 'A="x\ny"z', 2, 3],
  ])("syntax error: %s", (_label, text, line, column) => {
    const result = parse(text);
    expect(result.diagnostics.map((d) => [d.code, d.location])).toEqual([["env-file-syntax", { file: "/project/.env", line, column }]]);
  });

  it("keeps parsing after a bad line", () => {
    const result = parse("A=1\n!!!\nB=2");
    expect(result.value).toEqual({ A: "1", B: "2" });
    expect(result.diagnostics.map((d) => d.location?.line)).toEqual([2]);
  });

  it("reports a required variable with its line", () => {
    const result = parse("A=1\nB=${NOPE:?set NOPE}");
    expect(result.diagnostics.map((d) => [d.code, d.location?.line])).toEqual([["interpolation-required", 2]]);
  });
});
