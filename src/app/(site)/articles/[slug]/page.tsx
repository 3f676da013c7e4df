import config from '@payload-config'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import { getOptionsFromConfig } from '../../../../options'
import { safeHref, SafeRichText } from '../../SafeRichText'

export const dynamic = 'force-dynamic'

type Drama = { title: string; whereToWatch?: Array<{ platform: string; url: string }> | null }
type Item = {
  id: string
  heading: string
  body?: SerializedEditorState | null
  watchNow?: boolean | null
  scene?: { episode?: number; drama?: Drama | null } | null
  drama?: Drama | null
}
type Article = {
  title: string
  excerpt?: string | null
  publishedAt?: string | null
  author?: { name?: string } | null
  intro?: SerializedEditorState | null
  items?: Item[] | null
  body?: SerializedEditorState | null
}

/** One published article as readers see it, with "Catch episode N of …" links on items that ask. */
export default async function ArticlePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const payload = await getPayload({ config })
  const { slugs } = getOptionsFromConfig(payload.config)
  const { docs } = await payload.find({
    collection: slugs.articles,
    where: { slug: { equals: slug } },
    overrideAccess: false,
    depth: 2,
    limit: 1,
  })
  const article = docs[0] as unknown as Article | undefined
  if (!article) notFound()
  return (
    <article>
      <h1>{article.title}</h1>
      <p className="meta">
        {article.author?.name ? `By ${article.author.name}` : null}
        {article.publishedAt ? ` · ${new Date(article.publishedAt).toDateString()}` : null}
      </p>
      {article.intro ? <SafeRichText data={article.intro} /> : null}
      {(article.items ?? []).map((item, index) => (
        <section className="item" key={item.id}>
          <h2>
            {index + 1}. {item.heading}
          </h2>
          {item.body ? <SafeRichText data={item.body} /> : null}
          <WatchNow item={item} />
        </section>
      ))}
      {article.body ? <SafeRichText data={article.body} /> : null}
    </article>
  )
}

function WatchNow({ item }: { item: Item }) {
  const drama = item.scene?.drama ?? item.drama
  const link = drama?.whereToWatch?.[0]
  if (!item.watchNow || !drama || !link || !safeHref(link.url)) return null
  return (
    <p className="watch-now">
      Catch episode {item.scene?.episode ?? 1} of “{drama.title}”:{' '}
      <a href={safeHref(link.url)} rel="noopener noreferrer">
        Watch now on {link.platform}
      </a>
    </p>
  )
}
