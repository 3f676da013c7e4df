/** One stored answer: the bytes as sent (already encoded) and the headers that describe them. */
export type StoredResponse = {
  body: Buffer
  headers: Record<string, string>
  etag: string
  storedAt: number
  expiresAt: number
}

export type ResponseStoreLimits = {
  /** Most bytes (bodies plus keys) the store holds; the least recently used answers go first. */
  maxBytes: number
  /** Largest single body kept; a bigger answer is not stored (it would evict everything else). */
  maxEntryBytes: number
}

const sizeOf = (key: string, entry: StoredResponse) => entry.body.length + key.length * 2 + 200

/**
 * A byte-bounded, least-recently-used map of answers with expiry times, with no Payload or HTTP
 * in it: `src/http/responseCache.ts` decides what may be stored and under which key.
 */
export class ResponseStore {
  private readonly entries = new Map<string, StoredResponse>()
  private bytes = 0

  constructor(private readonly limits: ResponseStoreLimits) {}

  /** Bytes held now (bodies, keys and a fixed allowance per entry). */
  get size(): number {
    return this.bytes
  }

  get count(): number {
    return this.entries.size
  }

  /** The live answer under `key`, marked as just used; an expired one is dropped. */
  get(key: string, now: number): StoredResponse | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    this.entries.delete(key)
    if (entry.expiresAt <= now) {
      this.bytes -= sizeOf(key, entry)
      return undefined
    }
    this.entries.set(key, entry)
    return entry
  }

  /** Stores `entry` unless it is too large alone; evicts the least recently used to make room. */
  set(key: string, entry: StoredResponse): boolean {
    if (entry.body.length > this.limits.maxEntryBytes) return false
    const size = sizeOf(key, entry)
    if (size > this.limits.maxBytes) return false
    this.delete(key)
    for (const [oldKey, old] of this.entries) {
      if (this.bytes + size <= this.limits.maxBytes) break
      this.entries.delete(oldKey)
      this.bytes -= sizeOf(oldKey, old)
    }
    this.entries.set(key, entry)
    this.bytes += size
    return true
  }

  delete(key: string): void {
    const entry = this.entries.get(key)
    if (!entry) return
    this.entries.delete(key)
    this.bytes -= sizeOf(key, entry)
  }

  clear(): void {
    this.entries.clear()
    this.bytes = 0
  }
}
