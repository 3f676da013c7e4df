/** Demo reader comments, each in the moderation state it ends up in. */
export type SeedComment = {
  /** The article's slug. */
  article: string
  /** Index into the seed's readers. */
  reader: number
  body: string
  status: 'pending' | 'approved' | 'rejected' | 'spam'
  /** Readers (indexes) who reported it, e.g. as a spoiler. */
  reportedBy?: number[]
}

const KISSES = 'park-seo-joon-kiss-scenes-that-stole-the-show'
const SECRETARY = 'secretary-kim-four-kiss-scenes'

export const comments: SeedComment[] = [
  {
    article: KISSES,
    reader: 0,
    body: 'The stage kiss in the first episode is still my favourite, nothing beats that entrance.',
    status: 'approved',
  },
  {
    article: KISSES,
    reader: 1,
    body: 'You forgot the Hwarang one! Sun Woo deserved a spot.',
    status: 'approved',
  },
  {
    article: KISSES,
    reader: 1,
    body: 'The park scene where he shouts it twice had me crying on the bus.',
    status: 'pending',
  },
  {
    article: SECRETARY,
    reader: 0,
    body: 'The chair rolling across the office is the funniest kiss scene I have ever seen.',
    status: 'approved',
  },
  {
    article: SECRETARY,
    reader: 1,
    body: 'Just wait until you find out who the other kidnapped child was!!',
    status: 'pending',
  },
  {
    article: SECRETARY,
    reader: 0,
    body: 'Best drama ever, watch it free at my totally legit streaming link',
    status: 'spam',
  },
  {
    article: 'crash-landing-on-you-signs-off-with-a-tvn-record',
    reader: 1,
    body: 'Deserved every point of that rating.',
    status: 'approved',
  },
  {
    article: 'crash-landing-on-you-signs-off-with-a-tvn-record',
    reader: 0,
    body: 'Ratings are fake anyway and so is everyone who believes them.',
    status: 'rejected',
  },
  {
    article: 'who-deok-sun-marries-in-reply-1988',
    reader: 0,
    body: 'I will never forgive the writers for Jung Hwan.',
    status: 'pending',
  },
  {
    article: 'how-goblin-ends-and-why-fans-still-argue-about-it',
    reader: 1,
    body: 'The reincarnation ending is the only one that fits the curse.',
    status: 'approved',
    reportedBy: [0],
  },
]
