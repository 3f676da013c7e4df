import fc from 'fast-check'

/** Keys that name Object's machinery: sent as field names, operators, ids and path segments. */
export const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
]

/** Text an attacker tries where an id, a number or a date belongs. */
export const HOSTILE_TEXT = [
  '',
  ' ',
  'some-slug',
  "1' OR '1'='1",
  '1; DROP TABLE articles',
  '-1',
  '1.5',
  '1e308',
  '99999999999999999999',
  '2147483648',
  'NaN',
  'Infinity',
  'null',
  'undefined',
  'true',
  '0x10',
  '../../etc/passwd',
  '%00',
  '\u0000',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '{"$gt":""}',
  '2026-13-45',
  'not-a-date',
  '٣',
  '🙂'.repeat(50),
  ...PROTOTYPE_KEYS,
]

/** A JSON value nested `depth` levels deep (arrays or objects). */
export function nested(depth: number, asArray: boolean): unknown {
  let value: unknown = 'x'
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value }
  return value
}

/** The JSON text of a value nested `depth` levels deep, built without recursion. */
export function nestedJson(depth: number, asArray: boolean): string {
  return asArray
    ? `${'['.repeat(depth)}"x"${']'.repeat(depth)}`
    : `${'{"a":'.repeat(depth)}"x"${'}'.repeat(depth)}`
}

/** Any hostile JSON value: wrong types, extremes, prototype objects, long lists and strings. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...HOSTILE_TEXT),
  fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 2 ** 31),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(
    { __proto__: { isAdmin: true } },
    JSON.parse('{"__proto__": {"polluted": "yes"}}'),
    { constructor: { prototype: { polluted: 'yes' } } },
    { relationTo: 'authors', value: 1 },
    { relationTo: '__proto__', value: 1 },
    { id: 'some-slug' },
    { $ne: null },
    [],
    [null],
    [{}],
    {},
  ),
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 8 })), { maxLength: 6 }),
  fc.integer({ min: 201, max: 5000 }).map((n) => Array.from({ length: n }, (_, i) => `v${i}`)),
  fc.integer({ min: 201, max: 3000 }).map((n) => Array.from({ length: n }, (_, i) => i + 1)),
  fc.integer({ min: 5_000, max: 200_000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 50, max: 1500 }).map((n) => nested(n, n % 2 === 0)),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), { maxKeys: 4 }),
)

/** A scalar as a query string carries it (text), hostile or plausible. */
export const hostileQueryText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...HOSTILE_TEXT),
  fc.string({ maxLength: 30 }),
  fc.integer().map(String),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.integer({ min: 1, max: 600 }).map((n) => Array.from({ length: n }, (_, i) => i).join(',')),
)
