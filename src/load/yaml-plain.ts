import { BoundedMap } from "../model/bounded-map.js";
import { composeSchema } from "./yaml-schema.js";

// How yaml-fast.ts resolves a plain scalar (null, a boolean, a number or a string), as js-yaml's
// constructor does with the Compose schema, asking the schema only when the text could be other than a string.

/**
 * The first characters of plain scalars the schema may resolve to something other than a string
 * (null, booleans, numbers, "<<"); tests/load/yaml-fast.test.ts checks them against the schema's own.
 */
export const resolvableStarts = "~nNtTfF-+0123456789.<";
const resolvable = new Set([...resolvableStarts].map((c) => c.charCodeAt(0)));

/**
 * A plain scalar's value, resolved as the constructor does (core schema, legacy octal, see yaml-schema.ts).
 * Most are words ("image", "nginx") that can only be strings: those skip the schema's look-up. So do
 * the durations, sizes and counts of every service ("10s", "256M", "3"): the look-up tries the integer
 * and float patterns in turn, ~3 µs a scalar while the code is cold.
 */
export function plainValue(source: string): unknown {
  const first = source.charCodeAt(0);
  if (source.length > 0 && !resolvable.has(first)) return source;
  if (first >= 48 && first <= 57) {
    if (!numberLike.test(source)) return source;
    if (decimal.test(source)) return Number(source);
  }
  return resolvedBySchema(source);
}

/**
 * The schema's value for a plain scalar, remembered by its text: files repeat the few that reach the
 * schema ("test:", "--port", "true"), and each look-up tries the null, boolean, integer and float
 * patterns (~1 µs cold; 2,000 on the bench's 1000 services). Only primitives are kept (were a tag to
 * make an object, two places must not share it); the table starts over past 1000 texts.
 */
function resolvedBySchema(source: string): unknown {
  const known = resolvedScalars.get(source);
  if (known !== undefined || resolvedScalars.has(source)) return known;
  const value = composeSchema.resolveImplicitScalarTag(source).value;
  if (value !== null && typeof value === "object") return value;
  return resolvedScalars.remember(source, value);
}

const resolvedScalars = new BoundedMap<string, unknown>(1000);

/**
 * What a number starting with a digit may hold: the schema's integers (decimal, 0o…, 0x…, legacy octal
 * 0…) and floats (digits, ".", an exponent) use no other characters, so anything else is a string.
 */
const numberLike = /^[0-9][0-9a-fA-Fox.+-]*$/;
/** Decimal integers the schema reads as parseInt(source, 10) does, which for 15 digits or fewer is Number(source). */
const decimal = /^[1-9][0-9]{0,14}$/;
