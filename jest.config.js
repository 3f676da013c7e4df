const shared = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          target: 'es2022',
          // React 17+ JSX, as Next compiles it: .tsx modules need no React import.
          transform: { react: { runtime: 'automatic' } },
        },
        module: { type: 'es6' },
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/'],
  moduleNameMapper: {
    '\\.(css|scss)$': '<rootDir>/test/helpers/emptyModule.cjs',
    '^@payload-config$': '<rootDir>/payload.config.ts',
  },
  testEnvironment: 'node',
}

/** @type {import('jest').Config} */
const config = {
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...shared,
      displayName: 'int',
      testMatch: ['<rootDir>/test/int/**/*.test.ts'],
      setupFiles: ['<rootDir>/test/helpers/setupEnv.ts'],
    },
    {
      ...shared,
      displayName: 'api',
      testMatch: ['<rootDir>/test/api/**/*.test.ts'],
      setupFiles: ['<rootDir>/test/helpers/setupEnv.ts'],
    },
    {
      ...shared,
      displayName: 'client',
      testMatch: ['<rootDir>/test/client/**/*.test.ts'],
      setupFiles: ['<rootDir>/test/helpers/setupEnv.ts'],
      globalSetup: '<rootDir>/test/client/generateOperations.ts',
    },
    {
      ...shared,
      displayName: 'security',
      testMatch: ['<rootDir>/test/security/**/*.test.ts'],
      setupFiles: ['<rootDir>/test/helpers/setupEnv.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      setupFiles: ['<rootDir>/test/helpers/setupEnv.ts'],
    },
  ],
  testTimeout: 120_000,
  // Every test file loads Payload afresh and the old instances are not all collected: in one
  // process the heap grew ~90 MB a file and the last PostgreSQL files ran 10x slower. A limit
  // makes Jest use a worker process and replace it once it is that big after a file.
  workerIdleMemoryLimit: '1GB',
}

export default config
