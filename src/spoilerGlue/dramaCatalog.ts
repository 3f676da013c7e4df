import type { Payload, PayloadRequest } from 'payload'

import type { DramaInfo, SpoilerContext } from '../spoilers'
import type { Slugs } from '../options'
import { getOptions } from '../options'
import { relationId } from '../relationId'
import type { DramaCatalog, DramaEntry, Id } from './types'

type DramaDoc = {
  id: Id
  title: string
  slug?: string | null
  aliases?: string[] | null
  episodes?: number | null
  synopsis?: string | null
  cast?: Array<{ person?: unknown; character?: string | null }> | null
}

// One catalog per Payload instance (tests and hosts can run several side by side).
const catalogs = new WeakMap<Payload, DramaCatalog>()
const subsets = new WeakMap<DramaCatalog, Map<string, SpoilerContext>>()
const MAX_SUBSETS = 500

// The catalog each request asked for: a publish needs it in several hooks (spoiler tags, similar
// articles), and one stamp query per request is enough.
const perRequest = new WeakMap<PayloadRequest, Promise<DramaCatalog>>()

/**
 * Forgets the cached catalog of `payload` (and the one `req` holds), so the next save loads the
 * dramas again. Called when a drama changes in this process; edits made by other processes are
 * caught by the stamp check.
 */
export function forgetDramaCatalog(payload: Payload, req?: PayloadRequest): void {
  catalogs.delete(payload)
  if (req) perRequest.delete(req)
}

// Through the adapter: internal bookkeeping needs neither access control nor the dramas' hooks.
async function readStamp(req: PayloadRequest, slug: Slugs['dramas']): Promise<string> {
  const latest = await req.payload.db.find({
    collection: slug,
    sort: '-updatedAt',
    limit: 1,
    pagination: true,
    select: { updatedAt: true },
    req,
  })
  const newest = latest.docs[0] as { updatedAt?: unknown } | undefined
  return `${latest.totalDocs}:${String(newest?.updatedAt ?? '')}`
}

async function loadCatalog(req: PayloadRequest, stamp: string): Promise<DramaCatalog> {
  const { slugs } = getOptions(req)
  const { docs } = await req.payload.find({
    collection: slugs.dramas,
    depth: 0,
    pagination: false,
    select: { title: true, slug: true, aliases: true, episodes: true, synopsis: true, cast: true },
    req,
  })
  const dramaDocs = docs as unknown as DramaDoc[]
  const personIds = [
    ...new Set(
      dramaDocs.flatMap((drama) => (drama.cast ?? []).map((member) => relationId(member.person))),
    ),
  ].filter((id): id is Id => id !== null)
  const people =
    personIds.length === 0
      ? []
      : (
          await req.payload.find({
            collection: slugs.people,
            where: { id: { in: personIds } },
            depth: 0,
            pagination: false,
            select: { name: true, slug: true },
            req,
          })
        ).docs
  const names = new Map(people.map((person) => [String(person.id), String(person.name ?? '')]))
  const personKeys = new Map(
    people.map((person) => {
      const slug = (person as { slug?: string | null }).slug
      return [String(person.id), slug || String(person.id)]
    }),
  )

  const dramas: DramaEntry[] = dramaDocs.map((drama) => {
    const info: DramaInfo = {
      title: drama.title,
      aliases: (drama.aliases ?? []).filter(Boolean),
      episodes: drama.episodes ?? undefined,
      synopsis: drama.synopsis ?? undefined,
      cast: (drama.cast ?? [])
        .map((member) => ({
          actor: names.get(String(relationId(member.person))) ?? '',
          character: member.character ?? '',
        }))
        .filter((member) => member.actor || member.character),
    }
    return {
      id: drama.id,
      title: drama.title,
      slug: drama.slug ?? null,
      episodes: drama.episodes ?? null,
      info,
      people: (drama.cast ?? []).flatMap((member) => {
        const id = String(relationId(member.person))
        const key = personKeys.get(id)
        return key ? [{ key, name: names.get(id) ?? '' }] : []
      }),
    }
  })
  return {
    stamp,
    dramas,
    context: { dramas: dramas.map((drama) => drama.info) },
    byId: new Map(dramas.map((drama) => [String(drama.id), drama])),
    byTitle: new Map(dramas.map((drama) => [drama.title, drama])),
    bySlug: new Map(dramas.flatMap((drama) => (drama.slug ? [[drama.slug, drama]] : []))),
  }
}

/**
 * Every known drama with its aliases, episodes, synopsis and cast, as the spoiler engine wants them.
 * Cached per Payload instance; each request costs one cheap query (count and latest `updatedAt`
 * of the dramas), which notices changes made by other server processes, and reloads only when it
 * moved.
 */
export function getDramaCatalog(req: PayloadRequest): Promise<DramaCatalog> {
  let pending = perRequest.get(req)
  if (!pending) {
    pending = currentCatalog(req)
    perRequest.set(req, pending)
    // A failed read is not remembered: the next call tries again.
    pending.catch(() => perRequest.delete(req))
  }
  return pending
}

async function currentCatalog(req: PayloadRequest): Promise<DramaCatalog> {
  const stamp = await readStamp(req, getOptions(req).slugs.dramas)
  const cached = catalogs.get(req.payload)
  if (cached && cached.stamp === stamp) return cached
  const loaded = await loadCatalog(req, stamp)
  catalogs.set(req.payload, loaded)
  return loaded
}

/**
 * The engine context for some of the catalog's dramas (a comment is judged against its article's
 * dramas only), memoised so the engine builds each lexicon once. No ids: every drama.
 */
export function contextForDramas(catalog: DramaCatalog, ids: Id[]): SpoilerContext {
  const entries = ids
    .map((id) => catalog.byId.get(String(id)))
    .filter((entry): entry is DramaEntry => Boolean(entry))
  if (entries.length === 0) return catalog.context
  const key = entries
    .map((entry) => String(entry.id))
    .sort()
    .join(',')
  let memo = subsets.get(catalog)
  if (!memo) subsets.set(catalog, (memo = new Map()))
  let context = memo.get(key)
  if (!context) {
    if (memo.size >= MAX_SUBSETS) memo.clear()
    context = { dramas: entries.map((entry) => entry.info) }
    memo.set(key, context)
  }
  return context
}
