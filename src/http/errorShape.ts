type GraphQLError = { message?: unknown; extensions?: Record<string, unknown> }

function withStatus(error: GraphQLError, status: number): GraphQLError {
  return typeof error?.extensions?.statusCode === 'number'
    ? error
    : { ...error, extensions: { ...error?.extensions, statusCode: status } }
}

/** The `errors` of a GraphQL answer sent with another content type (graphql-http's 405). */
function errorsIn(text: string): GraphQLError[] | undefined {
  if (!text.startsWith('{')) return undefined
  try {
    const parsed = JSON.parse(text) as { errors?: unknown }
    return Array.isArray(parsed.errors) ? (parsed.errors as GraphQLError[]) : undefined
  } catch {
    return undefined
  }
}

/**
 * GraphQL's own refusals (a syntax error, an unknown field, a variable of the wrong type) come
 * without the HTTP status Payload's errors carry in `extensions.statusCode`. Give them a 400, so
 * every GraphQL error says whether the request or the server was at fault.
 */
export async function withGraphQLStatusCodes(response: Response): Promise<Response> {
  const type = response.headers.get('content-type') ?? ''
  if (!type.includes('json')) {
    if (response.status < 400) return response
    // graphql-http refuses a wrong Content-Type (415) with an empty body, a mutation over GET
    // (405) in plain text, and fails (500) with an empty body.
    const text = response.body ? (await response.text()).trim() : ''
    const errors = errorsIn(text)
    if (errors) {
      return Response.json(
        { errors: errors.map((error) => withStatus(error, response.status)) },
        { status: response.status },
      )
    }
    const message =
      response.status === 415
        ? 'Send GraphQL as JSON (Content-Type: application/json).'
        : response.status >= 500
          ? 'Something went wrong.'
          : text && text.length <= 200 && !text.includes('\n')
            ? text
            : 'The GraphQL request could not be processed.'
    return Response.json(
      { errors: [{ message, extensions: { statusCode: response.status } }] },
      { status: response.status },
    )
  }
  if (!response.body) return response
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
  parsed.errors = parsed.errors.map((error) => withStatus(error, 400))
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return new Response(JSON.stringify(parsed), { status: response.status, headers })
}

/**
 * Payload answers some REST refusals (an unknown route, a method it does not serve) as
 * `{ message }`: give them the `{ errors: [{ message }] }` shape every other refusal has.
 */
export async function withRestErrorShape(response: Response): Promise<Response> {
  const type = response.headers.get('content-type') ?? ''
  if (response.status < 400 || !type.includes('json') || !response.body) return response
  const text = await response.text()
  let parsed: { message?: unknown; errors?: unknown } | null = null
  try {
    parsed = JSON.parse(text)
  } catch {
    parsed = null
  }
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  const isBare = parsed && !Array.isArray(parsed.errors) && typeof parsed.message === 'string'
  const body = isBare ? JSON.stringify({ errors: [{ message: parsed?.message }] }) : text
  return new Response(body, { status: response.status, headers })
}
