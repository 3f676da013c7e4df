import type { Payload } from 'payload'
import { createLocalReq } from 'payload'
import slugify from 'slugify'

import { applyTransition } from '../endpoints/workflowTransition'
import type { Slugs } from '../options'
import { featuresDesk } from './data/deskFeatures'
import { inProgressDesk } from './data/deskInProgress'
import { newsDesk } from './data/deskNews'
import type { DeskArticle, DeskWriter } from './data/deskTypes'
import { richText } from './lexical'

type Id = number | string
type User = Record<string, unknown> & { id: Id; collection: string }

export type NewsroomRefs = {
  slugs: Slugs
  staff: Record<DeskWriter, User>
  dramaIds: Map<string, Id>
  personIds: Map<string, Id>
  sceneIds: Map<string, Id>
  /** Each drama's banner: an article's hero image is its first drama's. */
  heroIds: Map<string, Id>
}

export const desk: DeskArticle[] = [...newsDesk, ...featuresDesk, ...inProgressDesk]

const DAY = 24 * 60 * 60 * 1000

export const deskSlug = (article: Pick<DeskArticle, 'title'>) =>
  slugify(article.title, { lower: true, strict: true })

/**
 * Writes the demo desk: each article reaches its stage through the workflow itself (submit, review,
 * approve, schedule, archive), so its history, notes and the review queue look as they would in a
 * newsroom. Published pieces are imported the way a migration from an older CMS would be: live at
 * once, dated in the past. An article whose slug exists is left alone, so re-seeding keeps edits.
 */
export async function seedNewsroom(
  payload: Payload,
  refs: NewsroomRefs,
  step: (label: string) => void,
): Promise<void> {
  const now = Date.now()
  for (const article of desk) {
    const slug = deskSlug(article)
    const existing = await payload.count({
      collection: refs.slugs.articles,
      where: { slug: { equals: slug } },
    })
    if (existing.totalDocs > 0) {
      step(`article ${article.title} (kept)`)
      continue
    }
    const id = await createArticle(payload, refs, article, slug, now)
    await moveToStage(payload, refs, article, id, now)
    await leaveNotes(payload, refs, article, id)
    step(`article ${article.title} (${article.stage})`)
  }
}

function articleData(payload: Payload, refs: NewsroomRefs, article: DeskArticle, slug: string) {
  const ids = (names: readonly string[] | undefined, map: Map<string, Id>) =>
    (names ?? []).map((name) => map.get(name)).filter((id) => id !== undefined)
  return {
    title: article.title,
    slug,
    format: article.format,
    excerpt: article.excerpt,
    heroImage: refs.heroIds.get(article.dramas[0]!),
    author: refs.staff[article.by].id,
    coAuthors: article.coAuthor ? [refs.staff[article.coAuthor].id] : [],
    body: richText(...article.body),
    items: (article.items ?? []).map((item) => ({
      heading: item.heading,
      scene: item.scene ? refs.sceneIds.get(item.scene) : undefined,
      drama: item.drama ? refs.dramaIds.get(item.drama) : undefined,
      body: richText(...item.body),
      watchNow: item.watchNow ?? false,
    })),
    dramas: ids(article.dramas, refs.dramaIds),
    people: ids(article.people, refs.personIds),
    tags: article.tags,
    sources: article.sources ?? [],
  }
}

async function createArticle(
  payload: Payload,
  refs: NewsroomRefs,
  article: DeskArticle,
  slug: string,
  now: number,
): Promise<Id> {
  const data = articleData(payload, refs, article, slug)
  const context = { disableRevalidate: true }
  if (article.stage === 'published' || article.stage === 'archived') {
    const doc = await payload.create({
      collection: refs.slugs.articles,
      data: {
        ...data,
        _status: 'published',
        publishedAt: new Date(now + article.day * DAY).toISOString(),
      } as never,
      depth: 0,
      context,
    })
    return doc.id
  }
  // Drafts are written by their author through access control, as the admin would.
  const doc = await payload.create({
    collection: refs.slugs.articles,
    data: data as never,
    draft: true,
    user: refs.staff[article.by],
    overrideAccess: false,
    depth: 0,
    context,
  })
  return doc.id
}

async function moveToStage(
  payload: Payload,
  refs: NewsroomRefs,
  article: DeskArticle,
  id: Id,
  now: number,
): Promise<void> {
  const act = async (who: DeskWriter, action: string, extra: Record<string, unknown> = {}) => {
    const req = await createLocalReq({ user: refs.staff[who] as never }, payload)
    req.context.disableRevalidate = true
    req.context.disableWorkflowNotifications = true
    // The demo pieces are short by design: the editor passes the recommended checks (word count,
    // title length) with a note, as the checklist asks, and the note is kept in the history.
    const checklistNote = 'Demo article: short by design.'
    await applyTransition({ req, id, action, checklistNote, ...extra })
  }
  switch (article.stage) {
    case 'archived':
      return act('editor', 'archive', { note: 'Superseded by later coverage.' })
    case 'in_review':
      return act(article.by, 'submit')
    case 'changes_requested':
      await act(article.by, 'submit')
      return act('editor', 'request_changes', { note: article.review ?? 'Needs another pass.' })
    case 'approved':
      await act(article.by, 'submit')
      return act('editor', 'approve')
    case 'scheduled': {
      await act(article.by, 'submit')
      await act('editor', 'approve')
      const publishAt = new Date(now + article.day * DAY)
      publishAt.setUTCHours(8, 0, 0, 0)
      return act('editor', 'schedule', { publishAt: publishAt.toISOString() })
    }
    default:
      return
  }
}

/** Editorial notes left by the editor (staff-only, never public). */
async function leaveNotes(payload: Payload, refs: NewsroomRefs, article: DeskArticle, id: Id) {
  for (const body of article.notes ?? []) {
    await payload.create({
      collection: refs.slugs.editorialNotes,
      data: { article: id, body } as never,
      user: refs.staff.editor,
      overrideAccess: false,
      depth: 0,
      context: { disableRevalidate: true },
    })
  }
}
