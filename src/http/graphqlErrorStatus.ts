type GraphQLError = { message?: unknown; extensions?: Record<string, unknown> }

/**
 * GraphQL's own refusals (a syntax error, an unknown field, a variable of the wrong type) come
 * without the HTTP status Payload's errors carry in `extensions.statusCode`. Give them a 400, so
 * every GraphQL error says whether the request or the server was at fault.
 */
export async function withGraphQLStatusCodes(response: Response): Promise<Response> {
  const type = response.headers.get('content-type') ?? ''
  if (!type.includes('json') || !response.body) return response
  const text = await response.text()
  const rebuilt = (body: string) =>
    new Response(body, { status: response.status, headers: response.headers })
  if (!text.includes('"errors"')) return rebuilt(text)
  let parsed: { errors?: GraphQLError[] }
  try {
    parsed = JSON.parse(text)
  } catch {
    return rebuilt(text)
  }
  if (!Array.isArray(parsed.errors)) return rebuilt(text)
  parsed.errors = parsed.errors.map((error) =>
    typeof error?.extensions?.statusCode === 'number'
      ? error
      : { ...error, extensions: { ...error.extensions, statusCode: 400 } },
  )
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return new Response(JSON.stringify(parsed), { status: response.status, headers })
}
