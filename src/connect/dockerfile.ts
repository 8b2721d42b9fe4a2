import type { Service } from "../model/project.js";

/**
 * The TCP ports a local build's Dockerfile EXPOSEs in the stage that becomes the image: the `target`
 * stage when given, else the last one. Variables ("EXPOSE $PORT") cannot be known and are skipped.
 */
export function exposedPorts(dockerfile: string, target?: string): number[] {
  const lines = dockerfile.replace(/\\\r?\n/g, " ").split(/\r?\n/);
  let ports: number[] = [];
  let inTarget = target === undefined;
  for (const line of lines) {
    const words = line.trim().split(/\s+/);
    const instruction = words[0]?.toUpperCase();
    if (instruction === "FROM") {
      if (target !== undefined && inTarget) break;
      const as = words.findIndex((word) => word.toUpperCase() === "AS");
      inTarget = target === undefined || (as !== -1 && words[as + 1]?.toLowerCase() === target.toLowerCase());
      ports = [];
    } else if (instruction === "EXPOSE" && inTarget) {
      for (const word of words.slice(1)) {
        const [number = "", protocol = "tcp"] = word.split("/");
        const value = Number(number);
        if (protocol.toLowerCase() === "tcp" && Number.isInteger(value) && value > 0 && value <= 65535 && !ports.includes(value)) ports.push(value);
      }
    }
  }
  return ports;
}

/** The absolute Dockerfile of a local build context, or undefined for a remote context or an inline Dockerfile. */
export function dockerfilePath(build: NonNullable<Service["build"]>): string | undefined {
  if (!build.context.startsWith("/")) return undefined;
  const name = build.dockerfile ?? "Dockerfile";
  return name.startsWith("/") ? name : `${build.context.replace(/\/$/, "")}/${name}`;
}
