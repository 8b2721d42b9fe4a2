/** Plain-value helpers the zod schema and the generated fast check share (no zod here, so the fast path loads none). */

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** JSON text with mapping keys sorted: {target: 80, published: 8080} equals {published: 8080, target: 80}, as in JSON schema. */
export const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    isRecord(inner) ? Object.fromEntries(Object.keys(inner).sort().map((key) => [key, inner[key]])) : inner,
  );
