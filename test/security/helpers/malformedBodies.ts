import type { HostileRequest, Role } from './battery'
import type { Targets } from './hostileRequests'
import { nestedJson } from './hostileValues'

const JSON_TYPE = { 'content-type': 'application/json' }
const body = (value: unknown) => JSON.stringify(value)

/** Bad JSON, wrong content types, oversized and deeply nested bodies, broken multipart. */
export function malformedBodies(targets: Targets): HostileRequest[] {
  const targetsByRole: Array<[string, Role]> = [
    ['/api/dramas', 'editor'],
    ['/api/articles', 'author'],
    ['/api/comments', 'reader'],
    [`/api/articles/${targets.draftArticle}`, 'author'],
    ['/api/articles/workflow', 'editor'],
    ['/api/graphql', 'anonymous'],
  ]
  const raw: Array<[string, Record<string, string>, BodyInit]> = [
    ['bad JSON', JSON_TYPE, '{"title": "x",'],
    ['bad JSON token', JSON_TYPE, "{'title': 'x'}"],
    ['JSON null', JSON_TYPE, 'null'],
    ['JSON string', JSON_TYPE, '"title"'],
    ['JSON array', JSON_TYPE, '[{"title":"x"}]'],
    ['empty JSON', JSON_TYPE, ''],
    ['JSON with __proto__', JSON_TYPE, '{"__proto__": {"isAdmin": true}, "title": "Proto"}'],
    [
      'JSON with constructor',
      JSON_TYPE,
      '{"constructor": {"prototype": {"isAdmin": true}}, "title": "Ctor"}',
    ],
    ['text/plain', { 'content-type': 'text/plain' }, '{"title":"x"}'],
    ['XML', { 'content-type': 'application/xml' }, '<title>x</title>'],
    ['form', { 'content-type': 'application/x-www-form-urlencoded' }, 'title=x&__proto__[a]=1'],
    ['multipart without boundary', { 'content-type': 'multipart/form-data' }, '--x\r\n'],
    ['bad charset', { 'content-type': 'application/json; charset=utf-7' }, '{"title":"x"}'],
    ['gzip that is not', { ...JSON_TYPE, 'content-encoding': 'gzip' }, '{"title":"x"}'],
    ['unknown encoding', { ...JSON_TYPE, 'content-encoding': 'br, zz' }, '{"title":"x"}'],
    ['3 MB body', JSON_TYPE, body({ title: 'x'.repeat(3 * 1024 * 1024) })],
    ['1.5 MB string', JSON_TYPE, body({ title: 'x'.repeat(1_500_000), body: 'y'.repeat(1000) })],
    ['nested arrays', JSON_TYPE, `{"title":"Nested","body":${nestedJson(5000, true)}}`],
    ['nested objects', JSON_TYPE, `{"title":"Nested","intro":${nestedJson(5000, false)}}`],
    ['nested rich text', JSON_TYPE, `{"title":"Rich","body":{"root":${nestedJson(2000, false)}}}`],
    ['nested where', JSON_TYPE, `{"where":${nestedJson(3000, false)}}`],
    [
      '20,000 tags',
      JSON_TYPE,
      body({
        title: 'Tags',
        format: 'news',
        tags: Array.from({ length: 20_000 }, (_, i) => `t${i}`),
      }),
    ],
    [
      '40,000 ids',
      JSON_TYPE,
      body({ ids: Array.from({ length: 40_000 }, (_, i) => i + 1), action: 'archive' }),
    ],
  ]
  const requests: HostileRequest[] = []
  for (const [path, role] of targetsByRole) {
    const method = /\/articles\/\d+$/.test(path) ? 'PATCH' : 'POST'
    for (const [label, headers, payload] of raw) {
      requests.push({
        label: `malformed ${label}`,
        role,
        method,
        path,
        headers,
        body: payload,
        isWrite: true,
      })
    }
    const forms: Array<[string, string]> = [
      ['multipart _payload bad JSON', '{bad json'],
      ['multipart _payload array', '[1,2]'],
      ['multipart _payload __proto__', '{"__proto__": {"x": 1}}'],
    ]
    for (const [label, value] of forms) {
      const form = new FormData()
      form.append('_payload', value)
      requests.push({ label, role, method, path, body: form, isWrite: true })
    }
  }
  return requests
}
