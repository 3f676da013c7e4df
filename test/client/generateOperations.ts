import { generate } from '@graphql-codegen/cli'

import config from '../../codegen'

/**
 * Jest's global setup for the client suite: types its operations from `schema.graphql` into
 * test/client/gql/ (generated, not committed), so the suite always runs on what the schema says.
 */
export default async function generateOperations(): Promise<void> {
  await generate({ ...config, silent: true }, true)
}
