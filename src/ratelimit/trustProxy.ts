/** `TRUST_PROXY` read: how many proxies in front of the server may set `X-Forwarded-For`. */
export type TrustProxy = { hops: number; warning?: string }

/**
 * A hop count, never "trust all": with `true`, express takes the left-most `X-Forwarded-For` entry,
 * which any client writes, so rotating it would reset every per-address budget. `true` is read as
 * one hop (a single reverse proxy) with a warning; anything else but a whole number is refused.
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? '').trim().toLowerCase()
  if (text === '' || text === 'false') return { hops: 0 }
  if (text === 'true') {
    return {
      hops: 1,
      warning:
        'TRUST_PROXY=true is read as 1 (one proxy in front of the server). Set the number of proxies.',
    }
  }
  if (/^\d+$/.test(text)) return { hops: Number(text) }
  throw new Error(
    `TRUST_PROXY must be the number of proxies in front of the server, got '${value}'.`,
  )
}
