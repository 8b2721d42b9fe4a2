/**
 * "apps/v1/Deployment": how the model classes (kinds.ts) and the field table's roots are keyed. A module of
 * its own so that check/index.ts can key objects without importing kinds.ts and its kubernetes-models.
 */
export const kindKey = (apiVersion: string, kind: string): string => `${apiVersion}/${kind}`;
