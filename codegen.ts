import type { CodegenConfig } from '@graphql-codegen/cli'

/**
 * Typed GraphQL operations for the client suite (`npm run generate:client`): the schema Payload
 * generates from the config (`schema.graphql`), the operations in test/client/operations.ts, and
 * the client preset's output in test/client/gql/, committed so the tests need no generation step.
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
