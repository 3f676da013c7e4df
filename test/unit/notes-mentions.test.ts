import { mentionEmail, newlyMentioned, parseMentions } from '../../src/notes/mentions'

describe('parseMentions', () => {
  it.each<[string, string[]]>([
    ['@kim please check', ['kim']],
    ['cc @Kim, @lee_2 and @kim again', ['kim', 'lee_2']],
    ['mail kim@network.example or @x', []],
    ['(@editor) @@double @toolongtoolongtoolongtoolongtoolong1', ['editor']],
    ['line one\n@author: see item 3', ['author']],
  ])('%p mentions %p', (body, expected) => expect(parseMentions(body)).toEqual(expected))
})

describe('newlyMentioned', () => {
  it('names only who was not mentioned before', () => {
    expect(newlyMentioned(['1', '2'], ['2', '3'])).toEqual(['3'])
    expect(newlyMentioned([], ['4'])).toEqual(['4'])
  })
})

describe('mentionEmail', () => {
  it('quotes the note, escaped in HTML, and links the article', () => {
    const mail = mentionEmail({
      authorName: 'Kim',
      articleTitle: 'Signal',
      body: '<b>@lee</b> check',
      anchor: 'item:2',
      url: 'https://cms.example/admin/collections/articles/1',
    })
    expect(mail.subject).toBe('Kim mentioned you: Signal')
    expect(mail.text).toContain('(on item:2)')
    expect(mail.html).toContain('&#60;b&#62;@lee&#60;/b&#62; check')
    expect(mail.html).toContain('href="https://cms.example/admin/collections/articles/1"')
  })
})
