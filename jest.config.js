// Four projects: pure and server code in Node, the action suite again on the CloudBase emulator,
// pages in jsdom, and the browser end-to-end suite (headless Chromium against the local host).
// `npm test` runs all four.
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2020' } }];

module.exports = {
  // Tests wait for states, not for time; 30 s rather than 5 s because `npm test` runs the browser
  // suite beside the node projects on two cores (scripts/test.mjs). The browser suite sets its own.
  testTimeout: 30_000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['<rootDir>/test/pages/', '<rootDir>/test/e2e/'],
      // Every query shape the harnesses' use-cases run must use an index (test/support/queryRecorder.ts).
      setupFilesAfterEnv: ['<rootDir>/test/support/queryPlanGuard.ts'],
      transform: { '^.+\\.(t|j)sx?$': swc },
    },
    {
      // The action suite on the emulated CloudBase store (GONGZHI_STORE=emulated): snapshot-isolated
      // transactions, page limits and one invocation per call; no latency, no random faults, fixed seed
      // (docs/cloud-emulator.md). Left out: queryPlans checks SQLite's own query plans, deployDoc
      // reads a document, and notify.queries, notify.delivery and polls.table open a SQLite store of
      // their own: none of them would touch the emulated store. permissions.matrix (the role check
      // before any use-case, 4,800 calls) and cloudEntry (the platform's identity rules, which
      // reseeded a whole demo on the emulator) do not depend on the store: each file says why.
      displayName: 'cloud',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/app/**/*.test.ts'],
      testPathIgnorePatterns: ['queryPlans', 'deployDoc', 'notify.queries', 'notify.delivery', 'polls.table', 'permissions.matrix', 'cloudEntry'].map((name) => `<rootDir>/test/app/${name}.test.ts`),
      setupFiles: ['<rootDir>/test/support/cloudStore.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/queryPlanGuard.ts'],
      transform: { '^.+\\.(t|j)sx?$': swc },
    },
    {
      // Pages render in jsdom as in the H5 build: @tarojs/components are the plain-HTML
      // components (h5.useHtmlComponents), @tarojs/taro is the H5 API library, and only the
      // network (fetch) is faked. Taro and its dependencies ship ES modules, so
      // node_modules are transformed too (cached after the first run), all but React itself.
      displayName: 'pages',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/pages/**/*.test.tsx'],
      setupFiles: ['<rootDir>/test/pages/support/env.ts', '<rootDir>/test/pages/support/setup.ts'],
      moduleNameMapper: {
        '\\.(css|scss|sass|less)$': '<rootDir>/test/pages/support/style.js',
        '\\.(png|jpe?g|gif|svg)$': '<rootDir>/test/pages/support/file.js',
        '^@tarojs/taro$': '<rootDir>/test/pages/support/taro.ts',
        '^@tarojs/components$': '<rootDir>/test/pages/support/components.ts',
      },
      transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
      transformIgnorePatterns: ['/node_modules/(?:react|react-dom|scheduler|@babel/runtime)/'],
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/e2e/retryOnce.ts'],
      transform: { '^.+\\.(t|j)sx?$': swc },
    },
  ],
};
