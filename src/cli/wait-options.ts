import { type Command, InvalidArgumentError, Option } from "commander";
import type { ConvertOptions } from "../model/manifest.js";

/** The images and time of the init containers kubepose adds for depends_on. */
export interface WaitFlags {
  waitImage?: string;
  jobWaitImage?: string;
  waitSeconds?: number;
}

/** An image reference as `docker pull` takes it: registry/repository:tag or @sha256:digest, no spaces. */
const IMAGE = /^[A-Za-z0-9][A-Za-z0-9._/:@-]*$/;

function image(flag: string, example: string): (value: string) => string {
  return (value) => {
    if (IMAGE.test(value)) return value;
    throw new InvalidArgumentError(`expected an image reference, for example ${flag} ${example}`);
  };
}

function seconds(value: string): number {
  if (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 86400) return Number(value);
  throw new InvalidArgumentError("expected whole seconds from 1 to 86400, for example --wait-seconds 600");
}

export function addWaitOptions(command: Command): Command {
  return command
    .addOption(new Option("--wait-image <image>", "image of the init containers that wait for a dependency's port (sh, timeout, nc; default busybox pinned by digest)").argParser(image("--wait-image", "registry.example.com/busybox:1.36")))
    .addOption(new Option("--job-wait-image <image>", "image of the init containers that wait for a Job to complete (sh, curl; default curlimages/curl pinned by digest)").argParser(image("--job-wait-image", "registry.example.com/curl:8.11.1")))
    .addOption(new Option("--wait-seconds <seconds>", "how long each of those waits before it fails (default 300)").argParser(seconds));
}

/** The ConvertOptions the wait flags ask for. */
export function waitConvertOptions(flags: WaitFlags): ConvertOptions {
  return {
    ...(flags.waitImage === undefined ? {} : { waitImage: flags.waitImage }),
    ...(flags.jobWaitImage === undefined ? {} : { jobWaitImage: flags.jobWaitImage }),
    ...(flags.waitSeconds === undefined ? {} : { waitSeconds: flags.waitSeconds }),
  };
}
