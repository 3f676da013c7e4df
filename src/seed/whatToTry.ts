/** What a newcomer can try on the freshly seeded demo newsroom, printed once after the first start. */
export function whatToTry(url: string): string[] {
  return [
    'The demo newsroom is ready. Things to try:',
    `  ${url}/admin/review-queue as editor@showrunner.test: three articles wait for review, with editorial notes and the pre-publish checklist`,
    `  ${url}/admin/calendar: scheduled and published articles by week; reschedule one through the workflow`,
    `  ${url}/admin/moderation-queue: pending and reported comments, bulk approve, reject or mark as spam`,
    `  ${url}/admin as author@showrunner.test: submit a draft; its fields lock while an editor reviews it`,
    `  ${url}/ is the reference site: listicles with their scenes, spoiler shields, reactions and similar articles`,
    `  curl '${url}/api/articles?limit=5&select[title]=true&select[slug]=true'   # public, cached, cross-origin ready`,
    `  reader@showrunner.test has watched Secretary Kim to episode 8: later episodes' sections and scenes are withheld`,
  ]
}
