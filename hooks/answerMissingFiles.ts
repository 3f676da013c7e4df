import fs from 'node:fs/promises'
import path from 'node:path'

import type { UploadConfig } from 'payload'

type FileHandler = NonNullable<UploadConfig['handlers']>[number]

// What the file system says of a name no stored file can have: absent, too long, or through a file.
const NO_SUCH_FILE = new Set(['ENOENT', 'ENAMETOOLONG', 'ENOTDIR'])

/**
 * Answers a request for a file that is not in `staticDir` with a 404. Payload's own file route
 * answers it with a 500 ("missing on the disk"), and a name longer than the file system allows
 * with a stack trace in the log: both are a broken link or a probe, not a server fault. Files that
 * exist fall through to Payload, which streams them.
 */
export function answerMissingFiles(staticDir: string): FileHandler {
  const root = path.resolve(staticDir)
  // Payload's type has no Promise<Response | void>; at run time it checks `instanceof Response`.
  return (_req, { params }) => notFound(root, params) as Promise<Response>
}

async function notFound(
  root: string,
  params: { collection: string; filename: string },
): Promise<Response | undefined> {
  const file = path.resolve(root, params.filename)
  // Payload refuses names that leave the directory itself (a 400).
  if (!file.startsWith(root + path.sep)) return
  try {
    await fs.stat(file)
  } catch (err) {
    if (!NO_SUCH_FILE.has((err as NodeJS.ErrnoException).code ?? '')) throw err
    const name = params.filename.length > 80 ? `${params.filename.slice(0, 80)}…` : params.filename
    const message = `${params.collection} has no file named '${name}'.`
    return Response.json({ errors: [{ message }] }, { status: 404 })
  }
}
