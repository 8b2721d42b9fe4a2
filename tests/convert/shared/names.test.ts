import { describe, expect, it } from "vitest";
import { configMapKey, dnsLabel, isDnsLabel, isPortName, portName, uniqueKeys } from "../../../src/convert/shared/names.js";
import { isQualifiedName } from "../../../src/convert/shared/labels.js";

describe("dnsLabel", () => {
  it.each([
    ["web", "web"],
    ["My_App.v2", "my-app-v2"],
    ["__web__", "web"],
    ["3d", "s-3d"],
    ["a".repeat(70), "a".repeat(63)],
    [`${"a".repeat(62)}_b`, "a".repeat(62)],
  ])("%s → %s", (input, expected) => {
    expect(dnsLabel(input)).toBe(expected);
    expect(isDnsLabel(dnsLabel(input))).toBe(true);
  });
});

describe("port names", () => {
  it.each([
    ["http", true],
    ["tcp-8080", true],
    ["8080", false],
    ["-http", false],
    ["http-", false],
    ["my--port", false],
    ["Http", false],
    ["a-very-long-port-name", false],
  ])("%s valid: %s", (name, valid) => expect(isPortName(name)).toBe(valid));

  it.each([["tcp", 8080, "tcp-8080"], ["udp", 53, "udp-53"], ["sctp", 65535, "sctp-65535"]])("%s %d → %s", (protocol, port, name) => {
    expect(portName(protocol, port)).toBe(name);
    expect(isPortName(name)).toBe(true);
  });
});

describe("configMapKey", () => {
  it.each([
    ["nginx.conf", "nginx.conf"],
    ["conf.d/app.conf", "conf.d_app.conf"],
    ["my file", "my_file"],
    ["..data", "_..data"],
    [".", "_."],
  ])("%s → %s", (input, expected) => expect(configMapKey(input)).toBe(expected));

  it("keeps keys unique in order", () => expect(uniqueKeys(["a_b", "a_b", "c", "a_b"])).toEqual(["a_b", "a_b-2", "c", "a_b-3"]));
});

describe("qualified names (annotation keys)", () => {
  it.each([
    ["com.example.team", true],
    ["example.com/team", true],
    ["team", true],
    ["Example.com/team", false],
    ["has space", false],
    [`${"a".repeat(64)}`, false],
    ["/team", false],
  ])("%s valid: %s", (key, valid) => expect(isQualifiedName(key)).toBe(valid));
});
