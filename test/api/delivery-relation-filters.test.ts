import type { Payload, Where } from 'payload'

import type { RunningServer } from '../../src/server'
import type { Accounts } from '../helpers/accounts'
import { createAccounts } from '../helpers/accounts'
import { ApiClient } from '../helpers/http'
import { startTestServer } from '../helpers/server'
import type { SimilarCatalog } from '../helpers/similarFixtures'
import { articleData, createSimilarCatalog, publishNow } from '../helpers/similarFixtures'

process.env.SHOWRUNNER_JOBS_AUTORUN = 'false'

type Id = number | string

let server: RunningServer
let payload: Payload
let accounts: Accounts
let catalog: SimilarCatalog
let anonymous: ApiClient
const live: Record<string, Id> = {}
let draft: Id

beforeAll(async () => {
  server = await startTestServer()
  payload = server.payload
  accounts = await createAccounts(payload)
  catalog = await createSimilarCatalog(payload)
  for (const name of ['qotKisses', 'qotRatings', 'cloyKisses', 'goblinRomance'] as const) {
    live[name] = await publishNow(payload, accounts.editor.id, articleData(catalog, name))
  }
  const data = { ...articleData(catalog, 'qotKisses', ' (draft)'), author: accounts.editor.id }
  draft = (await payload.create({ collection: 'articles', data, draft: true, depth: 0 })).id
  anonymous = new ApiClient(server.url)
})

afterAll(async () => {
  await server.close()
})

async function listIds(client: ApiClient, query: string) {
  const res = await client.request('GET', `/api/articles?depth=0&limit=50&${query}`)
  expect(res.status).toBe(200)
  const ids = (res.body.docs as Array<{ id: Id }>).map((doc) => String(doc.id)).sort()
  expect(res.body.totalDocs).toBe(ids.length)
  return ids
}

const sorted = (...ids: Id[]) => ids.map(String).sort()

describe('filters through a relation to a unique key (dramas.slug)', () => {
  it('answer as the filter by id does, for equals and in, alone or inside and/or', async () => {
    const qot = await listIds(anonymous, 'where[dramas.slug][equals]=queen-of-tears')
    expect(qot).toEqual(sorted(live.qotKisses!, live.qotRatings!))
    expect(qot).toEqual(await listIds(anonymous, `where[dramas][equals]=${catalog.dramas.qot}`))
    expect(await listIds(anonymous, 'where[dramas.slug][in]=queen-of-tears,goblin')).toEqual(
      sorted(live.qotKisses!, live.qotRatings!, live.goblinRomance!),
    )
    const either =
      'where[or][0][dramas.slug][equals]=goblin&where[or][1][and][0][dramas.slug][equals]=' +
      'crash-landing-on-you&where[or][1][and][1][format][equals]=listicle'
    expect(await listIds(anonymous, either)).toEqual(sorted(live.goblinRomance!, live.cloyKisses!))
  })

  it('match nothing for a key nobody has, and never show a draft to the public', async () => {
    expect(await listIds(anonymous, 'where[dramas.slug][equals]=no-such-drama')).toEqual([])
    const editor = await anonymous.as(accounts.editor)
    const staff = await listIds(editor, 'draft=true&where[dramas.slug][equals]=queen-of-tears')
    expect(staff).toContain(String(draft))
    expect(await listIds(anonymous, 'where[dramas.slug][equals]=queen-of-tears')).not.toContain(
      String(draft),
    )
  })

  it("look the key up with the caller's access to the related collection", async () => {
    // A live article that names an unpublished one: its slug is the editor's to filter by, not
    // the public's, as Payload's own query would apply the articles' read access to `seeAlso`.
    const hidden = (await payload.findByID({ collection: 'articles', id: draft, depth: 0 })).slug
    const data = { ...articleData(catalog, 'goblinRomance', ' (see also)'), seeAlso: [draft] }
    const pointer = String(await publishNow(payload, accounts.editor.id, data))
    const query = `where[seeAlso.slug][equals]=${hidden}`
    expect(await listIds(anonymous, query)).toEqual([])
    expect(await listIds(await anonymous.as(accounts.editor), query)).toEqual([pointer])
    // A trusted Local API read overrides access, for the lookup as for the read.
    const trusted = await payload.find({
      collection: 'articles',
      where: { 'seeAlso.slug': { equals: hidden } },
      depth: 0,
    })
    expect(trusted.docs.map((doc) => String(doc.id))).toEqual([pointer])
    await payload.delete({ collection: 'articles', id: pointer })
  })

  it('reach the database as a filter by id', async () => {
    const seen: Where[] = []
    const find = payload.db.find.bind(payload.db)
    payload.db.find = (args) => {
      if (args.collection === 'articles' && args.where) seen.push(args.where)
      return find(args)
    }
    try {
      await listIds(anonymous, 'where[dramas.slug][equals]=goblin')
    } finally {
      payload.db.find = find
    }
    const text = JSON.stringify(seen)
    expect(text).not.toContain('dramas.slug')
    expect(text).toContain(JSON.stringify({ dramas: { equals: catalog.dramas.goblin } }))
  })
})
