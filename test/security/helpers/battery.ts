export type Role = 'anonymous' | 'reader' | 'author' | 'editor'
export const ROLES: readonly Role[] = ['anonymous', 'reader', 'author', 'editor']

/** One hostile request, as data: built by the generators, sent and judged by `Battery`. */
export type HostileRequest = {
  label: string
  role: Role
  method: string
  path: string
  headers?: Record<string, string>
  body?: BodyInit
  /** May change the database when accepted: refused ones are checked against the digest. */
  isWrite: boolean
}

export type Verdict = { status: number; problems: string[]; isRefused: boolean }

// Signs that an answer carries the server's insides rather than a message for the client.
const LEAK =
  /Failed query|SQLITE_|\bat [^\s]+ \(?[^\s]*:\d+:\d+\)?|node_modules|\/work\/|params: |"stack"/

type ErrorItem = { message?: unknown; extensions?: { statusCode?: unknown } }

/** What is wrong with an answer under the error contract (nothing, for a good answer). */
export function judge(request: HostileRequest, status: number, text: string): Verdict {
  const problems: string[] = []
  let body: { errors?: ErrorItem[]; results?: unknown } | null = null
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    body = null
  }
  if (status >= 500) problems.push(`status ${status}`)
  if (LEAK.test(text)) problems.push('the answer leaks SQL, a stack or a path')
  const errors = Array.isArray(body?.errors) ? body.errors : []
  const isGraphQL = request.path.startsWith('/api/graphql')
  if (status >= 400 && request.method !== 'HEAD') {
    const hasMessage =
      errors.length > 0 && errors.every((e) => typeof e?.message === 'string' && e.message !== '')
    if (!hasMessage) problems.push(`a ${status} without errors[].message`)
  }
  // GraphQL answers 200 with errors; each must say whose fault it was.
  if (isGraphQL && status === 200 && errors.length > 0) {
    const bad = errors.find((e) => {
      const code = e?.extensions?.statusCode
      return typeof code !== 'number' || code >= 500 || typeof e.message !== 'string' || !e.message
    })
    if (bad)
      problems.push(
        `a GraphQL error without a 4xx statusCode: ${JSON.stringify(bad).slice(0, 200)}`,
      )
  }
  const isRefused = status >= 400 || (isGraphQL && errors.length > 0)
  return { status, problems, isRefused }
}

/** Counts of answers, by status class, by role and by protocol. */
export class Tally {
  total = 0
  byClass: Record<string, number> = {}
  byRole: Record<string, number> = {}
  byProtocol: Record<string, number> = {}
  refusedWrites = 0
  failures: string[] = []

  add(request: HostileRequest, verdict: Verdict) {
    this.total++
    const bump = (into: Record<string, number>, key: string) => (into[key] = (into[key] ?? 0) + 1)
    bump(this.byClass, `${Math.floor(verdict.status / 100)}xx`)
    bump(this.byRole, request.role)
    bump(this.byProtocol, request.path.startsWith('/api/graphql') ? 'graphql' : 'rest')
    if (verdict.problems.length > 0 && this.failures.length < 50) {
      this.failures.push(
        `${request.label} [${request.role} ${request.method} ${request.path.slice(0, 160)}]: ${verdict.problems.join(', ')}`,
      )
    }
  }

  summary(seed: number): string {
    return [
      `hostile requests: ${this.total} (seed ${seed})`,
      `by status: ${JSON.stringify(this.byClass)}`,
      `by role: ${JSON.stringify(this.byRole)}`,
      `by protocol: ${JSON.stringify(this.byProtocol)}`,
      `refused writes checked against the digest: ${this.refusedWrites}`,
    ].join('\n')
  }
}
