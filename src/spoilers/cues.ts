// Cue patterns run on sentences where titles, characters and actors have been replaced by the
// placeholders below, so "Business Proposal" is not a proposal and "Kill Me, Heal Me" is not a death.
export const TITLE_SLOT = 'xtitlex'
export const CHAR_SLOT = 'xcharx'
export const ACTOR_SLOT = 'xactorx'

/** Plot-event cue groups; `weight` says how much one match proves a plot development. */
export type EventKind =
  | 'kiss'
  | 'confession'
  | 'proposal'
  | 'breakup'
  | 'wedding'
  | 'couple'
  | 'death'
  | 'identity'
  | 'twist'
  | 'fate'
  | 'ending'
  | 'development'

/** Non-plot cue groups: news, opinion and setup language. */
export type FrameKind =
  | 'ratings'
  | 'schedule'
  | 'streaming'
  | 'casting'
  | 'production'
  | 'awards'
  | 'poll'
  | 'opinion'
  | 'future'
  | 'premise'
  | 'progress'

type Cue<K> = { kind: K; re: RegExp; weight: number; reason: string }

const w = (source: string): RegExp => new RegExp(`\\b(?:${source})\\b`, 'g')

/** Plot-event cues: relationship turns, deaths, reveals, villains' fates, endings, other developments. */
export const EVENT_CUES: Array<Cue<EventKind>> = [
  { kind: 'kiss', weight: 1, reason: 'describes a kiss', re: w('kiss(?:es|ed|ing)?|first kiss') },
  {
    kind: 'confession',
    weight: 1,
    reason: 'describes a confession',
    re: w(
      "confess(?:es|ed|ing|ion)?|(?:tells?|told|admits?|admitted|says?|said|asks?|asked)\\s+(?:to\\s+)?(?:him|her|xcharx)\\b[^.]{0,30}\\b(?:loves?|likes?|feels|feelings|in love)|(?:admits?|admitted|confronts?|hides?|hid)\\s+(?:his|her|their)\\s+feelings|how (?:he|she) feels|i love you|falls? (?:for|in love)|fell (?:for|in love)|admit (?:they are|they're) in love",
    ),
  },
  {
    kind: 'proposal',
    weight: 1,
    reason: 'describes a proposal',
    re: w('propos(?:es|ed|al)|pops the question'),
  },
  {
    kind: 'breakup',
    weight: 1,
    reason: 'describes a breakup',
    re: w(
      "break(?:s|ing)? up|broke up|breakup|split(?:s)? up|dump(?:s|ed)|ends? (?:the|their|her|his) (?:engagement|relationship)|(?:say|says|said|saying) (?:their |a final |a tearful |his |her )?goodbyes?|do not end up together|don't end up together|tells? (?:him|her) to leave|pushes (?:him|her) away|turns? (?:him|her|them) down|divorce[sd]?",
    ),
  },
  {
    kind: 'wedding',
    weight: 1,
    reason: 'describes a wedding',
    re: w(
      'marr(?:y|ies|ied)|wedding|weds|newlyweds?|honeymoon|exchanged? vows|engaged|re-register',
    ),
  },
  {
    kind: 'couple',
    weight: 0.8,
    reason: 'describes the couple getting together',
    re: w(
      'get(?:s)? back together|got back together|start(?:s|ed)? dating|begin(?:s)? dating|become a couple|becomes? a couple|end(?:s|ed)? up together|together again|reunit(?:e|es|ed)|are together|still together|happily together|chooses? (?:him|her|xcharx)|picks? (?:him|her|xcharx)|has already chosen',
    ),
  },
  {
    kind: 'death',
    weight: 1,
    reason: 'describes a death',
    re: w(
      "dies|died|dying|death|dead|killed|kills|murder(?:s|ed)?|(?:is|gets|got) shot|shot (?:dead|and killed|by|him|her|xcharx)|stabbed|sacrific(?:e|es|ed)|funeral|pass(?:es|ed) away|does not make it|doesn't make it|executed|execution|(?:the|a|his|her) body|corpse|falls fighting|loses? (?:his|her) life|mourn(?:s|ed)",
    ),
  },
  {
    kind: 'identity',
    weight: 1,
    reason: 'reveals an identity',
    re: w(
      '(?:true|real|secret|hidden) identity|identity of|is (?:really|actually)|was (?:really|actually)|turns? out to be|turned out to be|reincarnation|past life|unmask(?:s|ed)?|the real (?:chairman|culprit|killer|father|mother)|the one who|not xcharx|is the same (?:\\w+ )?(?:man|woman|person|boy|girl|king|one|detective|killer)|(?:is|was) (?:his|her|their) (?:real |biological |long-lost |own )?(?:half-)?(?:sister|brother|father|mother|son|daughter|child|twin)',
    ),
  },
  {
    kind: 'twist',
    weight: 0.7,
    reason: 'reveals a twist',
    re: w(
      'twist|reveal(?:s|ed|ing)?|revelation|the truth|discover(?:s|ed|y)?|finds? out|found out|learns?|learned|realiz(?:es|ed)|figures? out|works? out|remembers?|remembered|comes? (?:out|to light)|exposed|all along|turns? out|turned out|had been',
    ),
  },
  {
    kind: 'fate',
    weight: 1,
    reason: "describes a villain's fate",
    re: w(
      'arrest(?:s|ed)?|prison|jail(?:ed)?|behind bars|convicted|sentenced|downfall|kneels?|brought to justice|punish(?:ed|ment)?|comeuppance|crumble|disowns?|removed from|gives? up on (?:him|her)',
    ),
  },
  {
    kind: 'ending',
    weight: 0.7,
    reason: 'reveals how it ends',
    re: w(
      'in the end|by the end|ends? (?:with|on)|ended (?:with|on)|the series ends|happy ending|ending (?:sees|shows|reveals)|(?:final|last|closing) scene|epilogue|flash(?:es)? forward|years later|time skip|ultimately|end(?:s)? up|settles?|ties? (?:things|everything) up|resolv(?:es|ed)|closes? (?:on|with)|closed on|final battle|one last time',
    ),
  },
  {
    kind: 'development',
    weight: 0.35,
    reason: 'describes a plot development',
    re: w(
      'pregnan\\w*|twins|gives birth|amnesia|memory|memories|coma|wakes?|surgery|diagnos\\w*|cancer|collapses?|escapes?|rescu(?:e|es|ed|ing)|saves?|saved|survives?|returns?|disappears?|vanish(?:es|ed)|betray(?:s|ed|al)?|forgiv(?:e|es|ing)|reconcil(?:e|es|ed)|apologiz(?:e|es|ed)|confronts?|confronted|chose|rejects?|quits?|resigns?|switch(?:es)? sides|beats|abduct(?:s|ed)|kidnapp(?:ed|s)|crowns?|crowned|takes? the throne|steps? aside|walks? away|leaves for|grieves|wins (?:it|the)|moves? in|hugs?|embrace[sd]?|showdown|confrontation',
    ),
  },
]

