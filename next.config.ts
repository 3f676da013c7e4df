import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  turbopack: { root: path.resolve(dirname) },
  // No X-Powered-By: Next.js (express's is off too): the stack is nobody's business.
  poweredByHeader: false,
  // Next dev serves its HMR socket to localhost only: without this the admin stays blank at
  // http://127.0.0.1:PORT/admin.
  allowedDevOrigins: ['127.0.0.1'],
  // Type-checking and lint run as their own CI steps; the build should not repeat them.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
