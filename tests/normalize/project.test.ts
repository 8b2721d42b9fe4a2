import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { normalize, type NormalizeContext } from "../../src/normalize/index.js";
import { composeFileSchema } from "../../src/validate/schema.js";

// normalize returns the project docker compose would run: profiles applied, then the project-level rules.
const compose = `
x-app: &app
  build: ./app
  environment:
    DATABASE_URL: postgres://app:app@db:5432/app
  depends_on: [db]

services:
  web:
    <<: *app
    ports: ["8000:8000"]
  worker:
    <<: *app
    command: celery -A app worker
  db:
    image: postgres:16
    volumes: [./data/db:/var/lib/postgresql/data]
  adminer:
    image: adminer:4
    profiles: [debug]
    depends_on: [db]
    ports: ["8080:8080"]
`;

const file = (text: string) => composeFileSchema().parse(parse(text, { merge: true }));
const context = (profiles: string[] = [], env: Record<string, string> = {}): NormalizeContext => ({
  projectName: "shop",
  workingDir: "/project",
  env,
  readFile: () => undefined,
  profiles,
});
const names = (text: string, c: NormalizeContext) => normalize(file(text), c).value.services.map((service) => service.name);
const codes = (text: string, c: NormalizeContext) => normalize(file(text), c).diagnostics.map((d) => [d.code, d.path.join(".")]);

describe("normalize: the project that would run", () => {
  it("leaves out the services of inactive profiles, with a note each", () => {
    expect(names(compose, context())).toEqual(["web", "worker", "db"]);
    expect(codes(compose, context())).toEqual([["service-disabled-by-profile", "services.adminer.profiles"]]);
  });

  it("takes the --profile flags, or else COMPOSE_PROFILES from the project's variables", () => {
    expect(names(compose, context(["debug"]))).toEqual(["web", "worker", "db", "adminer"]);
    expect(names(compose, context([], { COMPOSE_PROFILES: "debug" }))).toEqual(["web", "worker", "db", "adminer"]);
    expect(names(compose, context(["other"], { COMPOSE_PROFILES: "debug" }))).toEqual(["web", "worker", "db"]);
  });

  it("reports a dependency cycle once, at the edge that closes it", () => {
    const loop = compose.replace("image: postgres:16", "image: postgres:16\n    depends_on: [worker]");
    const cycles = normalize(file(loop), context()).diagnostics.filter((d) => d.code === "dependency-cycle");
    expect(cycles.map((d) => d.path.join("."))).toEqual(["services.worker.depends_on.0"]);
    expect(cycles[0]?.message).toContain("db → worker → db");
  });

  it("checks cycles among the enabled services only", () => {
    const throughAdminer = compose.replace("image: postgres:16", "image: postgres:16\n    depends_on: [adminer]");
    // adminer is off: db naming it is its own error, and no cycle runs through it.
    expect(codes(throughAdminer, context())).toEqual([
      ["service-disabled-by-profile", "services.adminer.profiles"],
      ["disabled-service-reference", "services.db.depends_on.0"],
    ]);
    expect(codes(throughAdminer, context(["debug"]))).toEqual([["dependency-cycle", "services.adminer.depends_on.0"]]);
  });

  it("returns the parsed project as it is when parsing reports an error", () => {
    const broken = compose.replace('ports: ["8080:8080"]', 'ports: ["80:eighty"]');
    const result = normalize(file(broken), context());
    expect(result.diagnostics.map((d) => d.severity)).toContain("error");
    expect(result.value.services.map((service) => service.name)).toContain("adminer");
    expect(result.diagnostics.map((d) => d.code)).not.toContain("service-disabled-by-profile");
  });
});
