import { ResponseStore } from '../../src/delivery/responseStore'
import { deliveryOptionsFromEnv, resolveDelivery } from '../../src/http/deliveryOptions'
import type { StoredResponse } from '../../src/delivery/responseStore'

const entry = (bytes: number, expiresAt = 10_000): StoredResponse => ({
  body: Buffer.alloc(bytes, 1),
  headers: { 'content-type': 'application/json' },
  etag: `"${bytes}"`,
  storedAt: 0,
  expiresAt,
})

describe('ResponseStore', () => {
  it('never holds more than its byte limit, evicting the least recently used first', () => {
    const store = new ResponseStore({ maxBytes: 4_000, maxEntryBytes: 2_000 })
    for (const key of ['a', 'b', 'c']) expect(store.set(key, entry(1_000))).toBe(true)
    // Reading `a` makes `b` the least recently used.
    expect(store.get('a', 0)).toBeDefined()
    store.set('d', entry(1_000))
    expect(store.size).toBeLessThanOrEqual(4_000)
    expect(store.get('b', 0)).toBeUndefined()
    expect(store.get('a', 0)).toBeDefined()
    expect(store.get('d', 0)).toBeDefined()
    for (let i = 0; i < 100; i++) {
      store.set(`k${i}`, entry(1_500))
      expect(store.size).toBeLessThanOrEqual(4_000)
    }
  })

  it('refuses an answer larger than one entry may be, and keeps what it has', () => {
    const store = new ResponseStore({ maxBytes: 10_000, maxEntryBytes: 2_000 })
    store.set('small', entry(100))
    expect(store.set('big', entry(2_001))).toBe(false)
    expect(store.get('big', 0)).toBeUndefined()
    expect(store.get('small', 0)).toBeDefined()
  })

  it('drops an expired answer when it is asked for, and frees its bytes', () => {
    const store = new ResponseStore({ maxBytes: 10_000, maxEntryBytes: 5_000 })
    store.set('a', entry(1_000, 500))
    const held = store.size
    expect(store.get('a', 499)).toBeDefined()
    expect(store.get('a', 500)).toBeUndefined()
    expect(held).toBeGreaterThan(0)
    expect(store.size).toBe(0)
    expect(store.count).toBe(0)
  })

  it('replaces an entry under the same key without counting it twice, and clears', () => {
    const store = new ResponseStore({ maxBytes: 10_000, maxEntryBytes: 5_000 })
    store.set('a', entry(1_000))
    const once = store.size
    store.set('a', entry(1_000))
    expect(store.size).toBe(once)
    store.clear()
    expect(store.size).toBe(0)
    expect(store.get('a', 0)).toBeUndefined()
  })
})

describe('response cache size option', () => {
  it('defaults to 32 MiB, takes RESPONSE_CACHE_MB (0 switches it off), and refuses nonsense', () => {
    expect(resolveDelivery({}).responseCacheBytes).toBe(32 * 1024 * 1024)
    expect(
      resolveDelivery(deliveryOptionsFromEnv({ RESPONSE_CACHE_MB: '0' })).responseCacheBytes,
    ).toBe(0)
    expect(
      resolveDelivery(deliveryOptionsFromEnv({ RESPONSE_CACHE_MB: '1.5' })).responseCacheBytes,
    ).toBe(1.5 * 1024 * 1024)
    expect(() => deliveryOptionsFromEnv({ RESPONSE_CACHE_MB: '-1' })).toThrow(/RESPONSE_CACHE_MB/)
    expect(() => resolveDelivery({ responseCacheBytes: 1.5 })).toThrow(/responseCacheBytes/)
  })
})
