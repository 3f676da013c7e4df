import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express'
import express from 'express'
import { ipKeyGenerator } from 'express-rate-limit'
import type { Payload, SanitizedConfig } from 'payload'

import { graphQLSingularName } from '../graphql/graphqlNames'
import { getOptionsFromConfig } from '../options'
import { Budgets } from '../ratelimit/budgets'
import type { LimitedOperation, LimitedRoutes } from '../ratelimit/classifyRest'
import { classifyRestRequest, effectiveMethod, normalizeApiPath } from '../ratelimit/classifyRest'
import type { LimitedFields } from '../ratelimit/graphqlDocument'
import { limitedGraphQLOperations } from '../ratelimit/graphqlDocument'
import { readRateLimitPolicy } from '../ratelimit/policy'
import { parseTrustProxy } from '../ratelimit/trustProxy'
import { graphqlInspector } from './graphqlGuard'

function limitedRoutes(config: SanitizedConfig): LimitedRoutes {
  const { slugs } = getOptionsFromConfig(config)
  return {
    authCollections: config.collections.filter((c) => c.auth).map((c) => c.slug),
    signupCollections: [slugs.readers],
    commentCollections: [slugs.comments],
    reactionCollections: [slugs.reactions, slugs.commentReports],
  }
}

/** The GraphQL names Payload gives the same operations (`loginReader`, `createComment`, …). */
function limitedFields(config: SanitizedConfig, routes: LimitedRoutes): LimitedFields {
  const fields: LimitedFields = {}
  for (const collection of config.collections) {
    if (collection.graphQL === false) continue
    const name = graphQLSingularName(collection)
    const entry = (purpose: LimitedOperation['purpose']) => ({
      purpose,
      collection: collection.slug,
    })
    if (routes.authCollections.includes(collection.slug)) {
      fields[`login${name}`] = entry('login')
      fields[`forgotPassword${name}`] = entry('passwordReset')
      fields[`resetPassword${name}`] = entry('passwordReset')
    }
    if (routes.signupCollections.includes(collection.slug))
      fields[`create${name}`] = entry('signup')
    if (routes.commentCollections.includes(collection.slug))
      fields[`create${name}`] = entry('comment')
    if (routes.reactionCollections?.includes(collection.slug)) {
      for (const verb of ['create', 'update', 'delete'])
        fields[`${verb}${name}`] = entry('reaction')
    }
  }
  return fields
}

/** The parsed JSON of a buffered body, or of a multipart body's `_payload` (the admin's forms). */
async function parsedBody(req: Request): Promise<unknown> {
  const body: unknown = req.body
  if (!Buffer.isBuffer(body) || body.length === 0) return undefined
  try {
    return JSON.parse(body.toString('utf8'))
  } catch {
    // not JSON: maybe a form
  }
  const contentType = req.headers['content-type'] ?? ''
  if (!contentType.includes('multipart/')) return undefined
  try {
    const form = await new Response(new Uint8Array(body), {
      headers: { 'content-type': contentType },
    }).formData()
    const data = form.get('_payload')
    return typeof data === 'string' ? JSON.parse(data) : undefined
  } catch {
    return undefined
  }
}

function refuse(res: Response, status: number, messages: string[], retryAfterSeconds?: number) {
  if (retryAfterSeconds) res.setHeader('Retry-After', String(retryAfterSeconds))
  res.status(status).json({
    errors: messages.map((message) => ({ message, extensions: { statusCode: status } })),
  })
}

/**
 * One rate-limit policy for the operations bots hammer, whatever the route: REST in any spelling
 * of the path (trailing or repeated slashes, case) and the method override, and every aliased
 * GraphQL field; logins and password resets per account and per address, sign-ups per address,
 * comments per reader. GraphQL documents are checked here too (400 with a message, before
 * anything runs). Mount after `jsonBody()`; it buffers the few limited bodies that are not JSON.
 */
export function rateLimits(payload: Payload): Array<ErrorRequestHandler | RequestHandler> {
  const policy = readRateLimitPolicy(process.env)
  const budgets = new Budgets(policy)
  const routes = limitedRoutes(payload.config)
  const fields = limitedFields(payload.config, routes)
  const inspectGraphQL = graphqlInspector(payload.config)
  const bodyLimit = process.env.JSON_BODY_LIMIT || '2mb'
  const bufferAnyType = express.raw({ type: () => true, limit: bodyLimit })

  const isGraphQL = (req: Request) =>
    effectiveMethod(req.method, req.headers) === 'POST' &&
    normalizeApiPath(req.path) === '/api/graphql'
  const isLimitedRest = (req: Request) =>
    classifyRestRequest({
      method: req.method,
      path: req.path,
      headers: req.headers,
      body: undefined,
      routes,
    }).length > 0

  const buffer: RequestHandler = (req, res, next) => {
    if (Buffer.isBuffer(req.body) || !(isGraphQL(req) || isLimitedRest(req))) return next()
    bufferAnyType(req, res, next)
  }
  const tooLarge: ErrorRequestHandler = (err, _req, res, next) => {
    if ((err as { type?: string }).type !== 'entity.too.large') return next(err)
    refuse(res, 413, [`The request body is too large: the limit is ${bodyLimit}.`])
  }

  const limit: RequestHandler = async (req, res, next) => {
    try {
      const isGraphQLRequest = isGraphQL(req)
      if (!isGraphQLRequest && !isLimitedRest(req)) return next()
      const body = await parsedBody(req)
      let operations: LimitedOperation[]
      if (isGraphQLRequest) {
        const inspection = inspectGraphQL(body)
        if ('problems' in inspection) return refuse(res, 400, inspection.problems)
        operations = limitedGraphQLOperations({ ...inspection, fields })
      } else {
        operations = classifyRestRequest({
          method: req.method,
          path: req.path,
          headers: req.headers,
          body,
          routes,
        })
      }
      if (operations.length === 0) return next()

      let reader: string | undefined
      // Reader writes are budgeted per reader: readers behind one address do not share a budget.
      const isPerReader = (purpose: string) => purpose === 'comment' || purpose === 'reaction'
      if (operations.some((operation) => isPerReader(operation.purpose))) {
        const { user } = await payload.auth({
          headers: new Headers(req.headers as Record<string, string>),
        })
        if (user) reader = `${user.collection}:${user.id}`
      }
      const verdict = await budgets.consume(operations, {
        ip: ipKeyGenerator(req.ip ?? ''),
        reader,
      })
      if (verdict.isRefused) return refuse(res, 429, [verdict.message], verdict.retryAfterSeconds)
      if (verdict.delayMs > 0) {
        res.setHeader('X-Login-Delay', String(verdict.delayMs))
        await new Promise((resolve) => setTimeout(resolve, verdict.delayMs))
      }
      // REST tells success by its status; a GraphQL answer is 200 either way, so it stays counted.
      if (!isGraphQLRequest) {
        res.once('finish', () => {
          if (res.statusCode < 400) void verdict.release()
        })
      }
      next()
    } catch (err) {
      next(err)
    }
  }
  return [buffer, tooLarge, limit]
}

/** `TRUST_PROXY` as express's `trust proxy` hop count; `true` becomes 1 with a warning. */
export function trustProxyHops(payload: Payload): number {
  const { hops, warning } = parseTrustProxy(process.env.TRUST_PROXY)
  if (warning) payload.logger.warn(warning)
  return hops
}
