import { CommanderError } from "commander";
import { buildProgram } from "./program.js";
import { EXIT } from "./io.js";
import { guardStandardOutput } from "./stdout.js";

/**
 * The process boundary: usage errors exit 2, invalid input 1 (decided by the commands), and any
 * exception that escapes is a bug in kubepose — reported as such with exit 70, never a raw stack trace.
 */
async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram((exitCode) => (code = exitCode));
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with exit code 0; everything else is a usage error.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const detail = error instanceof Error ? error.message : String(error);
    process.stderr.write(`kubepose: internal error, please report: ${detail}\n`);
    if (process.env["KUBEPOSE_DEBUG"] && error instanceof Error) process.stderr.write(`${error.stack ?? ""}\n`);
    return EXIT.internal;
  }
  return code;
}

guardStandardOutput();
void main(process.argv).then((code) => {
  process.exitCode = code;
  // Done, and every line written (pending bytes would be lost): end now. Letting the event loop run dry
  // first makes Node wait for the optimizing compiles V8 queued in the background for code that will
  // never run again, and tear the heap down page by page (strace): ~8 ms of `validate` and ~10 ms of
  // `convert` on 1000 services, median of 7-9 (#13).
  // setImmediate: a failed write to stdout (a full disk) reports itself first, on the next tick.
  setImmediate(() => {
    if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
  });
});
