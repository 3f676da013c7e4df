import { webhookWants } from '../../src/notifications/webhookEvent'
import { webhooksFromEnv } from '../../src/notifications/webhooksFromEnv'
import {
  articleSaveEvent,
  AUTHOR_PROFILE_FIELDS,
  commentChangeEvent,
  hasPublicProfileChanged,
  REVALIDATION_EVENTS,
  revalidationPaths,
} from '../../src/revalidation/events'

describe('revalidationPaths', () => {
  it('names an article page and the home list', () => {
    expect(revalidationPaths({ collection: 'articles', slug: 'ten-kisses' })).toEqual([
      '/articles/ten-kisses',
      '/',
    ])
  })

  it('names the old page too when the slug changed, and only once when it did not', () => {
    expect(
      revalidationPaths({ collection: 'articles', slug: 'new-name', previousSlug: 'old-name' }),
    ).toEqual(['/articles/new-name', '/articles/old-name', '/'])
    expect(
      revalidationPaths({ collection: 'articles', slug: 'same', previousSlug: 'same' }),
    ).toEqual(['/articles/same', '/'])
  })

  it('names a drama, person or author page, its listing and the articles that show it', () => {
    expect(
      revalidationPaths({
        collection: 'dramas',
        slug: 'the-glory',
        referencingArticles: ['a', 'b', 'a'],
      }),
    ).toEqual(['/dramas/the-glory', '/dramas', '/articles/a', '/articles/b'])
    expect(revalidationPaths({ collection: 'people', slug: 'song-hye-kyo' })).toEqual([
      '/people/song-hye-kyo',
      '/people',
    ])
    expect(revalidationPaths({ collection: 'authors', slug: 'jin' })).toEqual([
      '/authors/jin',
      '/authors',
    ])
  })

  it('gives scenes and media no page of their own: the articles that show them, and files', () => {
    expect(revalidationPaths({ collection: 'scenes', referencingArticles: ['top-10'] })).toEqual([
      '/articles/top-10',
    ])
    expect(
      revalidationPaths({
        collection: 'media',
        fileUrls: ['https://cms.example/api/media/file/a.jpg', '/api/media/file/a-400x300.jpg'],
        referencingArticles: ['x'],
      }),
    ).toEqual(['/api/media/file/a.jpg', '/api/media/file/a-400x300.jpg', '/articles/x'])
  })

  it('encodes slugs that are not URL-safe', () => {
    expect(revalidationPaths({ collection: 'articles', slug: 'a b/c' })[0]).toBe(
      '/articles/a%20b%2Fc',
    )
  })
})

describe('articleSaveEvent', () => {
  it.each([
    [{ wasLive: false, isLive: true, savedStatus: 'published' }, 'content.published'],
    [{ wasLive: true, isLive: true, savedStatus: 'published' }, 'content.updated'],
    [{ wasLive: true, isLive: false, savedStatus: 'draft' }, 'content.unpublished'],
    // A draft saved over a live article, or on one that never was live: nothing public changed.
    [{ wasLive: true, isLive: true, savedStatus: 'draft' }, null],
    [{ wasLive: false, isLive: false, savedStatus: 'draft' }, null],
  ] as const)('%o is %s', (facts, expected) => {
    expect(articleSaveEvent(facts)).toBe(expected)
  })
})

describe('commentChangeEvent', () => {
  it.each([
    [null, 'approved', 'comment.approved'],
    ['pending', 'approved', 'comment.approved'],
    ['approved', 'approved', 'comment.updated'],
    ['approved', 'rejected', 'comment.removed'],
    ['approved', null, 'comment.removed'],
    [null, 'pending', null],
    ['pending', 'spam', null],
    ['pending', null, null],
  ] as const)('%s → %s is %s', (previousStatus, status, expected) => {
    expect(commentChangeEvent({ previousStatus, status })).toBe(expected)
  })
})

describe('hasPublicProfileChanged', () => {
  const profile = { name: 'Jin', handle: 'jin', avatar: 3, socials: [], email: 'a@b.c' }

  it('ignores the account (e-mail, role, password) and populated relations', () => {
    const after = {
      ...profile,
      email: 'new@b.c',
      role: 'editor',
      avatar: { id: 3, createdAt: 'x' },
    }
    expect(hasPublicProfileChanged(profile, after, AUTHOR_PROFILE_FIELDS)).toBe(false)
  })

  it('sees a changed name, avatar or social link, and a new profile', () => {
    expect(hasPublicProfileChanged(profile, { ...profile, name: 'J' }, AUTHOR_PROFILE_FIELDS)).toBe(
      true,
    )
    expect(hasPublicProfileChanged(profile, { ...profile, avatar: 4 }, AUTHOR_PROFILE_FIELDS)).toBe(
      true,
    )
    const socials = [{ platform: 'website', url: 'https://j.example' }]
    expect(hasPublicProfileChanged(profile, { ...profile, socials }, AUTHOR_PROFILE_FIELDS)).toBe(
      true,
    )
    expect(hasPublicProfileChanged(null, profile, AUTHOR_PROFILE_FIELDS)).toBe(true)
  })
})

describe('webhookWants', () => {
  it('lets article.stage_changed hear the workflow events but no revalidation event', () => {
    const events = ['article.stage_changed'] as const
    expect(webhookWants(events, 'article.published')).toBe(true)
    for (const type of REVALIDATION_EVENTS) expect(webhookWants(events, type)).toBe(false)
    expect(webhookWants(['similar.updated'], 'similar.updated')).toBe(true)
    expect(webhookWants(['similar.updated'], 'content.updated')).toBe(false)
  })
})

describe('webhooksFromEnv', () => {
  it('configures nothing without WEBHOOK_URL', () => {
    expect(webhooksFromEnv({})).toEqual([])
    expect(webhooksFromEnv({ WEBHOOK_URL: ' ', WEBHOOK_SECRET: 's' })).toEqual([])
  })

  it('configures one webhook for every event, or the events listed', () => {
    expect(
      webhooksFromEnv({ WEBHOOK_URL: 'https://site.example/hook', WEBHOOK_SECRET: 's' }),
    ).toEqual([{ url: 'https://site.example/hook', secret: 's' }])
    expect(
      webhooksFromEnv({
        WEBHOOK_URL: 'https://site.example/hook',
        WEBHOOK_SECRET: 's',
        WEBHOOK_EVENTS: 'content.published, similar.updated',
      }),
    ).toEqual([
      {
        url: 'https://site.example/hook',
        secret: 's',
        events: ['content.published', 'similar.updated'],
      },
    ])
  })

  it('refuses a URL without a secret, a bad URL and unknown event names, saying which', () => {
    expect(() => webhooksFromEnv({ WEBHOOK_URL: 'https://a.example' })).toThrow(/WEBHOOK_SECRET/)
    expect(() => webhooksFromEnv({ WEBHOOK_URL: 'not a url', WEBHOOK_SECRET: 's' })).toThrow(
      /not a URL/,
    )
    expect(() => webhooksFromEnv({ WEBHOOK_URL: 'ftp://a.example', WEBHOOK_SECRET: 's' })).toThrow(
      /http or https/,
    )
    expect(() =>
      webhooksFromEnv({
        WEBHOOK_URL: 'https://a.example',
        WEBHOOK_SECRET: 's',
        WEBHOOK_EVENTS: 'content.published,page.changed',
      }),
    ).toThrow(/page\.changed/)
  })
})
