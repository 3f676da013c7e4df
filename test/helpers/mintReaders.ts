import http from 'node:http'

import type { Payload } from 'payload'
import { createLocalReq, getFieldsToSign, jwtSign } from 'payload'
import { addSessionToUser } from 'payload/shared'

import type { HttpResult } from './http'
import { ApiClient } from './http'

/**
 * An API client that opens a fresh connection per request (`agent: false`). A burst of parallel
 * requests after an idle pause would otherwise reuse pooled keep-alive sockets that the server may
 * be closing at that moment (its 5 s idle timeout, late on a loaded machine): an ECONNRESET that
 * says nothing about the server's answer.
 */
class FreshConnectionClient extends ApiClient {
  constructor(
    baseUrl: string,
    private readonly jwt: string,
  ) {
    super(baseUrl, jwt)
  }

  override request<T = any>(method: string, path: string, body?: unknown): Promise<HttpResult<T>> {
    const payload = body === undefined ? undefined : JSON.stringify(body)
    const headers: Record<string, string> = { authorization: `JWT ${this.jwt}` }
    if (payload !== undefined) headers['content-type'] = 'application/json'
    return new Promise((resolve, reject) => {
      const req = http.request(
        `${this.baseUrl}${path}`,
        { method, headers, agent: false },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('error', reject)
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString()
            let parsed: unknown = text
            try {
              parsed = text ? JSON.parse(text) : null
            } catch {
              // not JSON: keep the text for the assertion message
            }
            const responseHeaders = new Headers()
            for (const [name, value] of Object.entries(res.headers)) {
              if (typeof value === 'string') responseHeaders.set(name, value)
            }
            resolve({ status: res.statusCode ?? 0, body: parsed as T, headers: responseHeaders })
          })
        },
      )
      req.on('error', reject)
      req.end(payload)
    })
  }
}

/**
 * `count` reader accounts, each with a client holding a valid login token, without paying a
 * password hash per account (0.5 s each): the accounts are written straight to the database, and
 * each token is minted as Payload's login mints it (a session on the account, the same signed
 * fields). For tests that need many distinct readers at once; logins themselves are tested elsewhere.
 */
export async function mintReaders(
  payload: Payload,
  baseUrl: string,
  count: number,
  prefix = 'crowd',
): Promise<Array<{ id: number | string; client: ApiClient }>> {
  const collectionConfig = payload.collections.readers.config
  const req = await createLocalReq({}, payload)
  const readers = []
  for (let index = 0; index < count; index += 1) {
    const email = `${prefix}-${index}-${Date.now()}@test.showrunner`
    const created = (await payload.db.create({
      collection: 'readers',
      data: { email, displayName: `${prefix} ${index}`, sessions: [] },
      req,
    })) as Record<string, unknown> & { id: number | string }
    const user = (await payload.db.findOne({
      collection: 'readers',
      where: { id: { equals: created.id } },
      req,
    })) as Record<string, unknown> & { id: number | string }
    const { sid } = await addSessionToUser({ collectionConfig, payload, req, user: user as never })
    const fieldsToSign = getFieldsToSign({
      collectionConfig,
      email,
      sid,
      user: { ...user, collection: 'readers' } as never,
    })
    const { token } = await jwtSign({
      fieldsToSign,
      secret: payload.secret,
      tokenExpiration: collectionConfig.auth.tokenExpiration,
    })
    readers.push({ id: created.id, client: new FreshConnectionClient(baseUrl, token) })
  }
  return readers
}
