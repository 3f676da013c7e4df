import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

// The slice of the generated Payload types (src/payload-types.ts) the reader pages use. Kept here,
// narrow, so the site compiles whatever else the schema carries; the Local API returns these shapes.
export type RichTextState = SerializedEditorState

export type MediaDoc = { id: number | string; url?: string | null; alt?: string | null }
export type DramaDoc = {
  id: number | string
  title: string
  slug?: string | null
  episodes?: number | null
  whereToWatch?: Array<{ platform: string; url: string }> | null
}
export type SceneDoc = {
  id: number | string
  title?: string
  episode?: number | null
  drama?: DramaDoc | number | string | null
}
export type ItemRow = {
  id?: string | null
  heading: string
  body?: RichTextState | null
  watchNow?: boolean | null
  media?: MediaDoc | number | string | null
  scene?: SceneDoc | number | string | null
  drama?: DramaDoc | number | string | null
}
export type SpoilerRow = {
  key?: string | null
  spoiler?: boolean | null
  drama?: DramaDoc | number | string | null
  dramaTitle?: string | null
  episode?: number | null
}
export type SimilarRow = {
  article?:
    | { id: number | string; slug?: string | null; title?: string; excerpt?: string | null }
    | number
    | string
    | null
  score?: number
}
export type ArticleDoc = {
  id: number | string
  title: string
  slug?: string | null
  excerpt?: string | null
  publishedAt?: string | null
  _status?: 'draft' | 'published' | null
  author?: { name?: string } | number | string | null
  heroImage?: MediaDoc | number | string | null
  intro?: RichTextState | null
  items?: ItemRow[] | null
  body?: RichTextState | null
  spoilerSections?: SpoilerRow[] | null
  spoilerSummary?: {
    dramas?: Array<{
      drama?: DramaDoc | number | string | null
      title?: string | null
      episode?: number | null
    }> | null
  } | null
  similarArticles?: SimilarRow[] | null
}

/** A populated relation, or null when only its id came back (depth or access). */
export const populated = <T extends object>(
  value: T | number | string | null | undefined,
): T | null => (value !== null && typeof value === 'object' ? value : null)

export const idOf = (value: { id: number | string } | number | string | null | undefined) =>
  value === null || value === undefined ? null : typeof value === 'object' ? value.id : value
