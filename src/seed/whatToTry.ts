/** What a newcomer can try on the freshly seeded demo newsroom, printed once after the first start. */
export function whatToTry(url: string): string[] {
  return [
    'The demo newsroom is ready. Things to try:',
    `  ${url}/admin as editor@showrunner.test: three articles wait in the review queue, two with changes requested, three scheduled`,
    `  ${url}/admin as author@showrunner.test: submit a draft; its fields lock while an editor reviews it`,
    `  ${url}/ is the reference site; open a listicle and compare its "Similar articles" with the spoiler warning`,
    `  curl '${url}/api/articles?limit=5&select[title]=true&select[slug]=true'   # public, cacheable`,
    `  log in as reader@showrunner.test (watched Secretary Kim to episode 8): later episodes' sections are withheld`,
  ]
}
