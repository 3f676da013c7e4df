import type { Server } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { GRAPHQL_POST } from '@payloadcms/next/routes'
import express from 'express'
import type { Payload } from 'payload'
import { getPayload, handleEndpoints } from 'payload'

import config from '../payload.config'
import { databaseKind, DEFAULT_DATABASE_URI } from './db'
import { jsonBody } from './http/jsonBody'
import { rateLimits } from './http/rateLimits'
import { requestTimeLimit, stopExpiredStatements } from './http/requestTimeLimit'
import { sendWebResponse, toWebRequest } from './http/webRequest'
import { getOptionsFromConfig } from './options'
import { seedIfEmpty } from './seed/seedIfEmpty'

process.env.NEXT_TELEMETRY_DISABLED ??= '1'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export type ServerOptions = {
  /** TCP port; 0 picks a free one. @default process.env.PORT or 3000 */
  port?: number
  /** Serve the admin UI and pages through Next.js. API-only servers (tests) skip it. @default true */
  withNext?: boolean
  /** Seed demo content when the database has no staff yet. @default true outside production */
  shouldSeed?: boolean
}

export type RunningServer = { url: string; payload: Payload; close: () => Promise<void> }

/** Starts the express host: Payload REST at /api, GraphQL at /api/graphql, Next for the rest. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const isProduction = process.env.NODE_ENV === 'production'
  // cron: runs the job queues (scheduled publishing, workflow e-mails and webhooks) in this process.
  const payload = await getPayload({ config, cron: true })
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', process.env.TRUST_PROXY === 'true')

  app.get('/healthz', async (_req, res) => {
    try {
      const { slugs } = getOptionsFromConfig(payload.config)
      await payload.count({ collection: slugs.dramas })
      res.json({
        status: 'ok',
        database: databaseKind(process.env.DATABASE_URI || DEFAULT_DATABASE_URI),
      })
    } catch (err) {
      payload.logger.error({ err, msg: 'health check failed' })
      res.status(503).json({ status: 'error', message: 'database unreachable' })
    }
  })

  app.use(rateLimits(getOptionsFromConfig(payload.config).slugs))
  stopExpiredStatements(payload)
  app.use('/api', requestTimeLimit())
  app.use('/api', jsonBody())

  const graphql = GRAPHQL_POST(config)
  app.post('/api/graphql', async (req, res, nextHandler) => {
    try {
      await sendWebResponse(await graphql(toWebRequest(req)), res)
    } catch (err) {
      nextHandler(err)
    }
  })
  app.all('/api/{*path}', async (req, res, nextHandler) => {
    try {
      await sendWebResponse(await handleEndpoints({ config, request: toWebRequest(req) }), res)
    } catch (err) {
      nextHandler(err)
    }
  })

  if (options.withNext !== false) {
    const { default: next } = await import('next')
    // NEXT_MODE=production serves the build outside NODE_ENV=production (the e2e suite, on a pushed schema).
    const isNextDev =
      (process.env.NEXT_MODE ?? (isProduction ? 'production' : 'development')) !== 'production'
    const nextApp = next({ dev: isNextDev, dir: root, turbopack: true })
    await nextApp.prepare()
    const handle = nextApp.getRequestHandler()
    // Express 5 has no '*' route: everything not matched above goes to Next.
    app.use((req, res) => handle(req, res))
  }

  const shouldSeed =
    options.shouldSeed ??
    (process.env.SEED_ON_START ? process.env.SEED_ON_START === 'true' : !isProduction)
  if (shouldSeed) await seedIfEmpty(payload)

  const port = options.port ?? Number(process.env.PORT || 3000)
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(port, () => resolve(listening))
  })
  const address = server.address()
  const url = `http://localhost:${typeof address === 'object' && address ? address.port : port}`

  const close = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()))
    server.closeAllConnections()
    await payload.destroy()
  }
  return { url, payload, close }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (isMain) {
  const running = await startServer()
  running.payload.logger.info(
    `Showrunner is up: admin at ${running.url}/admin, API at ${running.url}/api`,
  )
  const shutdown = (signal: string) => {
    running.payload.logger.info(`${signal}: closing connections`)
    running.close().then(
      () => process.exit(0),
      (err: unknown) => {
        running.payload.logger.error({ err, msg: 'shutdown failed' })
        process.exit(1)
      },
    )
  }
  process.once('SIGTERM', () => shutdown('SIGTERM'))
  process.once('SIGINT', () => shutdown('SIGINT'))
}
