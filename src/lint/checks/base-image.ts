import { officialImageName, parseImageReference } from "../../model/image-reference.js";

/**
 * Full base images whose official repository also publishes smaller variants of the same release,
 * as data with the page that lists them. Only the final stage of a Dockerfile is checked: it is
 * what the container runs; build stages may well need compilers.
 */
interface SmallerVariants {
  /** What to write instead; VERSION is the release part of the tag ("20" of "20-bookworm"). */
  suggest: (version: string | undefined) => string;
  source: string;
}

const slimOrAlpine = (name: string) => (version: string | undefined) =>
  version === undefined ? `a version with a -slim or -alpine variant, for example ${name}:VERSION-slim` : `${name}:${version}-slim or ${name}:${version}-alpine`;

export const SMALLER_BASES: Readonly<Record<string, SmallerVariants>> = {
  debian: {
    suggest: (version) => `debian:${version ?? "bookworm"}-slim`,
    source: "https://hub.docker.com/_/debian (the -slim variants)",
  },
  ubuntu: {
    suggest: () => "debian:bookworm-slim, alpine, or a distroless image such as gcr.io/distroless/base-debian12 for the final stage",
    source: "https://hub.docker.com/_/debian (the -slim variants); https://github.com/GoogleContainerTools/distroless (base-debian12)",
  },
  node: {
    suggest: (version) => `${slimOrAlpine("node")(version)}${version !== undefined && ["18", "20", "22"].includes(version) ? `, or gcr.io/distroless/nodejs${version}-debian12` : ""}`,
    source: "https://hub.docker.com/_/node (-slim and -alpine variants); https://github.com/GoogleContainerTools/distroless (nodejs images)",
  },
  python: { suggest: slimOrAlpine("python"), source: "https://hub.docker.com/_/python (-slim and -alpine variants)" },
  ruby: { suggest: slimOrAlpine("ruby"), source: "https://hub.docker.com/_/ruby (-slim and -alpine variants)" },
  golang: {
    suggest: () => "a multi-stage build: compile in golang, run the binary FROM gcr.io/distroless/static-debian12 or scratch",
    source: "https://github.com/GoogleContainerTools/distroless (static-debian12)",
  },
};

export interface BaseImageAdvice {
  /** 1-based line and column of the final stage's FROM instruction. */
  line: number;
  column: number;
  image: string;
  suggestion: string;
}

interface Stage {
  image: string;
  name?: string;
  line: number;
  column: number;
}

/** The FROM instructions of a Dockerfile, continuation lines joined; each stage with its alias. */
export function stagesOf(dockerfile: string): Stage[] {
  const stages: Stage[] = [];
  const lines = dockerfile.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index] ?? "";
    const match = /^(\s*)FROM\s+(.*)$/i.exec(text);
    if (match === null) continue;
    let rest = match[2] ?? "";
    for (let next = index; rest.endsWith("\\") && next + 1 < lines.length; next++) rest = `${rest.slice(0, -1)} ${lines[next + 1] ?? ""}`;
    const words = rest.trim().split(/\s+/).filter((word) => !word.startsWith("--"));
    const [image, as, name] = words;
    if (image === undefined) continue;
    const stage: Stage = { image, line: index + 1, column: (match[1] ?? "").length + 1 };
    if (as?.toLowerCase() === "as" && name !== undefined) stage.name = name.toLowerCase();
    stages.push(stage);
  }
  return stages;
}

/** The final stage's base when it is a full image with smaller variants, with what to use instead. */
export function baseImageAdvice(dockerfile: string): BaseImageAdvice | undefined {
  const stages = stagesOf(dockerfile);
  const final = stages.at(-1);
  if (final === undefined) return undefined;
  // FROM builder: the final stage continues an earlier one; its base decides.
  let base = final.image;
  for (let hops = 0; hops < stages.length; hops++) {
    const earlier = stages.find((stage) => stage.name === base.toLowerCase());
    if (earlier === undefined) break;
    base = earlier.image;
  }
  if (base.includes("$") || base === "scratch") return undefined;
  const name = officialImageName(base);
  const variants = name === undefined ? undefined : SMALLER_BASES[name];
  if (variants === undefined) return undefined;
  const tag = parseImageReference(base)?.tag;
  if (tag !== undefined && /slim|alpine|distroless|minimal/.test(tag)) return undefined;
  const version = tag === undefined || tag === "latest" ? undefined : tag.split("-")[0];
  return { line: final.line, column: final.column, image: base, suggestion: variants.suggest(version) };
}
