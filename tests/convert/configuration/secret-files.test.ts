import { describe, expect, it } from "vitest";
import { runPipeline } from "../../../src/pipeline.js";
import { memoryContext } from "../../helpers/memory-context.js";
import { checkManifests } from "../../../src/check/index.js";

const PASSWORD = "pg-pass-8d1c";

function convert(compose: string) {
  const files = {
    "/project/compose.yaml": compose,
    "/project/config/db.txt": PASSWORD,
    "/project/config/app.properties": "db.host=db\n",
  };
  const result = runPipeline({ files: [] }, memoryContext(files));
  const manifests = result.manifests ?? [];
  return { result, manifests, kinds: manifests.map((m) => `${m.object.kind}/${m.object.metadata.name}`) };
}

describe("a file declared as a Compose secret reaches no ConfigMap", () => {
  const secrets = `secrets:
  db_password:
    file: ./config/db.txt
`;

  it("through a bind mount of its folder: the folder's copy becomes a Secret", () => {
    const { manifests, kinds } = convert(`services:
  app:
    image: registry.example.com/app:1.0
    volumes:
      - ./config:/app/config:ro
    secrets: [db_password]
${secrets}`);
    expect(kinds).toContain("Secret/app-bind-0");
    for (const m of manifests) if (m.object.kind !== "Secret") expect(JSON.stringify(m.object)).not.toContain(PASSWORD);
    expect(checkManifests(manifests)).toEqual([]);
  });

  it("through a config of the same file: the config becomes a Secret, mounted from it, with a note", () => {
    const { result, manifests, kinds } = convert(`services:
  app:
    image: registry.example.com/app:1.0
    configs:
      - source: db_conf
        target: /app/db.txt
    secrets: [db_password]
configs:
  db_conf:
    file: ./config/db.txt
${secrets}`);
    expect(kinds).toContain("Secret/config-db-conf");
    expect(kinds).not.toContain("ConfigMap/config-db-conf");
    for (const m of manifests) if (m.object.kind !== "Secret") expect(JSON.stringify(m.object)).not.toContain(PASSWORD);
    const deployment = JSON.stringify(manifests.find((m) => m.object.kind === "Deployment")?.object);
    expect(deployment).toContain('"secretName":"config-db-conf"');
    expect(result.diagnostics.map((d) => d.code)).toContain("config-secret-file");
    expect(checkManifests(manifests)).toEqual([]);
  });

  it("the same folder, with no secret declared on its file, stays a ConfigMap (the rule needs the declaration, not a name)", () => {
    const { kinds } = convert(`services:
  app:
    image: registry.example.com/app:1.0
    volumes:
      - ./config:/app/config:ro
`);
    expect(kinds).toContain("ConfigMap/app-bind-0");
  });
});
