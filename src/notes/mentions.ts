/** A staff handle as the authors collection allows it (2–32 lower-case letters, digits or _). */
const MENTION = /(^|[^\p{L}\p{N}_@.])@([a-z0-9_]{2,32})(?![\p{L}\p{N}_])/gu

/**
 * The handles mentioned in a note, lower-cased, each once, in order of first mention. An e-mail
 * address (`kim@network.example`) or a longer word is not a mention.
 */
export function parseMentions(body: string): string[] {
  const found = new Set<string>()
  for (const match of body.toLowerCase().matchAll(MENTION)) found.add(match[2]!)
  return [...found]
}

/** The ids in `next` that were not in `previous`: who a change newly mentions. */
export function newlyMentioned(previous: readonly string[], next: readonly string[]): string[] {
  const before = new Set(previous)
  return next.filter((id) => !before.has(id))
}

export type MentionEmailInput = {
  authorName: string
  articleTitle: string
  body: string
  anchor: string | null
  url: string
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** The e-mail telling someone they were mentioned in an editorial note. */
export function mentionEmail(input: MentionEmailInput) {
  const where = input.anchor ? ` (on ${input.anchor})` : ''
  const lead = `${input.authorName} mentioned you in a note on “${input.articleTitle}”${where}:`
  return {
    subject: `${input.authorName} mentioned you: ${input.articleTitle}`,
    text: `${lead}\n\n${input.body}\n\nOpen the article: ${input.url}\n`,
    html: `<p>${escapeHtml(lead)}</p><blockquote>${escapeHtml(input.body).replace(/\n/g, '<br>')}</blockquote><p><a href="${escapeHtml(input.url)}">Open the article</a></p>`,
  }
}
