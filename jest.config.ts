import type { Config } from 'jest';

// Jest on Node 20 cannot require() ES modules; these dependencies ship only ESM.
const ESM_ONLY_DEPENDENCIES = ['content-disposition', 'jose'];

const shared = {
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }],
    '^.+\\.js$': ['babel-jest', { plugins: ['@babel/plugin-transform-modules-commonjs'] }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY_DEPENDENCIES.join('|')})/)`],
  moduleNameMapper: { '^@app/(.*)$': '<rootDir>/libs/$1/src' },
  testEnvironment: 'node',
  setupFiles: ['reflect-metadata'],
} satisfies Config;

/** Tiers on real servers: longer per-test time (testTimeout is not a per-project option). */
const onRealServers = (displayName: string, folder: string) => ({
  ...shared,
  displayName,
  testMatch: [`<rootDir>/test/${folder}/**/*.test.ts`],
  setupFilesAfterEnv: ['<rootDir>/test/support/slow-tests.setup.ts'],
});

const config: Config = {
  // Starts one Temporal dev server and one test database for the run; see test/support.
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  maxWorkers: 2,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/{apps,libs,workflows}/**/*.spec.ts',
        '<rootDir>/test/support/**/*.spec.ts',
      ],
    },
    onRealServers('integration', 'integration'),
    onRealServers('workflows', 'workflows'),
    onRealServers('replay', 'replay'),
    onRealServers('e2e', 'e2e'),
    // The web console in Debian's Chromium, against the whole stack.
    onRealServers('console', 'console'),
    // Restarts shared servers: run alone and in band (npm run test:faults).
    {
      ...onRealServers('faults', 'faults'),
      testMatch: ['<rootDir>/test/faults/**/*.fault.test.ts'],
    },
  ],
};

export default config;
