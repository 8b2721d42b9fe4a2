import { describe, expect, it } from "vitest";
import { kubepose, project } from "./run.js";

/** The error lines of a run (without the quoted source lines and carets). */
const errorLines = (stderr: string) => stderr.split("\n").filter((line) => /^compose\.yaml:\d+:\d+: error/.test(line));

describe("errors as a compiler gives them", () => {
  it("reports every independent error of a file in one run: schema, references, values and interpolation", () => {
    const directory = project({
      "compose.yaml": `x-limits: &limits
  cpus: 2 cores
services:
  web:
    build: ./web
    depends_on: [dbb]
    healthcheck:
      test: ["CMD", "curl", "-f", "http://localhost:8080/health"]
      interval: 10
    restart: sometimes
    deploy:
      replicas: "two"
      resources:
        limits: *limits
    environment:
      DATABASE_URL: "postgres://\${DB_HOST:-db/shop"
  db:
    image: postgres:16
`,
    });
    const run = kubepose(["validate"], directory);
    expect(run.status).toBe(1);
    expect(errorLines(run.stderr).map((line) => line.replace(/: .*?error\[/, " [").replace(/\].*/, "]"))).toEqual([
      "compose.yaml:2:3 [number-syntax]",
      "compose.yaml:6:18 [undefined-reference]",
      "compose.yaml:9:7 [invalid-type]",
      "compose.yaml:10:5 [invalid-value]",
      "compose.yaml:12:7 [integer-syntax]",
      "compose.yaml:16:33 [interpolation-syntax]",
    ]);
  });

  it("does not report what only the removal of a bad part caused", () => {
    const run = kubepose(["validate"], project({ "compose.yaml": "services:\n  api:\n    image: app\n    depends_on: [db]\n  db:\n    image: postgres\n    restart: sometimes\n" }));
    expect(errorLines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toContain("error[invalid-value]");
  });

  it.each([
    ["depends_on: [dbb]", "services:\n  web:\n    image: nginx\n    depends_on: [dbb]\n  db:\n    image: postgres\n", 'service "dbb" is not defined in the top-level "services" section; did you mean "db"?'],
    ["a volume", "services:\n  db:\n    image: postgres\n    volumes: [pgdata:/var/lib/postgresql/data]\nvolumes:\n  pg-data: {}\n", 'did you mean "pg-data"?'],
    ["a network", "services:\n  web:\n    image: nginx\n    networks: [fronted]\nnetworks:\n  frontend: {}\n", 'did you mean "frontend"?'],
    ["a secret", "services:\n  web:\n    image: nginx\n    secrets: [db_pasword]\nsecrets:\n  db_password:\n    file: ./pw.txt\n", 'did you mean "db_password"?'],
    ["a config", "services:\n  web:\n    image: nginx\n    configs: [nginx_cnf]\nconfigs:\n  nginx_conf:\n    file: ./nginx.conf\n", 'did you mean "nginx_conf"?'],
  ])("suggests the closest declared name for %s", (_what, text, message) => {
    const run = kubepose(["validate"], project({ "compose.yaml": text, "pw.txt": "x", "nginx.conf": "" }));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(message);
  });

  it("says ports indented under services belong in a service, with a list example, not a mapping message", () => {
    const run = kubepose(["validate"], project({ "compose.yaml": 'services:\n  web:\n    image: nginx\n  ports:\n    - "8080:80"\n' }));
    expect(run.status).toBe(1);
    expect(errorLines(run.stderr)).toEqual([
      'compose.yaml:4:3: error[misplaced-key]: "ports" is a Compose key, but it sits under "services", where it reads as a service named "ports"; did you mean to put `ports` inside a service (services.NAME.KEY)? For example:',
    ]);
    expect(run.stderr).not.toContain("must be a mapping");
  });

  it("says volume declarations under services belong at the top level", () => {
    const run = kubepose(["validate"], project({ "compose.yaml": "services:\n  db:\n    image: postgres\n    volumes: [data:/var/lib/postgresql/data]\n  volumes:\n    data: {}\n" }));
    expect(run.stderr).toContain("did you mean to put `volumes` at the top level? For example:\n    services:\n");
    expect(errorLines(run.stderr)).toHaveLength(1);
  });

  it("says a service key at the top level belongs in a service", () => {
    const run = kubepose(["validate"], project({ "compose.yaml": "services:\n  web:\n    image: nginx\nenvironment:\n  DEBUG: 1\n" }));
    expect(run.stderr).toContain("compose.yaml:4:1: error[misplaced-key]: \"environment\" is a Compose key, but it sits at the top level; did you mean to put `environment` inside a service");
  });

  it("shows the YAML example as lines, not as \\n", () => {
    const run = kubepose(["validate"], project({ "compose.yaml": "services:\n  web:\n    image: [nginx\n" }));
    expect(run.stderr).toContain("for example:\n    services:\n      web:\n        image: nginx\n");
    expect(run.stderr).not.toContain("\\n");
  });

  it("points the caret at the ${ inside a value, not at the start of the item", () => {
    const run = kubepose(["validate"], project({ "compose.yaml": 'services:\n  web:\n    image: nginx\n    environment:\n      DATABASE_URL: "postgres://${DB_HOST:-db/shop"\n' }));
    expect(errorLines(run.stderr)[0]).toMatch(/^compose\.yaml:5:33: error\[interpolation-syntax\]/);
    expect(run.stderr).toContain(' 5 |       DATABASE_URL: "postgres://${DB_HOST:-db/shop"\n   |                                 ^');
  });

  it("points the caret at the file name of a missing env_file, in the short and the long syntax", () => {
    const run = kubepose(["validate"], project({ "compose.yaml": "services:\n  web:\n    image: nginx\n    env_file:\n      - ./web.env\n      - path: ./local.env\n" }));
    expect(errorLines(run.stderr).map((line) => line.split(": error")[0])).toEqual(["compose.yaml:5:9", "compose.yaml:6:15"]);
  });
});
