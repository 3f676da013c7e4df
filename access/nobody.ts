import type { Access } from 'payload'

/** Closed to every route; trusted server code writes through the Local API instead. */
export const nobody: Access = () => false
