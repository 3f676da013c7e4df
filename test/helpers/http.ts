import type { Account } from './accounts'
import { PASSWORD } from './accounts'

export type HttpResult<T = any> = { status: number; body: T; headers: Headers }

/** A small client for the running server's REST and GraphQL endpoints, optionally logged in. */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    private token?: string,
  ) {}

  /** Logs `account` in over REST and returns a client that sends its JWT. */
  async as(account: Account | null): Promise<ApiClient> {
    if (!account) return new ApiClient(this.baseUrl)
    const res = await this.request('POST', `/api/${account.collection}/login`, {
      email: account.email,
      password: PASSWORD,
    })
    if (res.status !== 200)
      throw new Error(`login ${account.email}: ${res.status} ${JSON.stringify(res.body)}`)
    return new ApiClient(this.baseUrl, res.body.token)
  }

  async request<T = any>(method: string, path: string, body?: unknown): Promise<HttpResult<T>> {
    const headers: Record<string, string> = {}
    if (this.token) headers.authorization = `JWT ${this.token}`
    if (body !== undefined) headers['content-type'] = 'application/json'
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    })
    const text = await res.text()
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : null
    } catch {
      // not JSON: keep the text for the assertion message
    }
    return { status: res.status, body: parsed as T, headers: res.headers }
  }

  get = <T = any>(path: string) => this.request<T>('GET', path)
  post = <T = any>(path: string, body?: unknown) => this.request<T>('POST', path, body)
  patch = <T = any>(path: string, body?: unknown) => this.request<T>('PATCH', path, body)
  delete = <T = any>(path: string) => this.request<T>('DELETE', path)

  /** A GraphQL operation; the result keeps GraphQL's own `{ data, errors }` shape. */
  graphql<T = any>(query: string, variables: Record<string, unknown> = {}) {
    return this.request<{
      data: T
      errors?: Array<{ message: string; extensions?: { statusCode?: number } }>
    }>('POST', '/api/graphql', { query, variables })
  }
}
