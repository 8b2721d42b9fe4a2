// Preloaded into a benchmarked process (node --require): reports its peak resident memory on exit.
// CommonJS on purpose: an ES module preload (node --import) starts Node's ESM loader in every measured
// process, ~5 ms that a user's `kubepose` never pays, and the bench charged it to kubepose. Interleaved,
// 25 runs, `kubepose --version` min / median: 63 / 70 ms bare, 69 / 76 with --import, 62 / 66 with --require.
"use strict";
const { writeSync } = require("node:fs");

process.on("exit", () => {
  const file = process.env.KUBEPOSE_BENCH_RSS_FD;
  if (file) writeSync(Number(file), `${process.resourceUsage().maxRSS}\n`);
});
