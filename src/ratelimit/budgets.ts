import type { Options, Store } from 'express-rate-limit'
import { MemoryStore } from 'express-rate-limit'

import type { LimitedOperation } from './classifyRest'
import type { Purpose, RateLimitPolicy } from './policy'
import { loginDelayMs } from './policy'

/** Who is asking: the client address (already reduced to a key) and, for reader writes, the reader. */
export type Caller = { ip: string; reader?: string }

/** The verdict for one request: refused (429), or allowed after `delayMs`. */
export type Verdict =
  | { isRefused: true; message: string; retryAfterSeconds: number }
  | { isRefused: false; delayMs: number; release: () => Promise<void> }

type Counter = { key: string; limit: number; message: string }

const WHAT: Record<Purpose, string> = {
  login: 'Too many failed logins from this address',
  signup: 'Too many sign-ups from this address',
  comment: 'Too many comments',
  reaction: 'Too many reactions and reports',
  passwordReset: 'Too many password reset requests',
}

/**
 * The per-purpose budgets of `RateLimitPolicy`, counted in express-rate-limit stores. One process
 * keeps its counts in memory; several processes behind a balancer need a shared `Store` (e.g.
 * `rate-limit-redis`), passed as `createStore`.
 */
export class Budgets {
  private readonly store: Store

  constructor(
    private readonly policy: RateLimitPolicy,
    createStore: () => Store = () => new MemoryStore(),
  ) {
    this.store = createStore()
    this.store.init?.({ windowMs: policy.windowMs } as Options)
  }

  /** The counters one operation advances; login's per-account counter only delays. */
  private countersOf(operation: LimitedOperation, caller: Caller): Counter[] {
    const { policy } = this
    const { purpose, collection, account } = operation
    const message = WHAT[purpose]
    switch (purpose) {
      case 'login':
        return [{ key: `login:ip:${caller.ip}`, limit: policy.loginPerIp, message }]
      case 'signup':
        return [{ key: `signup:ip:${caller.ip}`, limit: policy.signupPerIp, message }]
      case 'comment': {
        const who = caller.reader ? `reader:${caller.reader}` : `ip:${caller.ip}`
        return [{ key: `comment:${who}`, limit: policy.commentsPerReader, message }]
      }
      case 'reaction': {
        const who = caller.reader ? `reader:${caller.reader}` : `ip:${caller.ip}`
        return [{ key: `reaction:${who}`, limit: policy.reactionsPerReader, message }]
      }
      case 'passwordReset':
        return [
          { key: `reset:ip:${caller.ip}`, limit: policy.resetPerIp, message },
          ...(account
            ? [
                {
                  key: `reset:account:${collection}:${account}`,
                  limit: policy.resetPerAccount,
                  message,
                },
              ]
            : []),
        ]
    }
  }

  /**
   * Counts every operation of a request (a GraphQL request with 50 aliased logins counts 50) and
   * answers whether it may run. `release` takes a successful login's counts back: login budgets
   * count failures.
   */
  async consume(operations: LimitedOperation[], caller: Caller): Promise<Verdict> {
    const counted: string[] = []
    let refusal: { message: string; resetTime?: Date } | undefined
    let delayMs = 0
    for (const operation of operations) {
      for (const counter of this.countersOf(operation, caller)) {
        const { totalHits, resetTime } = await this.store.increment(counter.key)
        counted.push(counter.key)
        if (totalHits > counter.limit && !refusal) refusal = { message: counter.message, resetTime }
      }
      if (operation.purpose === 'login' && operation.account) {
        const key = `login:account:${operation.collection}:${operation.account}`
        const { totalHits } = await this.store.increment(key)
        counted.push(key)
        delayMs = Math.max(delayMs, loginDelayMs(totalHits, this.policy))
      }
    }
    if (refusal) {
      const seconds = refusal.resetTime
        ? Math.ceil((refusal.resetTime.getTime() - Date.now()) / 1000)
        : Math.ceil(this.policy.windowMs / 1000)
      const retryAfterSeconds = Math.max(1, seconds)
      const wait =
        retryAfterSeconds >= 120
          ? `${Math.ceil(retryAfterSeconds / 60)} minutes`
          : `${retryAfterSeconds} seconds`
      return {
        isRefused: true,
        message: `${refusal.message}; try again in ${wait}.`,
        retryAfterSeconds,
      }
    }
    const loginKeys = counted.filter((key) => key.startsWith('login:'))
    const release = async () => {
      for (const key of loginKeys) await this.store.decrement(key)
    }
    return { isRefused: false, delayMs, release }
  }

  /** Stops the store's timers (memory store) at shutdown. */
  shutdown(): void {
    void this.store.shutdown?.()
  }
}
