import { describe, expect, it } from "vitest";
import { catalogue } from "../../src/explain/catalogue.generated.js";
import { groupedTopics, resolveTopic, TOPIC_ALIASES } from "../../src/explain/topics.js";
import { parseDetail, renderDetail } from "../../src/explain/detail.js";
import { wrapWords } from "../../src/explain/wrap.js";

const idOf = (query: string) => {
  const match = resolveTopic(query);
  return match.kind === "found" ? match.explanation.id : match.kind;
};

describe("resolveTopic", () => {
  it.each([
    ["ports-to-service", "ports-to-service"], // exact id
    ["  Ports-To-Service ", "ports-to-service"], // case and spaces
    ["ports", "ports-to-service"], // alias
    ["volumes", "named-volume-to-pvc"],
    ["healthcheck", "healthcheck-to-probes"],
    ["secrets", "secrets-to-secret"],
    ["environment", "environment-to-configmap"],
    ["env", "environment-to-configmap"],
    ["restart", "restart-policy"],
    ["services.*.ports", "ports-to-service"], // Compose key
    ["services.web.ports", "ports-to-service"],
    ["stop_grace_period", "stop-grace-period"],
    ["cap_drop", "capabilities"],
    ["deploy.resources", "resources"],
    ["depends_on", "depends-on"],
    ["env_file", "env-file"],
    ["extra_hosts", "extra-hosts-to-host-aliases"],
    ["healthch", "healthcheck-to-probes"], // prefix
    ["host-al", "extra-hosts-to-host-aliases"], // substring
    ["persistentvolumeclaim", "named-volume-to-pvc"], // in a title
  ])("%s → %s", (query, id) => {
    expect(idOf(query)).toBe(id);
  });

  it.each([
    ["services.*.volumes", ["anonymous-volume", "bind-mount-to-configmap", "bind-mount-to-pvc", "host-bind-mount", "named-volume-to-pvc", "tmpfs-to-emptydir"]],
    ["services.*.environment", ["environment-to-configmap", "sensitive-environment-to-secret"]],
    ["to-", undefined],
  ])("%s is ambiguous", (query, candidates) => {
    const match = resolveTopic(query);
    expect(match.kind).toBe("ambiguous");
    if (match.kind === "ambiguous" && candidates) expect([...match.candidates].sort()).toEqual(candidates);
  });

  it.each([
    ["healthchek", ["healthcheck"]],
    ["namespaec", ["namespace"]],
    // Two swapped letters are one edit, as for Compose keys.
    ["cornjobx", ["cronjob"]],
    ["zzzzzzzz", []],
    ["", []],
  ])("%s is unknown, suggesting %j", (query, suggestions) => {
    expect(resolveTopic(query)).toMatchObject({ kind: "unknown", suggestions });
  });

  it("suggests the nearest names first", () => {
    const match = resolveTopic("prots");
    expect(match.kind === "unknown" ? match.suggestions : []).toContain("ports");
  });

  it("never matches a bare word through services.*", () => {
    expect(idOf("web")).toBe("unknown");
  });

  it("has aliases that are not also ids", () => {
    for (const alias of Object.keys(TOPIC_ALIASES)) expect(Object.hasOwn(catalogue, alias)).toBe(false);
  });
});

describe("groupedTopics", () => {
  it("lists every topic exactly once", () => {
    const ids = groupedTopics().flatMap(({ topics }) => topics.map((topic) => topic.id));
    expect([...ids].sort()).toEqual(Object.keys(catalogue).sort());
  });
});

describe("detail text", () => {
  it("splits prose, items and code", () => {
    const detail = "One line\nand more.\n\n- first item\n  continued\n- second\n\n  services:\n\n    web: {}\n\nEnd.";
    expect(parseDetail(detail)).toEqual([
      { kind: "prose", text: "One line and more." },
      { kind: "item", text: "first item continued" },
      { kind: "item", text: "second" },
      { kind: "code", lines: ["services:", "", "  web: {}"] },
      { kind: "prose", text: "End." },
    ]);
  });

  it("renders to a width, code verbatim", () => {
    expect(renderDetail("aaa bbb ccc\n\n- ddd eee fff\n\n  x:   y", 8)).toEqual(["aaa bbb", "ccc", "", "- ddd", "  eee", "  fff", "", "    x:   y"]);
  });

  it.each([
    ["a b c", 3, ["a b", "c"]],
    ["averyveryverylongword b", 5, ["averyveryverylongword", "b"]],
    ["", 10, []],
  ])("wrapWords(%j, %i)", (text, width, lines) => {
    expect(wrapWords(text, width)).toEqual(lines);
  });

  it.each(Object.values(catalogue).map((entry) => [entry.id, entry.detail]))("%s detail has prose and no overlong prose line", (_id, detail) => {
    const blocks = parseDetail(detail);
    expect(blocks.some((block) => block.kind === "prose")).toBe(true);
    for (const line of renderDetail(detail, 100)) if (!line.startsWith("    ")) expect(line.length).toBeLessThanOrEqual(100);
  });
});
