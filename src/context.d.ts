import 'payload'

declare module 'payload' {
  // Flags Showrunner sets on req.context to steer its own hooks.
  export interface RequestContext {
    /** Set by trusted internal writes (seed, migrations) whose data may carry extra keys. */
    allowUnknownFields?: boolean
    /** Set while Showrunner writes derived data back, so its hooks do not run again on that write. */
    isShowrunnerInternalWrite?: boolean
  }
}
