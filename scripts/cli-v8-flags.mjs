// The V8 flags bin/kubepose sets before it compiles the bundle (its setFlagsFromString calls), read from
// the file itself so that the bench's in-process stages and the code-cache test run under the same ones.
import { readFileSync } from "node:fs";

export function cliV8Flags() {
  const binary = readFileSync(new URL("../bin/kubepose", import.meta.url), "utf8");
  return [...binary.matchAll(/setFlagsFromString\("([^"]+)"\)/g)].map((match) => match[1]);
}
