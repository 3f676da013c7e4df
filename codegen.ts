import type { CodegenConfig } from '@graphql-codegen/cli'

/**
 * Typed GraphQL operations for the client suite: the schema Payload generates from the config
 * (`schema.graphql`, committed and checked), the operations in test/client/operations.ts, and the
 * client preset's output in test/client/gql/. That output is generated, not committed: the client
 * suite's global setup writes it before its tests, `npm run typecheck` before type-checking, and
 * `npm run generate:client` on demand.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['test/client/operations.ts'],
  ignoreNoDocuments: false,
  generates: {
    'test/client/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        onlyOperationTypes: true,
        scalars: { JSON: 'unknown' },
      },
    },
  },
}

export default config
