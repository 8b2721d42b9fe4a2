import { CORE_SCHEMA, defineMappingTag, defineScalarTag, defineSequenceTag, mapTag, mergeTag, seqTag } from "js-yaml";

/**
 * Compose files are YAML 1.2 core ("yes" and "on" are strings, 0o17 is octal) plus merge keys
 * ("<<: *defaults"). Local tags such as Compose's `!reset` and `!override` are accepted and ignored:
 * `image: !reset nginx` reads as the string "nginx", `ports: !override [80]` as the plain list.
 * Docker Compose gives these two tags a meaning for merging files that kubepose does not implement.
 */
const anyLocalTag = { matchByTagPrefix: true, identify: () => false } as const;

const localScalar = defineScalarTag("!", { ...anyLocalTag, resolve: (source: string) => source });
const localSequence = defineSequenceTag("!", { ...anyLocalTag, create: seqTag.create, addItem: seqTag.addItem, finalize: seqTag.finalize });
const localMapping = defineMappingTag("!", {
  ...anyLocalTag,
  create: mapTag.create,
  addPair: mapTag.addPair,
  has: mapTag.has,
  keys: mapTag.keys,
  get: mapTag.get,
  finalize: mapTag.finalize,
});

export const composeSchema = CORE_SCHEMA.withTags(mergeTag, localScalar, localSequence, localMapping);
