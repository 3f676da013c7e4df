import config from '@payload-config'
import { getPayload } from 'payload'

import { getOptionsFromConfig } from '../../options'

export const dynamic = 'force-dynamic'

type ArticleCard = { id: number | string; slug: string; title: string; excerpt?: string | null }

/** The reader's front page: the latest published articles, read with anonymous access. */
export default async function HomePage() {
  const payload = await getPayload({ config })
  const { slugs } = getOptionsFromConfig(payload.config)
  const { docs } = await payload.find({
    collection: slugs.articles,
    overrideAccess: false,
    depth: 0,
    limit: 20,
    sort: '-publishedAt',
    select: { title: true, slug: true, excerpt: true },
  })
  return (
    <>
      <h1>Latest</h1>
      {(docs as unknown as ArticleCard[]).map((article) => (
        <article className="article-card" key={article.id}>
          <h2>
            <a href={`/articles/${article.slug}`}>{article.title}</a>
          </h2>
          {article.excerpt ? <p>{article.excerpt}</p> : null}
        </article>
      ))}
    </>
  )
}
