import { describe, expect, it } from "vitest";
import { activeProfiles, applyProfiles, isEnabled, isProfileName } from "../../src/normalize/profiles.js";
import type { Service } from "../../src/model/project.js";
import { runPipeline } from "../../src/pipeline.js";
import { project, service } from "../convert/builder.js";
import { memoryContext } from "../helpers/memory-context.js";

describe("activeProfiles", () => {
  it.each([
    { flags: [], env: {}, expected: [] },
    { flags: [], env: { COMPOSE_PROFILES: "debug" }, expected: ["debug"] },
    { flags: [], env: { COMPOSE_PROFILES: "debug,test" }, expected: ["debug", "test"] },
    { flags: [], env: { COMPOSE_PROFILES: " debug , test " }, expected: ["debug", "test"] },
    { flags: [], env: { COMPOSE_PROFILES: ",debug,,  ," }, expected: ["debug"] },
    { flags: [], env: { COMPOSE_PROFILES: "" }, expected: [] },
    { flags: [], env: { COMPOSE_PROFILES: "*" }, expected: ["*"] },
    { flags: ["debug"], env: {}, expected: ["debug"] },
    { flags: ["debug", "test", "debug"], env: {}, expected: ["debug", "test"] },
    // As docker compose: flags replace COMPOSE_PROFILES, they do not add to it.
    { flags: ["test"], env: { COMPOSE_PROFILES: "debug" }, expected: ["test"] },
  ])("flags $flags with $env → $expected", ({ flags, env, expected }) => {
    expect(activeProfiles(flags, env)).toEqual(expected);
  });
});

describe("isProfileName", () => {
  it.each([
    ["debug", true],
    ["test-2", true],
    ["v1.2_x", true],
    ["9lives", true],
    ["*", true],
    ["-debug", false],
    [".hidden", false],
    ["two words", false],
    ["a,b", false],
    ["", false],
  ])("%j → %s", (name, expected) => {
    expect(isProfileName(name)).toBe(expected);
  });
});

describe("isEnabled", () => {
  it.each([
    { profiles: [], active: [], expected: true },
    { profiles: [], active: ["debug"], expected: true },
    { profiles: ["debug"], active: [], expected: false },
    { profiles: ["debug"], active: ["debug"], expected: true },
    { profiles: ["debug"], active: ["test"], expected: false },
    { profiles: ["debug", "test"], active: ["test"], expected: true },
    { profiles: ["debug", "test"], active: ["other", "debug"], expected: true },
    { profiles: ["debug"], active: ["*"], expected: true },
    { profiles: ["debug"], active: ["Debug"], expected: false },
  ])("profiles $profiles with active $active → $expected", ({ profiles, active, expected }) => {
    expect(isEnabled({ profiles }, active)).toBe(expected);
  });
});

const dependency = (name: string, required = true): Service["dependsOn"][number] => ({
  service: name,
  condition: "service_started",
  required,
  restart: false,
  path: ["services", "x", "depends_on", name],
});

// The specification's own example: web always; test_lib and coverage_lib in "test"; debug_lib in "debug",
// depending on test_lib.
const specExample = () =>
  project([
    service("web"),
    service("test_lib", { profiles: ["test"] }),
    service("coverage_lib", { profiles: ["test"], dependsOn: [{ ...dependency("test_lib"), path: ["services", "coverage_lib", "depends_on", 0] }] }),
    service("debug_lib", { profiles: ["debug"], dependsOn: [{ ...dependency("test_lib"), path: ["services", "debug_lib", "depends_on", 0] }] }),
  ]);

