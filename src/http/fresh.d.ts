// `fresh` ships no types; the one call this project makes.
declare module 'fresh' {
  export default function fresh(
    requestHeaders: Record<string, string | string[] | undefined>,
    responseHeaders: Record<string, string | undefined>,
  ): boolean
}
