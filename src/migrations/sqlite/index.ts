// Filled by 'payload migrate:create'; empty until the first migration is generated.
export const migrations = []
