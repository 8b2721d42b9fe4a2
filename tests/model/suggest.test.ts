import { describe, expect, it } from "vitest";
import { closestKey, editDistance, nearest } from "../../src/model/suggest.js";

describe("editDistance", () => {
  it.each<[string, string, number]>([
    ["", "", 0],
    ["image", "image", 0],
    ["imagee", "image", 1],
    ["prots", "ports", 1],
    ["cronjbo", "cronjob", 1],
    ["abc", "", 3],
    ["kitten", "sitting", 3],
  ])("%j → %j: %i", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe("nearest", () => {
  it("orders by distance, ties in the order given, case ignored", () => {
    expect(nearest("PROT", ["ports", "port", "expose"])).toEqual(["port", "ports", "expose"]);
    expect(nearest("ab", ["ac", "aa", "ab"])).toEqual(["ab", "ac", "aa"]);
  });

  it("keeps only candidates within maxDistance, at most count of them", () => {
    expect(nearest("port", ["ports", "expose", "porty", "sport"], { maxDistance: 1 })).toEqual(["ports", "porty", "sport"]);
    expect(nearest("port", ["ports", "expose", "porty", "sport"], { maxDistance: 1, count: 2 })).toEqual(["ports", "porty"]);
    expect(nearest("zzzz", ["ports"], { maxDistance: 2 })).toEqual([]);
  });
});

describe("closestKey", () => {
  it.each<[string, string[], string | undefined]>([
    ["imagee", ["image", "ports"], "image"],
    ["enviroment", ["environment", "env_file"], "environment"],
    ["port", ["ports", "expose"], "ports"],
    ["Image", ["image"], "image"],
    ["foo", ["image", "ports"], undefined],
    ["kompose.servcie.type", ["kompose.service.type", "kompose.service.expose"], "kompose.service.type"],
  ])("%s → %s", (key, known, expected) => {
    expect(closestKey(key, known)).toBe(expected);
  });

  it("prefers the key listed first on a tie", () => {
    expect(closestKey("abcd", ["abce", "abcf"])).toBe("abce");
  });
});
