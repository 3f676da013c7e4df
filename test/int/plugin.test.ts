import type { Config } from 'payload'

import { showrunner } from '../../src'
import { getOptionsFromConfig } from '../../src/options'

const host = (overrides: Partial<Config> = {}): Config =>
  ({
    secret: 'x',
    collections: [{ slug: 'pages', fields: [{ name: 'title', type: 'text' }] }],
    custom: { hostSetting: 1 },
    ...overrides,
  }) as Config

describe('showrunner(options)', () => {
  it("keeps the host's collections and custom settings and adds its own after them", async () => {
    const config = await showrunner()(host())
    const slugs = (config.collections ?? []).map((collection) => collection.slug)
    expect(slugs[0]).toBe('pages')
    expect(slugs).toEqual(
      expect.arrayContaining([
        'articles',
        'dramas',
        'scenes',
        'people',
        'authors',
        'readers',
        'comments',
        'media',
      ]),
    )
    expect(config.custom?.hostSetting).toBe(1)
    expect(config.admin?.user).toBe('authors')
  })

  it("keeps the host's admin user collection when it names one", async () => {
    const config = await showrunner()(host({ admin: { user: 'pages' } }))
    expect(config.admin?.user).toBe('pages')
  })

  it('renames collections and points relationships at the new slugs', async () => {
    const config = await showrunner({ slugs: { articles: 'stories', dramas: 'shows' } })(host())
    const stories = config.collections?.find((collection) => collection.slug === 'stories')
    const dramas = JSON.stringify(stories?.fields)
    expect(dramas).toContain('"relationTo":"shows"')
    expect(getOptionsFromConfig(config).slugs.articles).toBe('stories')
  })

  it('refuses a slug the host already uses, saying which', async () => {
    await expect(
      Promise.resolve().then(() => showrunner({ slugs: { articles: 'pages' } })(host())),
    ).rejects.toThrow("'pages'")
  })

  it('records enabled: false without dropping any collection', async () => {
    const config = await showrunner({ enabled: false })(host())
    expect(getOptionsFromConfig(config).isEnabled).toBe(false)
    const enabled = await showrunner()(host())
    expect(config.collections).toHaveLength(enabled.collections!.length)
  })
})
