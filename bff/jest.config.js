/**
 * Jest in ESM mode (the @nestjs packages are ESM-only) with SWC emitting decorator metadata.
 * Unit tests (*.spec.ts) sit next to the code; integration tests (*.int-spec.ts) start the real
 * municipal-mock process and use a real database (SQLite by default, MariaDB when DATABASE_URL is set).
 * One worker: integration files share one database and migrate it.
 */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts', '**/*.int-spec.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  maxWorkers: 1,
  testTimeout: 30000,
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          keepClassNames: true,
          target: 'es2022',
        },
        module: { type: 'es6' },
      },
    ],
  },
};
