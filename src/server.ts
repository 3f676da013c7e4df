import type { Server } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { RequestHandler } from 'express'
import express from 'express'
import type { Payload } from 'payload'
import { getPayload, handleEndpoints } from 'payload'

import config from '../payload.config'
import { closeDatabase, databaseKind, DEFAULT_DATABASE_URI } from './db'
import { delivery } from './http/delivery'
import { withGraphQLStatusCodes, withRestErrorShape } from './http/errorShape'
import { preferGraphQLResponseType } from './http/graphqlOverGet'
import { jsonBody } from './http/jsonBody'
import { jsonErrors } from './http/jsonErrors'
import { rateLimits, trustProxyHops } from './http/rateLimits'
import { refuseUnroutablePaths } from './http/refuseUnroutablePaths'
import { requestTimeLimit, stopExpiredStatements } from './http/requestTimeLimit'
import { responseCache } from './http/responseCache'
import { securityHeaders } from './http/securityHeaders'
import { sendWebResponse, toWebRequest } from './http/webRequest'
import { getOptionsFromConfig } from './options'
import { seedIfEmpty } from './seed/seedIfEmpty'
import { whatToTry } from './seed/whatToTry'

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

export type RunningServer = {
  url: string
  payload: Payload
  close: () => Promise<void>
  /** Whether this start seeded an empty database with the demo newsroom. */
  seeded: boolean
}

/** Starts the express host: Payload REST at /api, GraphQL at /api/graphql, Next for the rest. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const isProduction = process.env.NODE_ENV === 'production'
  // cron: runs the job queues (scheduled publishing, workflow e-mails and webhooks) in this process.
  const payload = await getPayload({ config, cron: true })
  const app = express()
  app.disable('x-powered-by')
  // Express would tag every res.send (errors, 429s); public reads get strong ETags in src/http/httpCache.
  app.disable('etag')
  app.set('trust proxy', trustProxyHops(payload))
  const isHttps = isProduction && (process.env.SERVER_URL ?? '').startsWith('https:')
  app.use(securityHeaders({ isProduction, isHttps }))

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

  // Before the limits, so their answers (429s included) are no-store.
  app.use('/api', delivery(payload.config))
  stopExpiredStatements(payload)
  app.use('/api', requestTimeLimit())
  app.use('/api', jsonBody())
  app.use(rateLimits(payload))
  // After the limits, so a cached answer counts against them like any other.
  app.use('/api', responseCache(payload))

  const graphql = GRAPHQL_POST(config)
  // Payload's handler speaks GraphQL over HTTP: GET carries queries in the URL (cacheable), and a
  // mutation over GET gets a 405 with a message.
  const graphqlRoute: RequestHandler = async (req, res, nextHandler) => {
    try {
      await sendWebResponse(await withGraphQLStatusCodes(await graphql(toWebRequest(req))), res)
    } catch (err) {
      nextHandler(err)
    }
  }
  app.get('/api/graphql', preferGraphQLResponseType, graphqlRoute)
  app.post('/api/graphql', graphqlRoute)
  app.use('/api', refuseUnroutablePaths(payload))
  app.all('/api/{*path}', async (req, res, nextHandler) => {
    try {
      const response = await handleEndpoints({ config, request: toWebRequest(req) })
      await sendWebResponse(await withRestErrorShape(response), res)
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
  app.use(jsonErrors(payload))

  const shouldSeed =
    options.shouldSeed ??
    (process.env.SEED_ON_START ? process.env.SEED_ON_START === 'true' : !isProduction)
  const seeded = shouldSeed ? await seedIfEmpty(payload) : false

  const port = options.port ?? Number(process.env.PORT || 3000)
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(port, () => resolve(listening))
  })
  const address = server.address()
  const url = `http://localhost:${typeof address === 'object' && address ? address.port : port}`

  const close = async () => {
    // Finish the requests in flight (up to 10 s), but don't wait for idle keep-alive sockets or
    // the dev server's HMR socket, which would hold the shutdown (and the WAL checkpoint) forever.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()))
    server.closeIdleConnections()
    const grace = setTimeout(() => server.closeAllConnections(), 10_000)
    await closed
    clearTimeout(grace)
    await closeDatabase(payload)
  }
  return { url, payload, close, seeded }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (isMain) {
  const running = await startServer()
  running.payload.logger.info(
    `Showrunner is up: admin at ${running.url}/admin, API at ${running.url}/api`,
  )
  if (running.seeded) for (const line of whatToTry(running.url)) running.payload.logger.info(line)
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
