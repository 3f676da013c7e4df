import { escapeSlack, slackMessage } from '../../src/notifications/slackMessage'
import type { WebhookEvent } from '../../src/notifications/webhookEvent'
import { webhooksFromEnv } from '../../src/notifications/webhooksFromEnv'
import { resolveOptions } from '../../src/options'

const event = (action: string, note: string | null = null): WebhookEvent => ({
  type: 'article.stage_changed',
  occurredAt: '2026-12-06T17:00:00.000Z',
  article: { id: 7, title: 'Love & War <3' },
  transition: {
    action: action as never,
    from: 'draft',
    to: 'in_review',
    by: '2',
    at: '2026-12-06T17:00:00.000Z',
    note,
  },
})

describe('Slack messages', () => {
  it('says what happened, by whom, with a link to the article', () => {
    const message = slackMessage(event('submit', 'Ready for a look'), {
      actorName: 'Mina',
      adminUrl: 'https://cms.example/admin/collections/articles/7',
      siteUrl: 'https://cms.example',
    })
    expect(message.text).toBe('Love &amp; War &lt;3 was submitted for review by Mina.')
    const section = JSON.stringify(message.blocks[0])
    expect(section).toContain(
      '<https://cms.example/admin/collections/articles/7|Love &amp; War &lt;3>',
    )
    expect(section).toContain('> Ready for a look')
  })

  it('names approvals and publishes, and the scheduler by omission', () => {
    const facts = { actorName: null, adminUrl: null, siteUrl: '' }
    expect(slackMessage(event('approve'), facts).text).toMatch(/was approved\.$/)
    expect(slackMessage(event('publish'), facts).text).toMatch(/was published\.$/)
    expect(slackMessage(event('scheduled_publish'), facts).text).toMatch(/published on schedule/)
  })

  it('escapes what Slack would read as a mention or link', () => {
    expect(escapeSlack('<!channel> & <@U1>')).toBe('&lt;!channel&gt; &amp; &lt;@U1&gt;')
  })

  it('renders revalidation events as one line with the pages', () => {
    const message = slackMessage(
      {
        type: 'content.updated',
        occurredAt: '2026-12-06T17:00:00.000Z',
        collection: 'dramas',
        id: 3,
        slug: 'the-glory',
        paths: ['/dramas/the-glory'],
      },
      { actorName: null, adminUrl: null, siteUrl: 'https://site.example' },
    )
    expect(message.text).toBe('content.updated: dramas the-glory')
    expect(JSON.stringify(message.blocks)).toContain('<https://site.example/dramas/the-glory|')
  })
})

describe('Slack webhooks from options and environment', () => {
  it('reads WEBHOOK_FORMAT and refuses anything but json or slack', () => {
    const env = { WEBHOOK_URL: 'https://hooks.slack.example/T1', WEBHOOK_SECRET: 's' }
    expect(webhooksFromEnv({ ...env, WEBHOOK_FORMAT: 'slack' })[0].format).toBe('slack')
    expect(webhooksFromEnv(env)[0].format).toBeUndefined()
    expect(() => webhooksFromEnv({ ...env, WEBHOOK_FORMAT: 'teams' })).toThrow(/json or slack/)
  })

  it('gives a Slack webhook the workflow events by default, a JSON one everything', () => {
    const { webhooks } = resolveOptions({
      webhooks: [
        { url: 'https://a.example', secret: 's', format: 'slack' },
        { url: 'https://b.example', secret: 's' },
      ],
    })
    expect(webhooks[0].events).toEqual([
      'article.published',
      'article.unpublished',
      'article.stage_changed',
    ])
    expect(webhooks[1].events).toContain('content.updated')
    // No format is the JSON event.
    expect(webhooks[1].format).toBeUndefined()
  })
})
