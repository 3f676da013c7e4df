import { notFound } from 'next/navigation'

import { ArticleView } from '../../_components/ArticleView'
import { loadArticle } from '../../_components/loadArticle'
import { RefreshOnSave } from '../../_components/RefreshOnSave'

// Cached and shared by every reader; `POST /revalidate` (a signed revalidation event) purges a page
// when it changes, and this interval is the safety net. Draft mode (staff preview) skips the cache.
export const revalidate = 300
export const dynamicParams = true

// Nothing is rendered at build time (the build has no database); each page renders on first visit.
export function generateStaticParams() {
  return []
}

/** One article as readers see it; in draft mode (via /preview) the latest draft, for staff. */
export default async function ArticlePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const { article, isDraft } = await loadArticle(slug)
  if (!article) notFound()
  return (
    <>
      {isDraft ? <RefreshOnSave /> : null}
      <ArticleView article={article} isDraft={isDraft} />
    </>
  )
}
