/** Field validator: an absolute http(s) URL, with a message that quotes what was given. */
export function validateUrl(value: null | string | undefined): string | true {
  if (!value) return 'A URL is required.'
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' || 'Use an http(s) URL.'
  } catch {
    return `'${value}' is not a URL.`
  }
}
