import type { Diagnostic, Location, Path } from "./types.js";
import { loadMessages } from "./messages/load.js";
import { validateMessages } from "./messages/validate.js";
import { normalizeMessages } from "./messages/normalize.js";
import { convertMessages } from "./messages/convert.js";
import { convertWorkloadMessages } from "./messages/convert-workloads.js";
import { convertStorageMessages } from "./messages/convert-storage.js";
import { convertProductionMessages } from "./messages/convert-production.js";
import { connectMessages } from "./messages/connect.js";
import { convertSecretMessages } from "./messages/convert-secrets.js";
import { explainMessages } from "./messages/explain.js";
import { checkMessages } from "./messages/check.js";
import { emitMessages } from "./messages/emit.js";
import { cliMessages } from "./messages/cli.js";
import { fileMessages } from "./messages/files.js";

/** Every diagnostic code kubepose can report, with its severity and wording. */
export const messages = {
  ...loadMessages,
  ...validateMessages,
  ...normalizeMessages,
  ...convertMessages,
  ...convertWorkloadMessages,
  ...convertStorageMessages,
  ...convertProductionMessages,
  ...connectMessages,
  ...convertSecretMessages,
  ...explainMessages,
  ...checkMessages,
  ...emitMessages,
  ...cliMessages,
  ...fileMessages,
};

export type Code = keyof typeof messages;
export type MessageParams<C extends Code> = Parameters<(typeof messages)[C]["text"]>[0];

/** Builds a diagnostic from the table: `diagnostic("port-syntax", path, { value: "80:x" })`. */
export function diagnostic<C extends Code>(
  code: C,
  path: Path,
  params: MessageParams<C>,
  location?: Location,
): Diagnostic {
  const row = messages[code];
  const text = row.text as (p: MessageParams<C>) => string;
  const result: Diagnostic = { code, severity: row.severity, path, message: text(params) };
  if (location) result.location = location;
  return result;
}
