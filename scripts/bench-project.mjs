// The bench's generated project: COUNT services written the way a large generated Compose file is
// (image, command, a published port, plain and credential variables, a named volume, a healthcheck,
// a depends_on chain and resource limits), one named volume each. Used by scripts/bench.mjs and
// tests/views/each-block.test.ts.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

function service(index, count) {
  const name = `svc-${String(index).padStart(4, "0")}`;
  // A chain svc-0000 → svc-0001 → … that ends: a loop would be a dependency cycle, an error.
  const dependsOn = index < count - 1 ? `    depends_on:\n      - svc-${String(index + 1).padStart(4, "0")}\n` : "";
  return `  ${name}:
    image: registry.example.com/team/${name}:1.0.${index}
    command: ["serve", "--port", "8080"]
    ports:
      - "${10000 + index}:8080"
    environment:
      LOG_LEVEL: info
      DB_PASSWORD: secret-${index}
    volumes:
      - data-${index}:/var/lib/app
    healthcheck:
      test: ["CMD-SHELL", "curl -f http://localhost:8080/health"]
      interval: 10s
      retries: 3
${dependsOn}    deploy:
      resources:
        limits: { cpus: "0.5", memory: 256M }
`;
}

/** The compose.yaml of `count` services (tests/views/each-block.test.ts converts one too). */
export function benchCompose(count) {
  const services = Array.from({ length: count }, (_, i) => service(i, count)).join("");
  const volumes = Array.from({ length: count }, (_, i) => `  data-${i}:\n`).join("");
  return `name: bench\nservices:\n${services}volumes:\n${volumes}`;
}

/** Writes compose.yaml with `count` services into a new temporary folder; returns the folder and line count. */
export function generateProject(count) {
  const directory = mkdtempSync(join(tmpdir(), `kubepose-bench-${count}-`));
  const text = benchCompose(count);
  writeFileSync(join(directory, "compose.yaml"), text);
  return { directory, lines: text.split("\n").length };
}
