// `payload-types.ts` is generated without its `declare module` block (`typescript.declare: false`)
// so that it stands alone in a frontend that does not install payload; this project declares it.
import type { Config } from './payload-types'

declare module 'payload' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the augmentation is the point
  export interface GeneratedTypes extends Config {}
}
