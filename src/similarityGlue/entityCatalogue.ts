import type { PayloadRequest } from 'payload'

import { compileCatalogue } from '../similarity'
import type { CompiledCatalogue, EntityCatalogue } from '../similarity'
import { getDramaCatalog } from '../spoilerGlue/dramaCatalog'
import type { DramaCatalog } from '../spoilerGlue/types'

// Compiled once per loaded drama catalogue: it is reloaded only when a drama changes.
const compiled = new WeakMap<DramaCatalog, CompiledCatalogue>()

/** The newsroom's dramas as the similarity engine links them: title, aliases, characters, cast. */
export function toEntityCatalogue(catalog: DramaCatalog): EntityCatalogue {
  const people = new Map<string, { key: string; name: string }>()
  const dramas = catalog.dramas.map((drama) => {
    for (const person of drama.people) if (person.name) people.set(person.key, person)
    return {
      key: drama.slug ?? String(drama.id),
      title: drama.title,
      aliases: drama.info.aliases,
      characters: (drama.info.cast ?? []).map((member) => member.character).filter(Boolean),
      cast: drama.people.map((person) => person.key),
    }
  })
  return { dramas, people: [...people.values()] }
}

/**
 * The compiled entity catalogue for this request's Payload. Shares the spoiler glue's drama cache
 * (one stamp query per call, a reload only when a drama changed), so linking mentions costs a
 * publish no extra reads of the dramas.
 */
export async function getEntityCatalogue(req: PayloadRequest): Promise<CompiledCatalogue> {
  const catalog = await getDramaCatalog(req)
  let entry = compiled.get(catalog)
  if (!entry) {
    entry = compileCatalogue(toEntityCatalogue(catalog))
    compiled.set(catalog, entry)
  }
  return entry
}
