import type { ApiError } from './collectionApi'
import type { HttpResult } from './http'

/** What the server said: the status, and every message of the answer (field errors included). */
export type Answer = { status: number; text: string }

const messages = (errors: ApiError[] | undefined): string =>
  (errors ?? [])
    .flatMap((error) => [
      error.message,
      ...(error.data?.errors ?? error.extensions?.data?.errors ?? []).map(
        (detail) => `${detail.path}: ${detail.message}`,
      ),
    ])
    .join(' | ')

export const restAnswer = (res: HttpResult): Answer => ({
  status: res.status,
  text: messages(res.body?.errors),
})

/** GraphQL answers 200 with errors; Payload's errors carry the HTTP status they stand for. */
export const graphqlAnswer = (res: HttpResult): Answer => ({
  status: res.body?.errors?.[0]?.extensions?.statusCode ?? (res.body?.errors ? 400 : res.status),
  text: messages(res.body?.errors),
})
