import type { SeedItem } from './articles'

export type DeskStage =
  'draft' | 'in_review' | 'changes_requested' | 'approved' | 'scheduled' | 'published' | 'archived'

/** Which demo account writes the piece. */
export type DeskWriter = 'author' | 'author2' | 'editor'

/** One article of the demo newsroom, and where it stands in the workflow. */
export type DeskArticle = {
  title: string
  format: 'news' | 'feature' | 'recap' | 'listicle'
  excerpt: string
  /** Paragraphs; a string starting with '## ' is a section heading. */
  body: string[]
  items?: SeedItem[]
  dramas: string[]
  people?: string[]
  tags: string[]
  sources?: Array<{ label: string; url: string }>
  stage: DeskStage
  /** Days from the seed run: published in the past (negative), scheduled in the future. */
  day: number
  by: DeskWriter
  coAuthor?: DeskWriter
  /** Editorial notes left on the piece (editor's voice), when the notes collection is installed. */
  notes?: string[]
  /** The editor's note when changes were requested. */
  review?: string
}
