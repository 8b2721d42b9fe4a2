import { describe, expect, it } from "vitest";
import { loadMessages } from "../../src/diagnostics/messages/load.js";
import { validateMessages } from "../../src/diagnostics/messages/validate.js";
import { normalizeMessages } from "../../src/diagnostics/messages/normalize.js";
import { convertMessages } from "../../src/diagnostics/messages/convert.js";
import { explainMessages } from "../../src/diagnostics/messages/explain.js";
import { checkMessages } from "../../src/diagnostics/messages/check.js";
import { cliMessages } from "../../src/diagnostics/messages/cli.js";
import { messages } from "../../src/diagnostics/codes.js";

const tables = { loadMessages, validateMessages, normalizeMessages, convertMessages, explainMessages, checkMessages, cliMessages };

describe("the message table", () => {
  // codes.ts spreads the stage tables into one object, where a code defined twice would silently
  // lose one of its rows; every code must belong to exactly one stage.
  it("defines each code in one stage table only", () => {
    const owners = new Map<string, string[]>();
    for (const [table, rows] of Object.entries(tables)) {
      for (const code of Object.keys(rows)) owners.set(code, [...(owners.get(code) ?? []), table]);
    }
    const duplicated = [...owners].filter(([, inTables]) => inTables.length > 1);
    expect(duplicated).toEqual([]);
  });

  it("names codes in kebab-case", () => {
    const badNames = Object.keys(messages).filter((code) => !/^[a-z]+(-[a-z0-9]+)*$/.test(code));
    expect(badNames).toEqual([]);
  });
});