describe("applyProfiles", () => {
  it.each([
    { active: [], enabled: ["web"], disabled: ["test_lib", "coverage_lib", "debug_lib"], errors: [] },
    { active: ["test"], enabled: ["web", "test_lib", "coverage_lib"], disabled: ["debug_lib"], errors: [] },
    { active: ["*"], enabled: ["web", "test_lib", "coverage_lib", "debug_lib"], disabled: [], errors: [] },
    { active: ["test", "debug"], enabled: ["web", "test_lib", "coverage_lib", "debug_lib"], disabled: [], errors: [] },
    // debug_lib depends on test_lib, which "debug" alone does not enable: the model is invalid.
    { active: ["debug"], enabled: ["web", "debug_lib"], disabled: ["test_lib", "coverage_lib"], errors: [["services", "debug_lib", "depends_on", 0]] },
  ])("the specification's example with $active", ({ active, enabled, disabled, errors }) => {
    const { value, diagnostics } = applyProfiles(specExample(), active);
    expect(value.services.map((s) => s.name)).toEqual(enabled);
    const notes = diagnostics.filter((d) => d.code === "service-disabled-by-profile");
    expect(notes.map((d) => d.path)).toEqual(disabled.map((name) => ["services", name, "profiles"]));
    expect(notes.every((d) => d.severity === "note")).toBe(true);
    const errorPaths = diagnostics.filter((d) => d.severity === "error").map((d) => [d.code, d.path]);
    expect(errorPaths).toEqual(errors.map((path) => ["disabled-service-reference", path]));
  });

  it("returns the project itself when every service is enabled", () => {
    const whole = specExample();
    expect(applyProfiles(whole, ["*"]).value).toBe(whole);
  });

  it("drops an optional depends_on on a disabled service without an error", () => {
    const { value, diagnostics } = applyProfiles(project([service("web", { dependsOn: [dependency("cache", false), dependency("db")] }), service("db"), service("cache", { profiles: ["cache"] })]), []);
    expect(diagnostics.map((d) => d.code)).toEqual(["service-disabled-by-profile"]);
    expect(value.services.find((s) => s.name === "web")?.dependsOn.map((d) => d.service)).toEqual(["db"]);
  });

  it.each([
    { relation: "links", overrides: { links: [{ service: "tools", alias: "t", path: ["services", "web", "links", 0] }] }, path: ["services", "web", "links", 0] },
    { relation: "volumes_from", overrides: { volumesFrom: [{ kind: "service" as const, name: "tools", readOnly: true, path: ["services", "web", "volumes_from", 0] }] }, path: ["services", "web", "volumes_from", 0] },
    { relation: "network_mode", overrides: { networkMode: { kind: "service" as const, name: "tools", path: ["services", "web", "network_mode"] } }, path: ["services", "web", "network_mode"] },
  ])("a reference by $relation to a disabled service is an error at the reference", ({ overrides, path }) => {
    const { diagnostics } = applyProfiles(project([service("web", overrides), service("tools", { profiles: ["tools"] })]), []);
    const errors = diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => [d.code, d.path])).toEqual([["disabled-service-reference", path]]);
  });

  it("does not count volumes_from a container as a service reference", () => {
    const overrides = { volumesFrom: [{ kind: "container" as const, name: "tools", readOnly: false, path: ["services", "web", "volumes_from", 0] }] };
    const { diagnostics } = applyProfiles(project([service("web", overrides), service("tools", { profiles: ["tools"] })]), []);
    expect(diagnostics.map((d) => d.code)).toEqual(["service-disabled-by-profile"]);
  });
});

describe("profiles in the pipeline", () => {
  const files = {
    "compose.yaml": `services:
  web:
    image: nginx:1.27
  debug:
    image: busybox:1.36
    profiles: [debug]
`,
  };
  const serviceNames = (result: ReturnType<typeof runPipeline>) => result.project?.services.map((s) => s.name);

  const rows: { name: string; profiles: string[]; env: Record<string, string>; extra: Record<string, string>; expected: string[] }[] = [
    { name: "no profile", profiles: [], env: {}, extra: {}, expected: ["web"] },
    { name: "--profile debug", profiles: ["debug"], env: {}, extra: {}, expected: ["web", "debug"] },
    { name: "COMPOSE_PROFILES from the shell", profiles: [], env: { COMPOSE_PROFILES: "debug" }, extra: {}, expected: ["web", "debug"] },
    { name: "COMPOSE_PROFILES from .env", profiles: [], env: {}, extra: { ".env": "COMPOSE_PROFILES=debug\n" }, expected: ["web", "debug"] },
    { name: "--profile replacing COMPOSE_PROFILES", profiles: ["other"], env: { COMPOSE_PROFILES: "debug" }, extra: {}, expected: ["web"] },
  ];
  it.each(rows)("$name", ({ profiles, env, extra, expected }) => {
    const result = runPipeline({ files: [], profiles }, memoryContext({ ...files, ...extra }, env), "project");
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(serviceNames(result)).toEqual(expected);
  });

  it("places the note on the service's profiles key", () => {
    const result = runPipeline({ files: [] }, memoryContext(files), "project");
    const note = result.diagnostics.find((d) => d.code === "service-disabled-by-profile");
    expect(note?.location).toEqual({ file: "/project/compose.yaml", line: 6, column: 5 });
    expect(note?.message).toContain('"debug"');
  });
});
