import { RichText } from '@payloadcms/richtext-lexical/react'
import type { ReactNode } from 'react'

import type { LexicalState } from '../../../spoilers'
import { splitBodySections, stateOf } from '../../../site/bodySections'
import { Comments } from './Comments'
import { siteConverters } from './converters'
import { ProgressPicker } from './ProgressPicker'
import { SpoilerShield } from './SpoilerShield'
import type {
  ArticleDoc,
  DramaDoc,
  ItemRow,
  MediaDoc,
  RichTextState,
  SceneDoc,
  SpoilerRow,
} from './types'
import { idOf, populated } from './types'

const Rich = ({ data }: { data: RichTextState | LexicalState | null | undefined }) =>
  data ? <RichText data={data as RichTextState} converters={siteConverters} /> : null

/** An article as readers see it: items, watch-now links, spoiler shields, similar, comments. */
export function ArticleView({ article, isDraft }: { article: ArticleDoc; isDraft: boolean }) {
  const rows = new Map((article.spoilerSections ?? []).map((row) => [row.key ?? '', row]))
  const dramas = dramasOf(article)
  const totals = new Map(dramas.map((drama) => [drama.id, drama.episodes]))
  const shield = (key: string, children: ReactNode) => {
    const row = rows.get(key)
    if (!row?.spoiler) return children
    // Staff read the full text (as over the API); the preview marks what readers get shielded.
    if (isDraft) {
      return (
        <div className="spoiler-preview" data-testid="spoiler-preview">
          <p className="spoiler-preview__label">Spoiler section: shielded for readers</p>
          {children}
        </div>
      )
    }
    return (
      <Shield row={row} totals={totals}>
        {children}
      </Shield>
    )
  }
  const author = populated(article.author)
  const hero = populated<MediaDoc>(article.heroImage)
  return (
    <article data-testid="article">
      {isDraft ? (
        <p className="draft-banner" data-testid="draft-banner">
          Preview: latest draft
        </p>
      ) : null}
      <h1>{article.title}</h1>
      <p className="meta">
        {author?.name ? `By ${author.name}` : null}
        {article.publishedAt ? ` · ${new Date(article.publishedAt).toDateString()}` : null}
      </p>
      {hero?.url ? <img className="hero" src={hero.url} alt={hero.alt ?? ''} /> : null}
      <ProgressPicker dramas={dramas.map(({ id, title, episodes }) => ({ id, title, episodes }))} />
      {shield('intro', <Rich data={article.intro} />)}
      {(article.items ?? []).map((item, index) => (
        <section className="item" key={item.id ?? index} data-testid="item">
          <h2>
            {index + 1}. {item.heading}
          </h2>
          {shield(`item:${item.id ?? index}`, <ItemContent item={item} />)}
          <WatchNow item={item} />
        </section>
      ))}
      {splitBodySections(article.body as LexicalState | null).map((section, index) => (
        <section className="body-section" key={index}>
          {section.heading ? <Rich data={stateOf([section.heading])} /> : null}
          {section.nodes.length > 0
            ? shield(
                section.key ?? '',
                <Rich data={stateOf(section.nodes, article.body as LexicalState)} />,
              )
            : null}
        </section>
      ))}
      <Similar article={article} />
      {isDraft ? null : <Comments articleId={article.id} />}
    </article>
  )
}

function Shield({
  row,
  totals,
  children,
}: {
  row: SpoilerRow
  totals: Map<string, number | null>
  children: ReactNode
}) {
  const dramaId = idOf(populated<DramaDoc>(row.drama) ?? (row.drama as number | string | null))
  const id = dramaId === null ? null : String(dramaId)
  return (
    <SpoilerShield
      dramaId={id}
      dramaTitle={row.dramaTitle ?? null}
      episode={row.episode ?? null}
      totalEpisodes={id === null ? null : (totals.get(id) ?? null)}
    >
      {children}
    </SpoilerShield>
  )
}

function ItemContent({ item }: { item: ItemRow }) {
  const scene = populated<SceneDoc>(item.scene)
  const media = populated<MediaDoc>(item.media)
  return (
    <>
      {scene?.title ? (
        <p className="scene" data-testid="scene">
          Scene: {scene.title}
          {scene.episode ? ` (episode ${scene.episode})` : null}
        </p>
      ) : null}
      {media?.url ? <img src={media.url} alt={media.alt ?? ''} /> : null}
      <Rich data={item.body} />
    </>
  )
}

function WatchNow({ item }: { item: ItemRow }) {
  const scene = populated<SceneDoc>(item.scene)
  const drama = populated<DramaDoc>(scene?.drama) ?? populated<DramaDoc>(item.drama)
  const link = drama?.whereToWatch?.[0]
  if (!item.watchNow || !drama || !link) return null
  return (
    <p className="watch-now" data-testid="watch-now">
      Catch episode {scene?.episode ?? 1} of “{drama.title}”:{' '}
      <a href={link.url} rel="noopener noreferrer">
        Watch now on {link.platform}
      </a>
    </p>
  )
}

function Similar({ article }: { article: ArticleDoc }) {
  const links = (article.similarArticles ?? [])
    .map((row) => populated(row.article))
    .filter((doc): doc is NonNullable<typeof doc> => Boolean(doc?.slug && doc.title))
  if (links.length === 0) return null
  return (
    <aside className="similar" data-testid="similar">
      <h2>You might also like</h2>
      <ul>
        {links.map((doc) => (
          <li key={doc.id}>
            <a href={`/articles/${doc.slug}`}>{doc.title}</a>
          </li>
        ))}
      </ul>
    </aside>
  )
}

/** The dramas the article's spoilers concern, with episode counts for the progress picker. */
function dramasOf(article: ArticleDoc) {
  const byId = new Map<string, { id: string; title: string; episodes: number | null }>()
  for (const row of article.spoilerSummary?.dramas ?? []) {
    const drama = populated<DramaDoc>(row.drama)
    const id = idOf(drama ?? (row.drama as number | string | null))
    if (id === null) continue
    byId.set(String(id), {
      id: String(id),
      title: drama?.title ?? row.title ?? 'Drama',
      episodes: drama?.episodes ?? null,
    })
  }
  return [...byId.values()]
}
