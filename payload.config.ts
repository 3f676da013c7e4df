import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { databaseAdapter } from './src/db'
import { deliveryOptionsFromEnv } from './src/http/deliveryOptions'
import { showrunner } from './src/index'
import { webhooksFromEnv } from './src/notifications/webhooksFromEnv'
import { defaultedFieldsOptional } from './src/typescript/defaultedFieldsOptional'
import { idsOfEveryAdapter } from './src/typescript/idsOfEveryAdapter'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const isProduction = process.env.NODE_ENV === 'production'

function secret(): string {
  const value = process.env.PAYLOAD_SECRET
  if (value) return value
  // `next build` evaluates the config too; the real secret only matters when the server runs.
  const isBuilding = process.env.NEXT_PHASE === 'phase-production-build'
  if (isProduction && !isBuilding) throw new Error('PAYLOAD_SECRET must be set in production.')
  return 'showrunner-development-secret-not-for-production'
}

export default buildConfig({
  secret: secret(),
  db: await databaseAdapter(),
  editor: lexicalEditor(),
  sharp,
  admin: {
    avatar: 'default',
    importMap: { baseDir: path.resolve(dirname) },
    meta: { titleSuffix: ' — Showrunner' },
  },
  typescript: {
    outputFile: path.resolve(dirname, 'src/payload-types.ts'),
    autoGenerate: false,
    // A standalone file that frontends can copy without installing payload; this project declares
    // the types to Payload in `src/payload-generated.d.ts`.
    declare: false,
    schema: [defaultedFieldsOptional, idsOfEveryAdapter],
  },
  graphQL: {
    disablePlaygroundInProduction: true,
    // Custom queries carry their own cost (src/graphql/complexity.ts).
    maxComplexity: 1000,
    schemaOutputFile: path.resolve(dirname, 'schema.graphql'),
  },
  telemetry: false,
  plugins: [
    showrunner({
      enabled: process.env.SHOWRUNNER_ENABLED !== 'false',
      webhooks: webhooksFromEnv(process.env),
      // SERVER_URL (required in production), CORS_ORIGINS, CACHE_*: Payload's serverURL, cors, csrf.
      delivery: deliveryOptionsFromEnv(process.env),
      // The pre-publish checklist's built-in rules; SHOWRUNNER_CHECKLIST=off switches it off.
      checklist: process.env.SHOWRUNNER_CHECKLIST === 'off' ? false : undefined,
    }),
  ],
})
