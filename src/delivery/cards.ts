/**
 * What a document looks like when another document embeds it (Payload's collection
 * `defaultPopulate`: the `select` applied when a relationship is populated). A page that needs more
 * of a related document asks for it with `populate[<collection>][<field>]=true` (REST) or picks
 * the fields (GraphQL); the default keeps nested copies small, and an article embedded anywhere is
 * a card that never carries its own similar list, see-also links or pins.
 */

/** The sizes a card shows of an image: the original's URL and the two generated sizes. */
const IMAGE_SIZE = { filename: true, url: true, width: true, height: true } as const

/** An embedded image: enough to render `<img>` with `srcset` and alt text. */
export const MEDIA_CARD = {
  alt: true,
  filename: true,
  url: true,
  width: true,
  height: true,
  sizes: { thumbnail: IMAGE_SIZE, card: IMAGE_SIZE },
} as const

/** An embedded article: a link card. No self-referencing field (similar list, see also, pins). */
export const ARTICLE_CARD = {
  title: true,
  slug: true,
  excerpt: true,
  format: true,
  heroImage: true,
  publishedAt: true,
} as const

/** An embedded drama: title, facts and where to watch (listicle items link to it). */
export const DRAMA_CARD = {
  title: true,
  slug: true,
  network: true,
  year: true,
  episodes: true,
  status: true,
  whereToWatch: true,
  poster: true,
} as const

/** An embedded scene: which drama and episode, and its still. */
export const SCENE_CARD = {
  title: true,
  drama: true,
  episode: true,
  kind: true,
  characters: true,
  media: true,
} as const

/** An embedded person: a name and a photo. */
export const PERSON_CARD = { name: true, slug: true, nativeName: true, photo: true } as const

/** An embedded staff member: a byline. */
export const AUTHOR_CARD = { name: true, handle: true, avatar: true } as const

/** An embedded reader: the name shown on a comment. */
export const READER_CARD = { displayName: true } as const

/** An embedded comment (a reply's parent): its text and who wrote it, not its own parent. */
export const COMMENT_CARD = { body: true, reader: true, status: true, createdAt: true } as const
