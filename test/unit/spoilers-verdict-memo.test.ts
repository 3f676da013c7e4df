import type { SpoilerContext, SpoilerVerdict } from '../../src/spoilers'
import { detectSectionSpoilers } from '../../src/spoilers'
import { rememberedVerdict } from '../../src/spoilerGlue/verdictMemo'

const context = (): SpoilerContext => ({
  dramas: [
    {
      title: 'Crash Landing on You',
      episodes: 16,
      cast: [{ actor: 'Hyun Bin', character: 'Ri Jeong-hyeok' }],
    },
  ],
})

const section = (text: string) => ({ heading: 'Finale', text })
const FINALE = 'In the finale Ri Jeong-hyeok dies saving Yoon Se-ri.'

/** Detection that counts its runs, answering what the engine answers. */
function counting(ctx: SpoilerContext) {
  let runs = 0
  const detect = (input: { heading: string; text: string }) => () => {
    runs += 1
    return detectSectionSpoilers(input, ctx)
  }
  return { detect, runs: () => runs }
}

it('judges a section again only when its text changed', () => {
  const ctx = context()
  const engine = counting(ctx)
  const first = rememberedVerdict(ctx, section(FINALE), engine.detect(section(FINALE)))
  const again = rememberedVerdict(ctx, section(FINALE), engine.detect(section(FINALE)))
  expect(engine.runs()).toBe(1)
  expect(again).toEqual(first)
  expect(first).toEqual(detectSectionSpoilers(section(FINALE), ctx))
  const edited = `${FINALE} Then she flies home.`
  rememberedVerdict(ctx, section(edited), engine.detect(section(edited)))
  expect(engine.runs()).toBe(2)
})

it('judges everything again against a new catalog, and tells headings and evidence apart', () => {
  const ctx = context()
  const engine = counting(ctx)
  rememberedVerdict(ctx, section(FINALE), engine.detect(section(FINALE)))
  rememberedVerdict(ctx, { ...section(FINALE), heading: 'Other' }, engine.detect(section(FINALE)))
  rememberedVerdict(
    ctx,
    { ...section(FINALE), scene: { drama: 'Crash Landing on You', episode: 16 } },
    engine.detect(section(FINALE)),
  )
  expect(engine.runs()).toBe(3)
  const renewed = context()
  let runs = 0
  const verdict = rememberedVerdict(renewed, section(FINALE), () => {
    runs += 1
    return { spoiler: false } as SpoilerVerdict
  })
  expect(runs).toBe(1)
  expect(verdict.spoiler).toBe(false)
})
