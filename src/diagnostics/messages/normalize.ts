import type { MessageRows } from "./table.js";
import { normalizePodMessages } from "./normalize-pod.js";

/** Diagnostics of the normalize stage: short syntaxes that do not parse, files that cannot be read. */
export const normalizeMessages = {
  ...normalizePodMessages,
  "port-syntax": {
    severity: "error",
    text: (p: { value: string; reason?: string }) =>
      `cannot read the port "${p.value}"${p.reason ? ` (${p.reason})` : ""}. Expected [HOST_IP:][PUBLISHED:]TARGET[/PROTOCOL] with ports or equal-length ranges, for example "8080:80", "127.0.0.1:5432:5432/tcp" or "8000-8002:9000-9002".`,
  },
  "port-range": {
    severity: "error",
    text: (p: { value: string }) =>
      `port ${p.value} is out of range. Expected a port between 1 and 65535, for example 8080.`,
  },
  "port-published-range": {
    severity: "warning",
    text: (p: { value: string; chosen: number }) =>
      `the published range "${p.value}" maps to a single container port: Compose picks a free host port from it, Kubernetes needs one port, so kubepose uses ${p.chosen}. Write a single published port to choose it yourself, for example "8080:80".`,
  },
  "duration-syntax": {
    severity: "error",
    text: (p: { value: string }) =>
      `cannot read the duration "${p.value}". Expected numbers with units h, m, s, ms, us or ns, for example "1m30s", "10s" or "1.5s".`,
  },
  "size-syntax": {
    severity: "error",
    text: (p: { value: string }) =>
      `cannot read the size "${p.value}". Expected a number of bytes, optionally with a unit b, k, m, g, t or p (1k = 1024 bytes), for example "512m" or 1073741824.`,
  },
  "command-syntax": {
    severity: "error",
    text: (p: { value: string; reason: string }) =>
      `cannot split the command "${p.value}": ${p.reason}. Expected shell-style words with closed quotes, for example echo "hello world", or a list like ["echo", "hello world"].`,
  },
  "environment-syntax": {
    severity: "error",
    text: (p: { value: string }) =>
      `cannot read the environment entry "${p.value}". Expected KEY=value or KEY (to take KEY from the shell), for example "LOG_LEVEL=debug".`,
  },
  "env-file-missing": {
    severity: "error",
    text: (p: { file: string }) =>
      `the env_file ${p.file} does not exist. Expected an existing file, or mark it optional with the long form, for example env_file: [{ path: ./local.env, required: false }].`,
  },
  "env-file-format": {
    severity: "error",
    text: (p: { value: string }) =>
      `unknown env_file format "${p.value}". Expected "raw", or no format for the usual Compose rules, for example { path: ./app.env, format: raw }.`,
  },
  "boolean-syntax": {
    severity: "error",
    text: (p: { value: string }) =>
      `cannot read "${p.value}" as a boolean. Expected true or false, for example read_only: true.`,
  },
  "integer-syntax": {
    severity: "error",
    text: (p: { value: string; minimum: number }) =>
      `cannot read "${p.value}" as a whole number of at least ${p.minimum}. Expected a whole number, for example ${Math.max(p.minimum, 3)}.`,
  },
  "number-syntax": {
    severity: "error",
    text: (p: { value: string }) =>
      `cannot read "${p.value}" as a number. Expected a decimal number, for example cpus: "0.5".`,
  },
  "mode-syntax": {
    severity: "error",
    text: (p: { value: string }) =>
      `cannot read the file mode "${p.value}". Expected octal permission bits, for example "0440" or "1777".`,
  },
  "volume-syntax": {
    severity: "error",
    text: (p: { value: string; reason: string }) =>
      `cannot read the volume "${p.value}": ${p.reason}. Expected [SOURCE:]TARGET[:MODE] with an absolute target, for example "data:/var/lib/data", "./conf:/etc/app:ro" or "/cache".`,
  },
  "tmpfs-option": {
    severity: "warning",
    text: (p: { option: string }) =>
      `the tmpfs option "${p.option}" has no Kubernetes equivalent and is dropped; only size is kept (as the emptyDir size limit). For example "/run:size=64m".`,
  },
  "bind-not-read": {
    severity: "warning",
    text: (p: { source: string; limit: string }) =>
      `the bind-mounted ${p.source} holds more than ${p.limit}, too much to copy into a ConfigMap, so its content is not read. Mount a smaller directory, or use a named volume, for example "data:/var/lib/app".`,
  },
  "file-missing": {
    severity: "error",
    text: (p: { file: string }) =>
      `the file ${p.file} does not exist. Expected a file relative to the project directory, for example file: ./config/app.conf.`,
  },
  "variable-unset": {
    severity: "error",
    text: (p: { name: string }) =>
      `the variable ${p.name} is not set, so its value cannot be used as content. Set it in the shell or in .env, for example ${p.name}=value.`,
  },
  "healthcheck-test": {
    severity: "error",
    text: (p: { value: string }) =>
      `cannot read the healthcheck test ${p.value}. Expected a list starting with CMD, CMD-SHELL or NONE, or a shell string, for example ["CMD", "curl", "-f", "http://localhost"].`,
  },
  "user-syntax": {
    severity: "error",
    text: (p: { value: string }) =>
      `cannot read the user "${p.value}". Expected USER or USER:GROUP, by name or number, for example "1000:1000" or "www-data".`,
  },
  "extra-host-syntax": {
    severity: "error",
    text: (p: { value: string }) =>
      `cannot read the extra host "${p.value}". Expected HOSTNAME=IP or HOSTNAME:IP, for example "db.local=10.0.0.5" or "ip6.local=::1".`,
  },
  "replicas-conflict": {
    severity: "error",
    text: (p: { scale: number; replicas: number }) =>
      `scale (${p.scale}) and deploy.replicas (${p.replicas}) disagree. Expected only one of them, or equal values, for example deploy: { replicas: ${p.replicas} }.`,
  },
  "volumes-from-syntax": {
    severity: "error",
    text: (p: { value: string }) =>
      `cannot read the volumes_from entry "${p.value}". Expected SERVICE[:ro|rw] or container:NAME[:ro|rw], for example "db:ro" or "container:backup".`,
  },
  "service-disabled-by-profile": {
    severity: "note",
    text: (p: { service: string; profiles: string; example: string }) =>
      `service "${p.service}" is not converted: it belongs to the profile${p.profiles.includes(",") ? "s" : ""} ${p.profiles}, and none is enabled. Enable one to convert it, for example --profile ${p.example} or COMPOSE_PROFILES=${p.example}.`,
  },
  "disabled-service-reference": {
    severity: "error",
    text: (p: { service: string; relation: string; target: string; profiles: string; example: string; optional: boolean }) =>
      `service "${p.service}" refers to "${p.target}" in ${p.relation}, but "${p.target}" is disabled: it belongs to the profile${p.profiles.includes(",") ? "s" : ""} ${p.profiles}, and none is enabled. ` +
      `Expected the services it refers to be enabled too, for example --profile ${p.example}` +
      (p.optional ? `, or mark the dependency optional with depends_on: { ${p.target}: { required: false } }.` : "."),
  },
} satisfies MessageRows;
