import type { IncomingHttpHeaders, Server } from 'node:http'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'

import type { WebhookConfig } from '../../src/options'
import { getOptionsFromConfig } from '../../src/options'

export type Delivery = { headers: IncomingHttpHeaders; body: string }

export type WebhookReceiver = {
  url: string
  /** Deliveries answered 2xx, in arrival order. */
  deliveries: Delivery[]
  /** Every request, including the ones answered with an error. */
  attempts: number
  /** Answer the next `count` requests with a 500. */
  failNext: (count: number) => void
  close: () => Promise<void>
}

/** A local webhook receiver, bound to 127.0.0.1 only. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const deliveries: Delivery[] = []
  let failures = 0
  const receiver = { attempts: 0 }
  const server: Server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      receiver.attempts += 1
      if (failures > 0) {
        failures -= 1
        res.writeHead(500).end('down for maintenance')
        return
      }
      deliveries.push({ headers: req.headers, body })
      res.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hooks/showrunner`,
    deliveries,
    get attempts() {
      return receiver.attempts
    },
    failNext: (count) => void (failures = count),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/**
 * Adds a webhook to the running config. The plugin reads its options from the config at call time,
 * so a test can point it at a receiver whose port is only known once the test runs.
 */
export function registerWebhook(payload: Payload, webhook: WebhookConfig): void {
  getOptionsFromConfig(payload.config).webhooks.push({
    ...webhook,
    events: webhook.events ?? ['article.published', 'article.unpublished', 'article.stage_changed'],
  })
}
