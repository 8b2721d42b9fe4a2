import { z } from "zod";

/** Placeholder until the full schema lands. */
export const composeFileSchema = z.looseObject({});
export type ComposeFile = z.infer<typeof composeFileSchema>;
