/** Tunable weights of `scorePair`; the defaults were fitted on the development split only. */
export type ScoreWeights = {
  /** A title occurrence counts as this many body occurrences. */
  titleBoost: number
  /** Cosine of ordinary (non-name) terms: the topic of the text. */
  topic: number
  /** Cosine of proper-name terms (characters, titles, places). */
  names: number
  people: number
  dramas: number
  tags: number
  /** Cosine of the editorial theme vectors. */
  theme: number
  /** Format affinity prior (a recap suits a recap better than a ratings brief does). */
  format: number
  /** Share of drama and name evidence kept when the topics do not agree at all. */
  gateFloor: number
  /** Same for shared people, which stay good evidence across topics (an actor's news). */
  peopleGateFloor: number
  /**
   * How much of the people evidence a shared drama explains away: the cast of one drama shows up
   * in every piece about it, while the same actor in a different drama is a real link.
   */
  sameDramaPeopleDiscount: number
  /** Topic cosine that counts as full agreement when gating entity evidence. */
  topicSaturation: number
  /** Small bonus for articles published close together (same news cycle), a tie-breaker. */
  recency: number
  /** Time scale of that bonus: it decays by 1/e over this many days. */
  recencyDays: number
  /**
   * Pairs scoring below this are not returned: on the development set every judged match scored
   * above 0.17 while half of the unjudged pairs scored under 0.19.
   */
  minScore: number
}

export const DEFAULT_WEIGHTS: ScoreWeights = {
  titleBoost: 1.5,
  topic: 0.5,
  names: 0.2,
  people: 0.3,
  dramas: 0.05,
  tags: 0.1,
  theme: 0.2,
  format: 0.1,
  gateFloor: 0.5,
  peopleGateFloor: 0.5,
  sameDramaPeopleDiscount: 0.6,
  topicSaturation: 0.25,
  recency: 0.02,
  recencyDays: 365,
  minScore: 0.15,
}
