import type { Accounts } from './accounts'
import { PASSWORD } from './accounts'
import type { RestBody } from './collectionApi'
import type { HttpResult } from './http'
import { ApiClient } from './http'

/** The callers the access policy distinguishes. */
export type Role = 'anonymous' | 'reader' | 'author' | 'editor' | 'admin'
export const ROLES: readonly Role[] = ['anonymous', 'reader', 'author', 'editor', 'admin']

/** An API client that can also send multipart bodies (uploads, admin form saves). */
export class RoleClient extends ApiClient {
  constructor(
    baseUrl: string,
    readonly jwt?: string,
  ) {
    super(baseUrl, jwt)
  }

  async form(method: string, path: string, form: FormData): Promise<HttpResult<RestBody>> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: this.jwt ? { authorization: `JWT ${this.jwt}` } : {},
      body: form,
    })
    const text = await res.text()
    let body: unknown = text
    try {
      body = text ? JSON.parse(text) : null
    } catch {
      // not JSON: keep the text for the assertion message
    }
    return { status: res.status, body: body as RestBody, headers: res.headers }
  }
}

/** A client per role, plus a second author and reader to own "someone else's" documents. */
export type Clients = Record<Role | 'author2' | 'reader2', RoleClient>

/** Logs each test account in over REST (as a site or the admin would) and keeps its JWT. */
export async function logIn(baseUrl: string, account: Accounts[keyof Accounts]) {
  const res = await new ApiClient(baseUrl).post(`/api/${account.collection}/login`, {
    email: account.email,
    password: PASSWORD,
  })
  if (res.status !== 200) {
    throw new Error(`login ${account.email}: ${res.status} ${JSON.stringify(res.body)}`)
  }
  return new RoleClient(baseUrl, res.body.token as string)
}

export async function logInAll(baseUrl: string, accounts: Accounts): Promise<Clients> {
  return {
    anonymous: new RoleClient(baseUrl),
    reader: await logIn(baseUrl, accounts.reader),
    reader2: await logIn(baseUrl, accounts.reader2),
    author: await logIn(baseUrl, accounts.author),
    author2: await logIn(baseUrl, accounts.author2),
    editor: await logIn(baseUrl, accounts.editor),
    admin: await logIn(baseUrl, accounts.admin),
  }
}

/** The Local API `user` of a role (undefined for anonymous), for `overrideAccess: false` calls. */
export function userOf(accounts: Accounts, role: Role) {
  return role === 'anonymous' ? undefined : accounts[role].user
}
