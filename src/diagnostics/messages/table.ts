import type { Severity } from "../types.js";

/**
 * One row per diagnostic code: its severity and how its message reads. Each stage keeps its rows in
 * its own file beside this one; codes.ts joins them, so all wording lives in one table.
 * A message says what is wrong, what was expected, and gives an example.
 */
export type MessageRow = { severity: Severity; text: (params: never) => string };
export type MessageRows = Record<string, MessageRow>;
