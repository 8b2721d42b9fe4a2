import {
  CORE_SCHEMA,
  defineMappingTag,
  defineScalarTag,
  defineSequenceTag,
  intCoreTag,
  mapTag,
  mergeTag,
  seqTag,
} from "js-yaml";
import { MergeTag, isMergeTag } from "./merge-tags.js";

/**
 * Compose files are YAML 1.2 core ("yes" and "on" are strings, 0o17 is octal) plus merge keys
 * ("<<: *defaults"). Compose's `!reset` and `!override` wrap their value in a MergeTag for the merge of
 * several files (see merge-tags.ts); any other local tag is accepted and ignored: `image: !custom nginx`
 * reads as the string "nginx".
 */
const anyLocalTag = { matchByTagPrefix: true, identify: () => false } as const;

const localScalar = defineScalarTag("!", { ...anyLocalTag, resolve: (source: string) => source });
const localSequence = defineSequenceTag("!", { ...anyLocalTag, create: seqTag.create, addItem: seqTag.addItem, finalize: seqTag.finalize });
const mappingParts = { create: mapTag.create, addPair: mapTag.addPair, has: mapTag.has, finalize: mapTag.finalize };
const localMapping = defineMappingTag("!", { ...anyLocalTag, ...mappingParts, keys: mapTag.keys, get: mapTag.get });

/**
 * A tagged scalar is a string, as in docker compose (`!override 8080` is "8080"), except `!reset null`
 * and an empty `!reset`, whose value is ignored anyway.
 */
const taggedScalar = (source: string): string | null => (source === "" || source === "null" || source === "~" ? null : source);

/** `<<: *anchor` on a tagged mapping reads the keys of the mapping inside. */
const inner = (result: unknown): unknown => (isMergeTag(result) ? result.value : result);

function mergeTags(kind: MergeTag["kind"]) {
  const name = `!${kind}`;
  const base = { identify: () => false } as const;
  return [
    defineScalarTag(name, { ...base, resolve: (source: string) => new MergeTag(kind, taggedScalar(source)) }),
    defineSequenceTag(name, {
      ...base,
      create: seqTag.create,
      addItem: seqTag.addItem,
      finalize: (carrier: unknown[]) => new MergeTag(kind, seqTag.finalize(carrier)),
    }),
    defineMappingTag(name, {
      ...base,
      ...mappingParts,
      keys: (result: unknown) => mapTag.keys(inner(result) as never),
      get: (result: unknown, key: unknown) => mapTag.get(inner(result) as never, key),
      finalize: (carrier: unknown) => new MergeTag(kind, mapTag.finalize(carrier as never)),
    }),
  ];
}

/**
 * Integers as docker compose reads them: its YAML library parses plain integers like Go's
 * strconv.ParseInt with base 0, so a leading zero means octal. `mode: 0440` is 288 (r--r-----), as
 * Compose users intend, where YAML 1.2 core alone would read decimal 440. Everything else is core.
 */
const LEGACY_OCTAL = /^[-+]?0[0-7]+$/;
const composeInt = defineScalarTag("tag:yaml.org,2002:int", {
  ...intCoreTag,
  resolve: (source: string, isExplicit: boolean, tagName: string) =>
    LEGACY_OCTAL.test(source) ? Number.parseInt(source.replace("0", ""), 8) : intCoreTag.resolve(source, isExplicit, tagName),
});

export const composeSchema = CORE_SCHEMA.withTags(composeInt, mergeTag, ...mergeTags("reset"), ...mergeTags("override"), localScalar, localSequence, localMapping);
