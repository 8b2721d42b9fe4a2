import type { Path } from "../diagnostics/types.js";

/**
 * A valid value for the keys people most often get wrong, shown under `invalid-type` and
 * `missing-key` messages. Keyed by the name of the key; list items use the name of their list.
 */
const EXAMPLES = {
  services: "services:\n  web:\n    image: nginx:1.27",
  image: 'image: "nginx:1.27"',
  build: "build: ./app    # or: build: {context: ./app, dockerfile: Dockerfile}",
  ports: 'ports: ["8080:80", "443:443/tcp"]    # or: - {target: 80, published: "8080"}',
  expose: 'expose: ["3000", 8080]',
  environment: "environment: {DEBUG: \"1\", PORT: \"8080\"}    # or: [\"DEBUG=1\", \"PORT=8080\"]",
  labels: 'labels: {com.example.team: "web"}    # or: ["com.example.team=web"]',
  annotations: 'annotations: {com.example.note: "x"}    # or: ["com.example.note=x"]',
  args: 'args: {NODE_VERSION: "20"}    # or: ["NODE_VERSION=20"]',
  sysctls: 'sysctls: {net.core.somaxconn: 1024}    # or: ["net.core.somaxconn=1024"]',
  volumes: 'volumes: ["data:/var/lib/data", "./conf:/etc/app:ro"]    # or: - {type: bind, source: ./conf, target: /etc/app}',
  command: 'command: ["npm", "start"]    # or: command: npm start',
  entrypoint: 'entrypoint: ["/docker-entrypoint.sh"]    # or: entrypoint: /docker-entrypoint.sh',
  healthcheck: 'healthcheck:\n  test: ["CMD", "curl", "-f", "http://localhost"]\n  interval: 30s\n  retries: 3',
  test: 'test: ["CMD", "curl", "-f", "http://localhost"]    # or: test: curl -f http://localhost',
  depends_on: "depends_on: [db]    # or: depends_on: {db: {condition: service_healthy}}",
  networks: "networks: [front, back]    # or: networks: {front: {aliases: [web]}}",
  env_file: "env_file: .env    # or: env_file: [.env, {path: .env.local, required: false}]",
  extra_hosts: 'extra_hosts: ["db.local=10.0.0.5"]    # or: extra_hosts: {db.local: 10.0.0.5}',
  dns: "dns: 8.8.8.8    # or: dns: [8.8.8.8, 1.1.1.1]",
  tmpfs: "tmpfs: /run    # or: tmpfs: [/run, /tmp]",
  secrets: "secrets: [db_password]    # or: - {source: db_password, target: /run/secrets/db}",
  configs: "configs: [nginx_conf]    # or: - {source: nginx_conf, target: /etc/nginx/nginx.conf}",
  profiles: "profiles: [debug]",
  cap_add: "cap_add: [NET_ADMIN]",
  ulimits: "ulimits: {nofile: {soft: 20000, hard: 40000}, nproc: 65535}",
  deploy: "deploy:\n  replicas: 2\n  resources: {limits: {cpus: \"0.5\", memory: 512M}}",
  replicas: "replicas: 2",
  resources: 'resources: {limits: {cpus: "0.5", memory: 512M}}',
  memory: "memory: 512M",
  cpus: 'cpus: "0.5"',
  logging: 'logging: {driver: json-file, options: {max-size: "10m"}}',
  condition: "condition: service_healthy",
  restart: "restart: unless-stopped",
  target: "target: 80",
  published: 'published: "8080"',
  source: "source: data",
  type: "type: volume",
  path: "path: ./src",
  action: "action: sync",
  model: "model: ai/smollm2",
  service: "service: base",
  capabilities: "capabilities: [gpu]",
  include: "include: [other/compose.yaml]",
  interval: "interval: 30s",
  timeout: "timeout: 10s",
  start_period: "start_period: 5s",
  stop_grace_period: "stop_grace_period: 30s",
  user: 'user: "1000:1000"',
  working_dir: "working_dir: /app",
  hostname: "hostname: web",
  container_name: "container_name: my-web",
} satisfies Record<string, string>;

/**
 * The example for the nearest key along the path that has one:
 * ["services","web","ports",0] → `ports`; ["services","web"] → `services`.
 */
export function exampleFor(path: Path): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const part = path[i];
    if (typeof part === "string" && Object.hasOwn(EXAMPLES, part)) return EXAMPLES[part as keyof typeof EXAMPLES];
  }
  return undefined;
}