/** Framing cues: news, where-to-watch, opinion, look-ahead, premise and turning-point language. */
export const FRAME_CUES: Array<Cue<FrameKind>> = [
  {
    kind: 'ratings',
    weight: 1,
    reason: 'reads as ratings news',
    re: w(
      'ratings?|viewership|nationwide|nielsen|percent|time slot|highest-rated|most-watched|million (?:views|viewers|hours)|charts?|charted|top ten|box office',
    ),
  },
  {
    kind: 'schedule',
    weight: 1,
    reason: 'reads as scheduling news',
    re: w(
      'airs?|aired|airing|broadcast(?:s|ed|ing)?|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|monday-tuesday|wednesday-thursday|friday-saturday|kst|will premiere|premiered?|premieres|released|release|schedule[sd]?|simulcast|pushed back|ran for',
    ),
  },
  {
    kind: 'streaming',
    weight: 1,
    reason: 'reads as where-to-watch information',
    re: w(
      'stream(?:s|ed|ing)?|netflix|viki|disney|tving|wavve|available|subtitles?|subtitled|where to watch|catalogs?|binge(?:-watch)?',
    ),
  },
  {
    kind: 'casting',
    weight: 1,
    reason: 'reads as casting news',
    re: w(
      "cast(?:ing)?|confirmed|in talks|offered (?:the|a) (?:role|part|lead)|lead roles?|starring|to star|joined|debut|cameo|agency|leading man|leading lady|leads? of|xactorx(?:'s)? (?:role|character)|roles?|plays|played|playing",
    ),
  },
  {
    kind: 'production',
    weight: 1,
    reason: 'reads as production news',
    re: w(
      'filming|filmed|scripts?|director|written by|screenwriter|scriptwriter|pd|budget|production|pre-produced|webtoon|web novel|adapt(?:ed|ation)|remake|remade|season (?:2|two)|second season|spin-off|sequel|stills|poster|teaser|trailer|ost|soundtrack|behind-the-scenes|fan meeting|wrap party|on set|filming locations?|merchandise|wardrobe',
    ),
  },
  {
    kind: 'awards',
    weight: 1,
    reason: 'reads as awards news',
    re: w(
      'awards?|baeksang|grand prize|daesang|nominat\\w*|trophy|best couple|won (?:a|the|top|best)',
    ),
  },
  {
    kind: 'poll',
    weight: 1,
    reason: 'reads as a poll',
    re: w(
      'polls?|vot(?:e|ed|es|ing)|survey\\w*|ranked|ranking|lists?|fan favou?rites?|most-rewatched|rewatched',
    ),
  },
  {
    kind: 'opinion',
    weight: 1,
    reason: 'reads as opinion without plot events',
    re: w(
      'praised?|chemistry|performances?|acting|steals?|charm(?:s|ing)?|delight(?:ful)?|likable|superb|magnetic|must-watch|rewatch|recommend\\w*|worth|favou?rite|iconic|underrated|the real engine|the reason to watch|you|your|gripping|fun|comfort|holds? up|chilling|perfect|wonderfully|convincing(?:ly)?|precise|love letter|it is a|a model of',
    ),
  },
  {
    kind: 'future',
    weight: 1,
    reason: 'looks ahead rather than back',
    re: w(
      'will|is set to|are set to|set to return|expected to|upcoming|next (?:week|month|year)|coming soon|slated|plans? to|speculat\\w*|theor(?:y|ies|ize)|rumou?r\\w*|wonder(?:ing)? (?:if|whether)',
    ),
  },
  {
    kind: 'premise',
    weight: 1,
    reason: 'reads as premise-level setup',
    re: w(
      'follows|tells the story|cent(?:er|re)s? on|revolves? around|is about|is set in|takes place|premise|set-?up|synopsis|begins (?:with|when)|opens (?:with|on|when)|kicks off|introduces|stars? xactorx as|xactorx (?:plays|stars as)|an? (?:\\w+ ){0,2}(?:man|woman|girl|boy|heiress|heir|lawyer|attorney|reporter|soldier|officer|general|student|writer|caregiver|profiler|detective|alien|teacher) who|who (?:must|can)|born (?:with|into)|based on|dreams? of|years ago|centuries ago|four hundred years|gimmick|backstory|sets the tone|opening (?:minutes|scenes?|moments)|from the (?:start|outset)|at the start',
    ),
  },
  {
    kind: 'progress',
    weight: 1,
    reason: 'narrates a turning point',
    re: w(
      'finally|at last|eventually|no longer|for good|for real|once and for all|after all|from then on|by the time|soon after|this time|again',
    ),
  },
]
