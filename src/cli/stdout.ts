import { EXIT } from "./io.js";

/** What a shell reports for a process ended by SIGPIPE (128 + 13), as `yes | head` does. */
export const EXIT_BROKEN_PIPE = 141;

/**
 * Standard output can fail after kubepose is done converting: the reader went away (`| head`) or the
 * disk is full (`> /dev/full`). A closed pipe ends the process quietly, as Unix tools do; any other
 * failure is one clean line on stderr and exit 1, never a stack trace.
 */
export function guardStandardOutput(stream: NodeJS.WriteStream = process.stdout, exit: (code: number) => void = (code) => process.exit(code)): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") return exit(EXIT_BROKEN_PIPE);
    process.stderr.write(`kubepose: cannot write to standard output: ${describe(error)}\n`);
    exit(EXIT.invalidInput);
  });
}

const describe = (error: NodeJS.ErrnoException): string =>
  error.code === "ENOSPC" ? "no space left on the device" : error.message.replace(/^[A-Z]+: /, "");
