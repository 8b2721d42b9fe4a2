// Preloaded into a benchmarked process (node --import): reports its peak resident memory on exit.
import { writeSync } from "node:fs";

process.on("exit", () => {
  const file = process.env.KUBEPOSE_BENCH_RSS_FD;
  if (file) writeSync(Number(file), `${process.resourceUsage().maxRSS}\n`);
});
