import fs from 'node:fs'
import path from 'node:path'

import { getPayload } from 'payload'

import config from '../../payload.config'
import { progressBar } from './progress'
import { rebuildSimilarIndex } from './rebuildIndex'

// `npm run similar:rebuild [--fresh] [--checkpoint <file>]`: recomputes every similar-articles list
// (after an import, a change of the engine, or when the corpus has grown a lot). Resumable: after
// each batch the last article written is saved to the checkpoint file; a new run continues after
// it, unless --fresh. The file is removed when the rebuild completes.

const args = process.argv.slice(2)
const option = (name: string) => {
  const at = args.indexOf(name)
  return at >= 0 ? args[at + 1] : undefined
}
const checkpointFile = path.resolve(
  option('--checkpoint') ?? process.env.SIMILAR_REBUILD_CHECKPOINT ?? 'data/similar-rebuild.json',
)
type Checkpoint = { lastId: string; startedAt: string }

function readCheckpoint(): Checkpoint | null {
  if (args.includes('--fresh') || !fs.existsSync(checkpointFile)) return null
  return JSON.parse(fs.readFileSync(checkpointFile, 'utf8')) as Checkpoint
}

const started = Date.now()
const previous = readCheckpoint()
const startedAt = previous?.startedAt ?? new Date().toISOString()
if (previous) console.log(`Resuming after article ${previous.lastId} (run started ${startedAt}).`)

const payload = await getPayload({ config })
const bar = progressBar()
let phase = ''
try {
  const result = await rebuildSimilarIndex({
    payload,
    resumeAfter: previous?.lastId ?? null,
    onProgress: ({ phase: current, done, total }) => {
      if (phase && phase !== current) bar.done()
      phase = current
      bar.update(current, done, total)
    },
    onCheckpoint: (lastId) => {
      fs.mkdirSync(path.dirname(checkpointFile), { recursive: true })
      fs.writeFileSync(checkpointFile, JSON.stringify({ lastId, startedAt } satisfies Checkpoint))
    },
  })
  bar.done()
  fs.rmSync(checkpointFile, { force: true })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  console.log(
    `Rebuilt similar articles: ${result.articles} live articles, ${result.written} written, ` +
      `${result.removed} stale entries removed, in ${seconds} s.`,
  )
  await payload.destroy()
  process.exit(0)
} catch (err) {
  bar.done()
  payload.logger.error({
    err,
    msg: `similar:rebuild failed; run it again to resume (${checkpointFile})`,
  })
  await payload.destroy()
  process.exit(1)
}
