// Imported first by the checklist's test files, before the Payload config: setupEnv switches the
// checklist off for the other files, whose fixtures predate it.
process.env.SHOWRUNNER_CHECKLIST = 'on'

export {}
