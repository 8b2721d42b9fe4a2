import { modelClasses } from "./kinds.js";
import { schemaFindings, type SchemaFinding } from "./schema.js";

/*
 * What only the exact path of check needs: the kubernetes-models classes. The bundle loads this module on
 * first use (scripts/bundle.mjs), so a run whose objects are all certainly clean never initialises
 * kubernetes-models and its ajv schemas and formats (~3 ms of every start, and their code in the code cache).
 */

/** The schema's findings on an object of a kind kindKey() names and the model classes know. */
export const schemaFindingsOf = (object: unknown, key: string): SchemaFinding[] => schemaFindings(object, modelClasses[key]!);

/** The kinds the schema check knows, as the unknown-kind error lists them: "apps/v1 Deployment, …". */
export const knownKinds = (): string => Object.keys(modelClasses).map((k) => k.replace(/\/([^/]+)$/, " $1")).join(", ");
