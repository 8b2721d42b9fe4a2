import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { normalize } from "../../src/normalize/index.js";
import { composeFileSchema } from "../../src/validate/schema.js";
import { memoryContext } from "../helpers/memory-context.js";

const compose = `
services:
  web:
    image: nginx:1.27
    ports: ["8080:80", { target: 443, published: "8443" }]
    volumes:
      - ./site:/usr/share/nginx/html:ro
      - cache:/var/cache/nginx
    configs: [nginx]
    depends_on:
      api: { condition: service_healthy }
    restart: unless-stopped
  api:
    build: { context: ./api, args: [VERSION] }
    command: node server.js --port "3000"
    entrypoint: []
    environment:
      - LOG_LEVEL=debug
      - TAG
    env_file: api.env
    expose: ["3000"]
    secrets: [db_password]
    healthcheck:
      test: ["CMD", "wget", "-qO-", "http://localhost:3000/health"]
      interval: 10s
    deploy:
      replicas: 2
      resources: { limits: { cpus: "0.5", memory: 256M } }
    user: "1000:1000"
    stop_grace_period: 1m30s
    networks: [back]
    tmpfs: /tmp
    read_only: true
volumes:
  cache:
networks:
  back:
configs:
  nginx: { file: ./nginx.conf }
secrets:
  db_password: { environment: DB_PASSWORD }
`;

const context = () => {
  const memory = memoryContext({
    "/project/site/index.html": "<h1>hi</h1>",
    "/project/nginx.conf": "server {}",
    "/project/api.env": "DB_HOST=db\nLOG_LEVEL=info\n",
  });
  return {
    projectName: "shop",
    workingDir: "/project",
    env: { TAG: "1.2.3", VERSION: "9", DB_PASSWORD: "pw" },
    readFile: memory.readFile,
    isDirectory: memory.isDirectory,
    listDirectory: memory.listDirectory,
  };
};

describe("normalize", () => {
  const file = composeFileSchema().parse(parse(compose));
  const { value: project, diagnostics } = normalize(file, context());
  const [web, api] = project.services;

  it("reports nothing on a valid project", () => {
    expect(diagnostics).toEqual([]);
  });

  it("keeps services in file order with their keys as written", () => {
    expect(project).toMatchObject({ name: "shop", workingDir: "/project" });
    expect(project.services.map((s) => s.name)).toEqual(["web", "api"]);
    // zod's parse lists keys in schema order, so only the set is checked here; normalize keeps whatever order it is given.
    expect([...(web?.keys ?? [])].sort()).toEqual(["configs", "depends_on", "image", "ports", "restart", "volumes"]);
    expect(web?.path).toEqual(["services", "web"]);
  });

  it("parses the web service", () => {
    expect(web).toMatchObject({
      image: "nginx:1.27",
      ports: [
        { target: 80, published: 8080, protocol: "tcp", path: ["services", "web", "ports", 0] },
        { target: 443, published: 8443, protocol: "tcp", path: ["services", "web", "ports", 1] },
      ],
      volumes: [
        { type: "bind", source: "/project/site", target: "/usr/share/nginx/html", readOnly: true, insideProject: true,
          files: [{ path: "index.html", content: "<h1>hi</h1>" }] },
        { type: "volume", source: "cache", target: "/var/cache/nginx", readOnly: false },
      ],
      configs: [{ source: "nginx", target: "/nginx" }],
      dependsOn: [{ service: "api", condition: "service_healthy", required: true, restart: false }],
      restart: { policy: "unless-stopped", path: ["services", "web", "restart"] },
      networks: [{ name: "default", aliases: [] }],
      environment: {},
      limits: {},
      privileged: false,
    });
    expect(web).not.toHaveProperty("command");
    expect(web).not.toHaveProperty("entrypoint");
  });

  it("parses the api service", () => {
    expect(api).toMatchObject({
      build: { context: "/project/api", args: { VERSION: "9" } },
      command: ["node", "server.js", "--port", "3000"],
      entrypoint: [],
      environment: { DB_HOST: "db", LOG_LEVEL: "debug", TAG: "1.2.3" },
      environmentPaths: {
        DB_HOST: ["services", "api", "env_file"],
        LOG_LEVEL: ["services", "api", "environment", 0],
        TAG: ["services", "api", "environment", 1],
      },
      expose: [{ port: 3000, protocol: "tcp" }],
      secrets: [{ source: "db_password", target: "/run/secrets/db_password" }],
      healthcheck: { disabled: false, test: ["wget", "-qO-", "http://localhost:3000/health"], intervalSeconds: 10 },
      replicas: 2,
      limits: { cpus: 0.5, memoryBytes: 268435456 },
      user: { user: "1000", group: "1000", uid: 1000, gid: 1000 },
      stopGracePeriodSeconds: 90,
      networks: [{ name: "back", aliases: [], path: ["services", "api", "networks", 0] }],
      volumes: [{ type: "tmpfs", target: "/tmp", path: ["services", "api", "tmpfs"] }],
      readOnly: true,
    });
  });

  it("reads the top-level sections", () => {
    expect(project.volumes).toEqual({ cache: { name: "cache", external: false, driverOpts: {}, labels: {}, path: ["volumes", "cache"] } });
    expect(project.networks).toEqual({ back: { name: "back", external: false, internal: false, path: ["networks", "back"] } });
    expect(project.configs.nginx).toEqual({ name: "nginx", external: false, file: "/project/nginx.conf", content: "server {}", path: ["configs", "nginx"] });
    expect(project.secrets.db_password).toEqual({ name: "db_password", external: false, environment: "DB_PASSWORD", content: "pw", path: ["secrets", "db_password"] });
  });

  it("keeps keys in the order of the document it is given, without x- extensions", () => {
    const result = normalize({ services: { s: { restart: "no", image: "x", "x-note": 1 } } } as Parameters<typeof normalize>[0], context());
    expect(result.value.services[0]?.keys).toEqual(["restart", "image"]);
  });

  it("collects every error with its path instead of stopping at the first", () => {
    const bad = composeFileSchema().parse(
      parse(`
services:
  a:
    image: x
    ports: ["80:http"]
    stop_grace_period: soon
    env_file: missing.env
    command: echo "unterminated
  b:
    image: y
    mem_limit: lots
`),
    );
    const result = normalize(bad, context());
    expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["env-file-missing", ["services", "a", "env_file"]],
      ["port-syntax", ["services", "a", "ports", 0]],
      ["command-syntax", ["services", "a", "command"]],
      ["duration-syntax", ["services", "a", "stop_grace_period"]],
      ["size-syntax", ["services", "b", "mem_limit"]],
    ]);
    expect(result.value.services.map((s) => s.name)).toEqual(["a", "b"]);
  });
});
