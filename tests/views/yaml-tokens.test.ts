import { describe, expect, it } from "vitest";
import { tokenizeYamlLine, type Token } from "../../src/views/yaml-tokens.js";

const kinds = (line: string): string[] => tokenizeYamlLine(line).filter((t) => t.kind !== "text").map((t) => `${t.kind}:${t.text}`);

describe("tokenizeYamlLine", () => {
  it("colours keys, values, numbers, booleans and comments of a Compose line", () => {
    expect(kinds("    image: postgres:16 # pinned")).toEqual(["key:image", "punctuation::", "string:postgres:16", "comment:# pinned"]);
    expect(kinds("      replicas: 3")).toEqual(["key:replicas", "punctuation::", "number:3"]);
    expect(kinds("    read_only: true")).toEqual(["key:read_only", "punctuation::", "literal:true"]);
    expect(kinds('      - "8080:80"')).toEqual(["punctuation:-", 'string:"8080:80"']);
    expect(kinds("  - name: web")).toEqual(["punctuation:-", "key:name", "punctuation::", "string:web"]);
  });

  it("knows anchors, aliases, merge keys, flow collections and document markers", () => {
    expect(kinds("x-common: &common")).toEqual(["key:x-common", "punctuation::", "anchor:&common"]);
    expect(kinds("    <<: *common")).toEqual(["key:<<", "punctuation::", "anchor:*common"]);
    expect(kinds('    ports: ["8080:80", 9090]')).toEqual(["key:ports", "punctuation::", "punctuation:[", 'string:"8080:80"', "punctuation:,", "number:9090", "punctuation:]"]);
    expect(kinds("--- # Deployment web")).toEqual(["marker:---", "comment:# Deployment web"]);
  });

  it("keeps URLs and values with colons or hashes whole", () => {
    expect(kinds("      DATABASE_URL: postgres://app:pw@db:5432/app")).toEqual(["key:DATABASE_URL", "punctuation::", "string:postgres://app:pw@db:5432/app"]);
    expect(kinds("    command: echo a#b")).toEqual(["key:command", "punctuation::", "string:echo a#b"]);
  });

  it.each(["", "   ", "services:", "  web:  # the front end", "  - 'it''s'", "{a: 1, b: [x, y]}", 'key: "unterminated', "- - nested", "   continuation of a | block", "a: b: c", ":", "-", "key:value"])(
    "loses no character of %j",
    (line) => {
      const tokens: Token[] = tokenizeYamlLine(line);
      expect(tokens.map((t) => t.text).join("")).toBe(line);
      expect(tokens.every((t) => t.text.length > 0)).toBe(true);
    },
  );
});
