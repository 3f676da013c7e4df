import type { ChecklistLimits, ChecklistRule, Range } from './types'

export const DEFAULT_LIMITS: ChecklistLimits = {
  titleLength: { min: 20, max: 90 },
  excerptLength: { min: 50, max: 300 },
  wordCount: {
    news: { min: 120, max: 1500 },
    listicle: { min: 300, max: 5000 },
    feature: { min: 600, max: 8000 },
    recap: { min: 300, max: 5000 },
    default: { min: 100 },
  },
}

const describeRange = ({ min, max }: Range, unit: string) =>
  min !== undefined && max !== undefined
    ? `${min}–${max} ${unit}`
    : min !== undefined
      ? `at least ${min} ${unit}`
      : max !== undefined
        ? `at most ${max} ${unit}`
        : `any number of ${unit}`

/** Null when `value` is within `range`, else a sentence saying what it is and should be. */
export function outOfRange(what: string, value: number, range: Range, unit: string): string | null {
  if (
    (range.min === undefined || value >= range.min) &&
    (range.max === undefined || value <= range.max)
  )
    return null
  return `${what} is ${value} ${unit}; aim for ${describeRange(range, unit)}.`
}

const quoteList = (names: string[]) => names.map((name) => `“${name}”`).join(', ')

/** The built-in rules, with their bounds. Their default severities are the newsroom's house rules. */
export function builtInRules(limits: ChecklistLimits = DEFAULT_LIMITS): ChecklistRule[] {
  return [
    {
      id: 'titleLength',
      label: `Title of ${describeRange(limits.titleLength, 'characters')}`,
      severity: 'recommended',
      check: (article) =>
        outOfRange('The title', article.title.trim().length, limits.titleLength, 'characters'),
    },
    {
      id: 'excerptLength',
      label: `Excerpt of ${describeRange(limits.excerptLength, 'characters')}`,
      severity: 'recommended',
      check: (article) =>
        article.excerpt.trim() === ''
          ? 'Write an excerpt: it is the teaser on lists and social cards.'
          : outOfRange(
              'The excerpt',
              article.excerpt.trim().length,
              limits.excerptLength,
              'characters',
            ),
    },
    {
      id: 'heroImage',
      label: 'Hero image with alt text',
      severity: 'required',
      check: (article) =>
        !article.heroImage
          ? 'Choose a hero image.'
          : article.heroImage.alt.trim() === ''
            ? 'The hero image has no alt text: describe it for screen readers.'
            : null,
    },
    {
      id: 'drama',
      label: 'At least one drama',
      severity: 'required',
      check: (article) =>
        article.dramaIds.length > 0 ? null : 'Link the drama (or dramas) the article is about.',
    },
    {
      id: 'listicleItemsLinked',
      label: 'Every listicle item linked to a scene or drama',
      severity: 'required',
      formats: ['listicle'],
      check: (article) => {
        if (article.items.length === 0) return 'A listicle needs at least one item.'
        const unlinked = article.items.filter((item) => !item.hasScene && !item.hasDrama)
        if (unlinked.length === 0) return null
        return `Link a scene or drama to ${quoteList(unlinked.map((item, index) => item.heading || `item ${index + 1}`))}.`
      },
    },
    {
      id: 'spoilerWarning',
      label: 'Spoiler warning when there are spoiler sections',
      severity: 'required',
      check: (article) =>
        article.spoilerSectionCount > 0 && article.spoilerWarning.trim() === ''
          ? `${article.spoilerSectionCount} section(s) are spoilers but readers get no warning: set the spoiler warning to Generated or write one.`
          : null,
    },
    {
      id: 'sources',
      label: 'Sources listed',
      severity: 'required',
      formats: ['news'],
      check: (article) =>
        article.sources.some((source) => source.url.trim() !== '')
          ? null
          : 'News needs its sources: add at least one with a link.',
    },
    {
      id: 'wordCount',
      label: 'Word count in range for the format',
      severity: 'recommended',
      check: (article) =>
        outOfRange(
          'The text',
          article.wordCount,
          limits.wordCount[article.format] ?? limits.wordCount.default ?? {},
          'words',
        ),
    },
    {
      id: 'linksPublished',
      label: 'See also and pins point at published articles',
      severity: 'required',
      check: (article) => {
        const unpublished = article.links.filter((link) => !link.isPublished)
        if (unpublished.length === 0) return null
        const names = unpublished.map(
          (link) =>
            `“${link.title ?? `#${link.id}`}” (${link.field === 'seeAlso' ? 'see also' : 'pinned'})`,
        )
        return `Not published yet: ${names.join(', ')}. Publish them first or remove the links.`
      },
    },
  ]
}
