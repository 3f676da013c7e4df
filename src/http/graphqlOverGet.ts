import type { RequestHandler } from 'express'

const GRAPHQL_RESPONSE = 'application/graphql-response+json'

/**
 * GraphQL over GET answers in `application/graphql-response+json` unless the client asks for
 * `application/json` by name: with that media type Payload's handler (graphql-http) reports a
 * request that cannot run — a syntax error, an unknown field, a wrong argument — as a 400 with its
 * message instead of a 200, so bad input is a 4xx and never enters a shared cache.
 */
export const preferGraphQLResponseType: RequestHandler = (req, _res, next) => {
  const accept = req.headers.accept ?? ''
  if (!accept.includes('application/json') && !accept.includes(GRAPHQL_RESPONSE)) {
    req.headers.accept = GRAPHQL_RESPONSE
  }
  next()
}
