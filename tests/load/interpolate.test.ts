import { describe, expect, it } from "vitest";
import { substitute } from "../../src/load/interpolate.js";

const env: Record<string, string> = { NAME: "web", EMPTY: "", PORT: "8080", lower_case: "lc" };
const lookup = (name: string) => env[name];

describe("substitute", () => {
  it.each([
    ["no reference", "plain text", "plain text"],
    ["$VAR", "$NAME", "web"],
    ["$VAR inside text", "http://$NAME:80/", "http://web:80/"],
    ["${VAR}", "${NAME}", "web"],
    ["${VAR} glued to text", "${NAME}x", "webx"],
    ["$VAR stops at non-name chars", "$NAME-1", "web-1"],
    ["lower-case names", "${lower_case}", "lc"],
    ["$$ is a literal dollar", "$$NAME", "$NAME"],
    ["$$ before a brace", "$${NAME}", "${NAME}"],
    [":- with set", "${NAME:-x}", "web"],
    [":- with empty", "${EMPTY:-x}", "x"],
    [":- with unset", "${MISSING:-x}", "x"],
    ["- with set", "${NAME-x}", "web"],
    ["- with empty keeps empty", "${EMPTY-x}", ""],
    ["- with unset", "${MISSING-x}", "x"],
    [":+ with set", "${NAME:+alt}", "alt"],
    [":+ with empty", "${EMPTY:+alt}", ""],
    [":+ with unset", "${MISSING:+alt}", ""],
    ["+ with empty", "${EMPTY+alt}", "alt"],
    ["+ with unset", "${MISSING+alt}", ""],
    [":? with set", "${NAME:?needed}", "web"],
    ["? with empty is fine", "${EMPTY?needed}", ""],
    ["nested default", "${MISSING:-${NAME}}", "web"],
    ["doubly nested default", "${MISSING:-${ALSO_MISSING:-${PORT}}}", "8080"],
    ["default with text and reference", "${MISSING:-http://${NAME}:${PORT}}", "http://web:8080"],
    ["default containing a colon", "${MISSING:-a:b}", "a:b"],
    ["default containing a dash", "${MISSING:--x}", "-x"],
    ["empty default", "${MISSING:-}", ""],
    ["unused default is not expanded", "${NAME:-${REQUIRED:?no}}", "web"],
    ["text after a nested default", "${MISSING:-${NAME}}/path", "web/path"],
    ["unset without default is blank", "a${MISSING}b", "ab"],
  ])("%s: %s", (_label, template, expected) => {
    expect(substitute(template, lookup)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["${MISSING:?must be set}", "MISSING", "must be set"],
    ["${EMPTY:?must not be empty}", "EMPTY", "must not be empty"],
    ["${MISSING?must be set}", "MISSING", "must be set"],
    ["${MISSING:?port ${PORT} needed}", "MISSING", "port 8080 needed"],
    ["${MISSING:-${INNER:?inner needed}}", "INNER", "inner needed"],
  ])("required: %s", (template, variable, message) => {
    expect(substitute(template, lookup)).toEqual({ ok: false, error: { kind: "required", variable, message } });
  });

  // compose-go's pattern: "$" then "$", a name, or "{"; any other "$" is plain text.
  it.each([
    ["command substitution", "sh -c 'echo $(date)'", "sh -c 'echo $(date)'"],
    ["regex anchors", "^/api/.*$", "^/api/.*$"],
    ["positional parameter", "awk '{print $1}'", "awk '{print $1}'"],
    ["lone dollar between words", "a $ b", "a $ b"],
    ["dollar before a closing brace", "$}", "$}"],
    ["trailing dollar", "cost: $", "cost: $"],
    ["dollar then a reference", "$$NAME $1 $NAME", "$NAME $1 web"],
  ])("a $ that starts no reference is literal (%s): %s", (_label, template, expected) => {
    expect(substitute(template, lookup)).toEqual({ ok: true, value: expected });
  });

  it.each(["${", "${NAME", "${-x}", "${}", "${NAME.x}", "${NAME:x}", "${1}", "x ${ y", "${MISSING:-${NAME}"])(
    "syntax error: %s",
    (template) => {
      expect(substitute(template, lookup)).toEqual({ ok: false, error: { kind: "syntax" } });
    },
  );

  it.each([
    ["pa$1word", "pa$1word"],
    ["cost: $", "cost: $"],
    ["${unclosed", "${unclosed"],
    ["$NAME and $1", "web and $1"],
  ])("lenient mode keeps stray dollars: %s", (template, expected) => {
    expect(substitute(template, lookup, { lenient: true })).toEqual({ ok: true, value: expected });
  });

  it("reports each unset reference without a default", () => {
    const unset: string[] = [];
    substitute("$A ${B} ${C:-x} ${D-y} ${E:+z} $A", lookup, { onUnset: (name) => unset.push(name) });
    expect(unset).toEqual(["A", "B", "A"]);
  });

  it("refuses defaults nested too deeply instead of overflowing", () => {
    const template = "${A:-".repeat(10_000) + "x" + "}".repeat(10_000);
    expect(substitute(template, lookup)).toEqual({ ok: false, error: { kind: "syntax" } });
  });
});
