import type { SpoilerContext, SpoilerVerdict } from '../spoilers'

/** Verdicts remembered per catalog; the oldest go first past this many. */
const MAX_PER_CATALOG = 5_000

// Keyed by the catalog's spoiler context: when a drama changes, the catalog (and its context) is
// built anew, and every verdict worked out against the old one is dropped with it.
const memo = new WeakMap<SpoilerContext, Map<string, SpoilerVerdict>>()

/**
 * The verdict on a section, worked out by `detect` only when this text, heading and evidence have
 * not been judged against this catalog before: a save re-tags only the sections whose text
 * changed (a publish after a draft save re-tags none). Verdicts are shared: callers copy them.
 */
export function rememberedVerdict(
  context: SpoilerContext,
  section: { heading?: string | null; text: string; scene?: unknown },
  detect: () => SpoilerVerdict,
): SpoilerVerdict {
  let verdicts = memo.get(context)
  if (!verdicts) memo.set(context, (verdicts = new Map()))
  const key = JSON.stringify([section.heading ?? null, section.text, section.scene ?? null])
  const known = verdicts.get(key)
  if (known) return known
  const verdict = detect()
  if (verdicts.size >= MAX_PER_CATALOG) verdicts.delete(verdicts.keys().next().value!)
  verdicts.set(key, verdict)
  return verdict
}
