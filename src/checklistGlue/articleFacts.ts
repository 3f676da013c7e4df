import type { PayloadRequest } from 'payload'

import type { ChecklistArticle, LinkedArticle } from '../checklist'
import { countWords } from '../checklist'
import { getOptions } from '../options'
import { relationId } from '../relationId'
import type { LexicalState } from '../spoilers/sections'
import { lexicalToPlainText } from '../spoilers/sections'

type Data = Record<string, unknown>

const MAX_LINKS = 200

const text = (value: unknown): string => (typeof value === 'string' ? value : '')
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])
const record = (value: unknown): Data =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : {}
const ids = (value: unknown): string[] =>
  list(value).flatMap((entry) => {
    const id = relationId(entry)
    return id === null ? [] : [String(id)]
  })
const richText = (value: unknown): string => {
  const state = record(value)
  return state.root ? lexicalToPlainText(state as LexicalState) : ''
}

/**
 * The facts the checklist reads, from an article's data (stored, or a form's unsaved values; any
 * shape is tolerated): the hero image's alt text and each linked article's status are looked up,
 * within the request's transaction and whatever the caller may read.
 */
export async function articleFacts(req: PayloadRequest, data: Data): Promise<ChecklistArticle> {
  const { slugs } = getOptions(req)
  const items = list(data.items).map(record)
  const heroId = relationId(data.heroImage)
  const [heroImage, links] = await Promise.all([
    heroId === null ? null : heroFacts(req, slugs.media, heroId),
    linkFacts(req, slugs.articles, data),
  ])
  const words = [
    richText(data.intro),
    ...items.flatMap((item) => [text(item.heading), richText(item.body)]),
    richText(data.body),
  ].join('\n')
  const dramaIds = new Set([...ids(data.dramas), ...ids(items.map((item) => item.drama))])
  return {
    format: text(data.format) || 'listicle',
    title: text(data.title),
    excerpt: text(data.excerpt),
    heroImage,
    dramaIds: [...dramaIds],
    items: items.map((item) => ({
      heading: text(item.heading),
      hasScene: relationId(item.scene) !== null,
      hasDrama: relationId(item.drama) !== null,
    })),
    spoilerSectionCount: list(data.spoilerSections).filter((row) => record(row).spoiler === true)
      .length,
    spoilerWarning: text(record(data.spoilerWarning).text),
    sources: list(data.sources).map((row) => ({
      label: text(record(row).label),
      url: text(record(row).url),
    })),
    wordCount: countWords(words),
    links,
  }
}

async function heroFacts(req: PayloadRequest, collection: string, id: number | string) {
  const media = (await req.payload
    .findByID({
      collection: collection as 'media',
      id,
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
      req,
    })
    .catch(() => null)) as { alt?: unknown } | null
  return media ? { id: String(id), alt: text(media.alt) } : null
}

async function linkFacts(
  req: PayloadRequest,
  collection: string,
  data: Data,
): Promise<LinkedArticle[]> {
  const wanted = [
    ...ids(data.seeAlso).map((id) => ({ field: 'seeAlso' as const, id })),
    ...ids(data.pinnedSimilar).map((id) => ({ field: 'pinnedSimilar' as const, id })),
  ]
  if (wanted.length === 0) return []
  // Stored articles hold at most a few dozen links; a form posted to the live check could hold more.
  if (wanted.length > MAX_LINKS) wanted.length = MAX_LINKS
  const numeric = req.payload.db.defaultIDType === 'number'
  const dbIds = [...new Set(wanted.map((link) => link.id))].filter(
    (id) => !numeric || /^\d+$/.test(id),
  )
  // The main row's `_status` says whether a version of the article is on the site.
  const { docs } = await req.payload.db.find({
    collection: collection as 'articles',
    where: { id: { in: numeric ? dbIds.map(Number) : dbIds } },
    select: { title: true, _status: true },
    limit: 0,
    pagination: false,
    req,
  })
  const found = new Map(docs.map((doc) => [String(doc.id), doc as Data]))
  return wanted.map((link) => {
    const doc = found.get(link.id)
    return {
      ...link,
      title: doc ? text(doc.title) || null : null,
      isPublished: doc?._status === 'published',
    }
  })
}
