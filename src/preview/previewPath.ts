/** Slugs the site routes: lower-case words joined by hyphens (what `slugField` produces). */
export const PREVIEW_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * The site's preview entry for an article, `/preview?slug=<slug>`: it checks the staff login, turns
 * on Next draft mode and redirects to `/articles/<slug>`. Null for an article without a usable slug
 * yet, so the admin hides its preview controls instead of opening a broken page.
 */
export function articlePreviewPath(doc: { slug?: unknown } | null | undefined): string | null {
  const slug = doc?.slug
  if (typeof slug !== 'string' || !PREVIEW_SLUG.test(slug)) return null
  return `/preview?slug=${encodeURIComponent(slug)}`
}

/** Live preview sizes shown in the admin's toolbar (Payload adds "responsive" itself). */
export const LIVE_PREVIEW_BREAKPOINTS = [
  { name: 'mobile', label: 'Mobile', width: 375, height: 667 },
  { name: 'tablet', label: 'Tablet', width: 768, height: 1024 },
  { name: 'desktop', label: 'Desktop', width: 1280, height: 800 },
]
