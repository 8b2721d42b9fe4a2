/**
 * A row of the conformance corpus: a document after interpolation, and whether it is a valid Compose
 * file. `stricter` marks a document the official schema accepts but kubepose rejects on purpose, with
 * the reason (only where the value cannot mean anything).
 */
export type Row = { name: string; document: unknown; valid: boolean; stricter?: string };

export const valid = (name: string, document: unknown): Row => ({ name, document, valid: true });
export const invalid = (name: string, document: unknown): Row => ({ name, document, valid: false });
export const stricter = (name: string, document: unknown, why: string): Row => ({ name, document, valid: false, stricter: why });

type Fields = Record<string, unknown>;

/**
 * One row per key: `place` puts {key: value} where the keys belong, e.g.
 *   eachKey("healthcheck", (f) => web({ healthcheck: f }), false, { retries: true })
 * gives the row "healthcheck.retries = true" holding services.web.healthcheck.retries: true.
 */
export function eachKey(where: string, place: (fields: Fields) => unknown, isValid: boolean, values: Fields): Row[] {
  return Object.entries(values).map(([key, value]) => ({
    name: `${where}.${key} = ${JSON.stringify(value)}`,
    document: place({ [key]: value }),
    valid: isValid,
  }));
}

/**
 * A service "web" in a project where every name a service may refer to exists (service db, network
 * back, volume data, secret s, config c, model llm), so a row tests one key and nothing else.
 */
export const web = (fields: Fields, top: Fields = {}) => ({
  services: { web: { image: "nginx", ...fields }, db: { image: "postgres" } },
  networks: { back: null },
  volumes: { data: null },
  secrets: { s: { file: "s.txt" } },
  configs: { c: { file: "c.txt" } },
  models: { llm: { model: "ai/smollm2" } },
  ...top,
});
