import { configDefaults, defineConfig } from 'vitest/config';

// Two projects. The unit tests share one module cache per worker (`isolate: false`): every one of the ~590 files imports
// the pipeline (compromise, the lexicon, the rules), and loading it afresh for each file took nine tenths of the suite's
// time (30 files: 325 s isolated, 35 s shared, same results). No unit test mocks modules or changes globals, which is what
// sharing would break. The browser tests keep their own process per file: each one starts Vite and Chromium.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, 'test/e2e/**'], isolate: false },
      },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'] } },
    ],
  },
});
