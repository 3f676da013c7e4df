import http from 'node:http'
import zlib from 'node:zlib'

export type RawResult = {
  status: number
  headers: http.IncomingHttpHeaders
  /** The bytes as they came over the wire (still compressed, if they were). */
  raw: Buffer
  /** The body after undoing `Content-Encoding`. */
  text: string
}

/**
 * One request over `node:http`, without fetch's automatic decompression or header rules: what a
 * CDN or curl sees (`Content-Encoding`, `Content-Length`, a HEAD's empty body).
 */
export function rawRequest(
  url: string,
  { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {},
): Promise<RawResult> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('error', reject)
      res.on('end', () => {
        const raw = Buffer.concat(chunks)
        const encoding = res.headers['content-encoding']
        const decoded =
          encoding === 'gzip'
            ? zlib.gunzipSync(raw)
            : encoding === 'br'
              ? zlib.brotliDecompressSync(raw)
              : raw
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          raw,
          text: decoded.toString(),
        })
      })
    })
    req.on('error', reject)
    req.end()
  })
}
